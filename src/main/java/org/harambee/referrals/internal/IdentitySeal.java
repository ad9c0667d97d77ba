package org.harambee.referrals.internal;

import java.util.UUID;
import org.harambee.referrals.ChildIdentity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** A child's identifying details as one sealed value bound to its referral's id; nothing sealed when there are none. */
@Component
public class IdentitySeal {

    private final IdentityCipher cipher;
    private final JsonMapper json;

    IdentitySeal(IdentityCipher cipher, JsonMapper json) {
        this.cipher = cipher;
        this.json = json;
    }

    public IdentityCipher.Sealed seal(ChildIdentity identity, UUID referralId) {
        if (identity == null || identity.isEmpty()) {
            return null;
        }
        return cipher.seal(json.writeValueAsBytes(identity), referralId.toString());
    }

    ChildIdentity open(IdentityCipher.Sealed sealed, UUID referralId) {
        if (sealed == null) {
            return ChildIdentity.NONE;
        }
        return json.readValue(cipher.open(sealed, referralId.toString()), ChildIdentity.class);
    }

    /** The same details sealed again with the active key (key rotation). */
    IdentityCipher.Sealed reseal(IdentityCipher.Sealed sealed, UUID referralId) {
        return cipher.seal(cipher.open(sealed, referralId.toString()), referralId.toString());
    }

    String activeKey() {
        return cipher.activeKey();
    }
}
