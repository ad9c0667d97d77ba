package org.harambee.referrals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fixtures of the referrals module for tests that share a database: empties its tables, and writes synthetic service
 * points, pathway routes and officers straight to the tables (the service point register is not what these tests are
 * about).
 */
public final class ReferralFixtures {

    private ReferralFixtures() {}

    public static void clear(JdbcClient jdbc) {
        // the scheduled escalation of the test context may add a notice to an overdue referral between two deletes:
        // then the referral cannot go yet, and the whole clear runs again
        for (int attempt = 1; ; attempt++) {
            try {
                clearOnce(jdbc);
                return;
            } catch (DataIntegrityViolationException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private static void clearOnce(JdbcClient jdbc) {
        jdbc.sql("delete from referral_notice").update();
        jdbc.sql("delete from referral_link").update();
        jdbc.sql("delete from referral_transition").update();
        jdbc.sql("delete from referral_sms_intake").update();
        jdbc.sql("delete from referral_sms_dead_letter").update();
        jdbc.sql("delete from referral").update();
        jdbc.sql("delete from referral_pathway_route").update();
        jdbc.sql("delete from referral_service_point_officer").update();
        jdbc.sql("delete from referral_service_point_area").update();
        jdbc.sql("delete from referral_service_point").update();
    }

    /** An active service point at the unit with this P-code, covering that unit's subtree. */
    public static UUID servicePoint(JdbcClient jdbc, String name, String category, String pcode, boolean onPlatform) {
        record Unit(UUID id, String path) {}
        Unit unit = jdbc.sql("select id, path from geo_unit where pcode = ?")
                .param(pcode)
                .query((rs, i) -> new Unit(rs.getObject(1, UUID.class), rs.getString(2)))
                .single();
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into referral_service_point (id, name, search_name, category, unit_id, unit_path, phone,"
                        + " on_platform, active, created_by, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, '+000 000 0000', ?, true, 'test', ?, ?)")
                .params(id, name, name.toLowerCase(Locale.ROOT), category, unit.id(), unit.path(), onPlatform, now, now)
                .update();
        jdbc.sql("insert into referral_service_point_area (service_point_id, unit_id, unit_path) values (?, ?, ?)")
                .params(id, unit.id(), unit.path())
                .update();
        return id;
    }

    /** The pathway sends referrals of {@code category} from the subtree at {@code pcode} to the service point. */
    public static void route(JdbcClient jdbc, String category, String pcode, UUID servicePoint) {
        record Unit(UUID id, String path) {}
        Unit unit = jdbc.sql("select id, path from geo_unit where pcode = ?")
                .param(pcode)
                .query((rs, i) -> new Unit(rs.getObject(1, UUID.class), rs.getString(2)))
                .single();
        jdbc.sql("insert into referral_pathway_route (id, category, unit_id, unit_path, service_point_id, created_by,"
                        + " created_at) values (?, ?, ?, ?, ?, 'test', ?)")
                .params(
                        UUID.randomUUID(),
                        category,
                        unit.id(),
                        unit.path(),
                        servicePoint,
                        Timestamp.from(Instant.now()))
                .update();
    }

    public static void officer(JdbcClient jdbc, UUID servicePoint, String username) {
        jdbc.sql("insert into referral_service_point_officer (service_point_id, username) values (?, ?)")
                .params(servicePoint, username)
                .update();
    }

    /**
     * A referral of a child (no identifying details) from {@code community}, drafted by {@code sender} with consent,
     * waiting at {@code servicePoint} in {@code status} (DRAFT, SENT, ACCEPTED...), due in a day.
     */
    public static UUID referral(JdbcClient jdbc, String sender, UUID community, UUID servicePoint, String status) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.sql("insert into referral (id, reference, community_id, unit_id, unit_path, category,"
                        + " priority, age_band, sex, disability, reason, service_point_id, routed_by, status,"
                        + " caregiver_consent, child_assent, consent_scope, consent_recorded_at, consent_recorded_by,"
                        + " due_at, source, created_by, created_at, sent_at, updated_at)"
                        + " select ?, ?, c.id, c.unit_id, c.unit_path, 'SOCIAL_WELFARE', 'NORMAL', 'AGE_5_9', 'MALE',"
                        + " false, 'Synthetic reason', ?, 'MANUAL', ?, true, true, 'All to the office', ?, ?, ?, 'WEB',"
                        + " ?, ?, ?, ? from community c where c.id = ?")
                .params(
                        id,
                        "R-T" + id.toString().substring(0, 7).toUpperCase(Locale.ROOT),
                        servicePoint,
                        status,
                        now,
                        sender,
                        Timestamp.from(Instant.now().plusSeconds(86400)),
                        sender,
                        now,
                        "DRAFT".equals(status) ? null : now,
                        now,
                        community)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("no community " + community);
        }
        return id;
    }
}
