package org.harambee.referrals.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar harambee.jar --referrals-rekey}: re-seals every identifying detail and SMS dead letter sealed with
 * an older key under the active key ({@code harambee.referrals.active-key}), in one transaction, prints how many, and
 * exits. Afterwards the old key can be removed from the configuration. Without the option it does nothing.
 */
@Component
class KeyRotation implements ApplicationRunner {

    static final String OPTION = "referrals-rekey";

    private final ReferralRecords records;
    private final IdentitySeal seal;
    private final IdentityCipher cipher;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationContext context;

    KeyRotation(
            ReferralRecords records,
            IdentitySeal seal,
            IdentityCipher cipher,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            ApplicationContext context) {
        this.records = records;
        this.seal = seal;
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        report(System.out);
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    /** Re-seals what an older key sealed; returns the number of referrals and dead letters re-sealed. */
    int rotate() {
        Integer count = transaction.execute(status -> {
            int referrals = records.rekey(seal::reseal, seal.activeKey());
            record Letter(UUID id, String keyId, byte[] bytes) {}
            List<Letter> letters = jdbc.sql("select id, payload_key_id as key_id, payload as bytes"
                            + " from referral_sms_dead_letter where payload_key_id <> ? for update")
                    .param(cipher.activeKey())
                    .query(Letter.class)
                    .list();
            for (Letter l : letters) {
                byte[] plain = cipher.open(new IdentityCipher.Sealed(l.keyId(), l.bytes()), l.id().toString());
                IdentityCipher.Sealed sealed = cipher.seal(plain, l.id().toString());
                jdbc.sql("update referral_sms_dead_letter set payload_key_id = ?, payload = ? where id = ?")
                        .params(sealed.keyId(), sealed.bytes(), l.id())
                        .update();
            }
            return referrals + letters.size();
        });
        return count == null ? 0 : count;
    }

    void report(PrintStream out) {
        int count = rotate();
        out.println("Re-sealed " + count + " records under key " + cipher.activeKey() + ".");
    }
}
