package org.harambee.referrals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.referrals.QuzlandReferrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Key rotation: with a new active key configured, the rotation command re-seals what the old key sealed, and the
 * details still open.
 */
@SpringBootTest(properties = "harambee.referrals.active-key=t2")
@AutoConfigureMockMvc
class KeyRotationIntegrationTests extends QuzlandReferrals {

    @Autowired
    KeyRotation rotation;

    @Test
    void theRotationReSealsOldRowsUnderTheActiveKey() {
        UUID id = drafted("SOCIAL_WELFARE", "NORMAL");
        IdentityCipher.Sealed old = IdentityCipherTests.cipher("t1")
                .seal(
                        "{\"name\":\"Synthetic Older Seal\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        id.toString());
        jdbc.sql("update referral set identity_key_id = ?, identity_ciphertext = ? where id = ?")
                .params(old.keyId(), old.bytes(), id)
                .update();

        assertThat(rotation.rotate()).isOne();
        assertThat(rotation.rotate()).as("nothing left to re-seal").isZero();

        assertThat(jdbc.sql("select identity_key_id from referral where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("t2");
        assertThat(JsonPath.<String>read(
                        body(get("/api/v1/referrals/" + id + "/identity", FACILITATOR, Role.COMMUNITY_FACILITATOR)),
                        "$.name"))
                .isEqualTo("Synthetic Older Seal");
    }
}
