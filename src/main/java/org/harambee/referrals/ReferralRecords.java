package org.harambee.referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The referral tables: referrals, their transitions and notices. */
@Repository
class ReferralRecords {

    static final String COLUMNS = "id, reference, community_id, unit_id, unit_path, category, priority, age_band, sex,"
            + " disability, reason, service_point_id, routed_by, status, caregiver_consent, child_assent, consent_scope,"
            + " consent_recorded_at, consent_recorded_by, consent_override_reason, consent_overridden_by,"
            + " identity_key_id, identity_ciphertext, due_at, escalations, escalation_exhausted, service_provided,"
            + " feedback_message, source, created_by, created_at, sent_at, updated_at, version";

    /** A referral row as stored; the identity stays sealed. */
    record Row(
            UUID id,
            String reference,
            UUID communityId,
            UUID unitId,
            String unitPath,
            ServiceCategory category,
            Priority priority,
            String ageBand,
            String sex,
            boolean disability,
            String reason,
            UUID servicePointId,
            String routedBy,
            ReferralStatus status,
            Boolean caregiverConsent,
            Boolean childAssent,
            String consentScope,
            Instant consentRecordedAt,
            String consentRecordedBy,
            String consentOverrideReason,
            String consentOverriddenBy,
            IdentityCipher.Sealed identity,
            Instant dueAt,
            int escalations,
            boolean escalationExhausted,
            Boolean serviceProvided,
            String feedbackMessage,
            String source,
            String createdBy,
            Instant createdAt,
            Instant sentAt,
            Instant updatedAt,
            int version) {

        boolean consentComplete() {
            return Boolean.TRUE.equals(caregiverConsent) && Boolean.TRUE.equals(childAssent);
        }

        boolean consentOverridden() {
            return consentOverrideReason != null;
        }
    }

    /** One transition of the timeline. */
    record Transition(
            ReferralAction action,
            ReferralStatus from,
            ReferralStatus to,
            UUID servicePointId,
            String actor,
            String via,
            String note,
            Instant at) {}

    private final JdbcClient jdbc;

    ReferralRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from referral where id = ?")
                .param(id)
                .query(ReferralRecords::row)
                .optional();
    }

    Optional<Row> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from referral where id = ? for update")
                .param(id)
                .query(ReferralRecords::row)
                .optional();
    }

    List<Row> query(String where, Map<String, Object> params, String order, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from referral where " + where + " order by " + order
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ReferralRecords::row)
                .list();
    }

    long count(String where, Map<String, Object> params) {
        return jdbc.sql("select count(*) from referral where " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    void insert(Row r) {
        Map<String, Object> p = params(r);
        jdbc.sql("insert into referral (" + COLUMNS + ") values (:id, :reference, :communityId, :unitId, :unitPath,"
                        + " :category, :priority, :ageBand, :sex, :disability, :reason, :servicePointId, :routedBy,"
                        + " :status, :caregiverConsent, :childAssent, :consentScope, :consentRecordedAt,"
                        + " :consentRecordedBy, :consentOverrideReason, :consentOverriddenBy, :keyId, :ciphertext,"
                        + " :dueAt, :escalations, :exhausted, :serviceProvided, :feedback, :source, :createdBy,"
                        + " :createdAt, :sentAt, :updatedAt, 0)")
                .params(p)
                .update();
    }

    /** The draft's content as edited; false when someone else changed the referral meanwhile. */
    boolean updateDraft(Row r) {
        return jdbc.sql("update referral set community_id = :communityId, unit_id = :unitId, unit_path = :unitPath,"
                                + " category = :category, priority = :priority, age_band = :ageBand, sex = :sex,"
                                + " disability = :disability, reason = :reason, service_point_id = :servicePointId,"
                                + " routed_by = :routedBy, identity_key_id = :keyId, identity_ciphertext = :ciphertext,"
                                + " updated_at = :updatedAt, version = version + 1"
                                + " where id = :id and version = :version and status = 'DRAFT'")
                        .params(params(r))
                        .param("version", r.version())
                        .update()
                == 1;
    }

    boolean updateConsent(Row r) {
        return jdbc.sql("update referral set caregiver_consent = :caregiverConsent, child_assent = :childAssent,"
                                + " consent_scope = :consentScope, consent_recorded_at = :consentRecordedAt,"
                                + " consent_recorded_by = :consentRecordedBy,"
                                + " consent_override_reason = :consentOverrideReason,"
                                + " consent_overridden_by = :consentOverriddenBy, updated_at = :updatedAt,"
                                + " version = version + 1 where id = :id and version = :version and status = 'DRAFT'")
                        .params(params(r))
                        .param("version", r.version())
                        .update()
                == 1;
    }

    /** A change of status and what travels with it, only from the status the caller saw. */
    boolean updateStatus(Row r, ReferralStatus expected) {
        return jdbc.sql("update referral set status = :status, service_point_id = :servicePointId,"
                                + " routed_by = :routedBy, due_at = :dueAt, escalations = :escalations,"
                                + " escalation_exhausted = :exhausted, service_provided = :serviceProvided,"
                                + " feedback_message = :feedback, sent_at = :sentAt, updated_at = :updatedAt,"
                                + " version = version + 1 where id = :id and version = :version and status = :expected")
                        .params(params(r))
                        .param("version", r.version())
                        .param("expected", expected.name())
                        .update()
                == 1;
    }

    /** Re-seals every identity with {@code reseal}; returns how many rows changed. */
    int rekey(java.util.function.Function<Row, IdentityCipher.Sealed> reseal, String activeKey) {
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from referral where identity_key_id is not null"
                        + " and identity_key_id <> ? for update")
                .param(activeKey)
                .query(ReferralRecords::row)
                .list();
        for (Row r : rows) {
            IdentityCipher.Sealed sealed = reseal.apply(r);
            jdbc.sql("update referral set identity_key_id = ?, identity_ciphertext = ? where id = ?")
                    .params(sealed.keyId(), sealed.bytes(), r.id())
                    .update();
        }
        return rows.size();
    }

    void transition(UUID referralId, Transition t) {
        jdbc.sql("insert into referral_transition (id, referral_id, action, from_status, to_status, service_point_id,"
                        + " actor, via, note, at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        org.harambee.system.Ids.newId(),
                        referralId,
                        t.action().name(),
                        t.from() == null ? null : t.from().name(),
                        t.to().name(),
                        t.servicePointId(),
                        t.actor(),
                        t.via(),
                        t.note(),
                        Timestamp.from(t.at()))
                .update();
    }

    List<Transition> transitions(UUID referralId) {
        return jdbc.sql("select action, from_status, to_status, service_point_id, actor, via, note, at"
                        + " from referral_transition where referral_id = ? order by at, id")
                .param(referralId)
                .query((rs, n) -> new Transition(
                        ReferralAction.valueOf(rs.getString(1)),
                        rs.getString(2) == null ? null : ReferralStatus.valueOf(rs.getString(2)),
                        ReferralStatus.valueOf(rs.getString(3)),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    void notice(String username, UUID referralId, String kind, Instant at) {
        jdbc.sql("insert into referral_notice (id, username, referral_id, kind, created_at) values (?, ?, ?, ?, ?)")
                .params(org.harambee.system.Ids.newId(), username, referralId, kind, Timestamp.from(at))
                .update();
    }

    private static Map<String, Object> params(Row r) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", r.id());
        p.put("reference", r.reference());
        p.put("communityId", r.communityId());
        p.put("unitId", r.unitId());
        p.put("unitPath", r.unitPath());
        p.put("category", r.category() == null ? null : r.category().name());
        p.put("priority", r.priority().name());
        p.put("ageBand", r.ageBand());
        p.put("sex", r.sex());
        p.put("disability", r.disability());
        p.put("reason", r.reason());
        p.put("servicePointId", r.servicePointId());
        p.put("routedBy", r.routedBy());
        p.put("status", r.status().name());
        p.put("caregiverConsent", r.caregiverConsent());
        p.put("childAssent", r.childAssent());
        p.put("consentScope", r.consentScope());
        p.put("consentRecordedAt", ts(r.consentRecordedAt()));
        p.put("consentRecordedBy", r.consentRecordedBy());
        p.put("consentOverrideReason", r.consentOverrideReason());
        p.put("consentOverriddenBy", r.consentOverriddenBy());
        p.put("keyId", r.identity() == null ? null : r.identity().keyId());
        p.put("ciphertext", r.identity() == null ? null : r.identity().bytes());
        p.put("dueAt", ts(r.dueAt()));
        p.put("escalations", r.escalations());
        p.put("exhausted", r.escalationExhausted());
        p.put("serviceProvided", r.serviceProvided());
        p.put("feedback", r.feedbackMessage());
        p.put("source", r.source());
        p.put("createdBy", r.createdBy());
        p.put("createdAt", ts(r.createdAt()));
        p.put("sentAt", ts(r.sentAt()));
        p.put("updatedAt", ts(r.updatedAt()));
        return p;
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Boolean bool(ResultSet rs, int column) throws SQLException {
        boolean b = rs.getBoolean(column);
        return rs.wasNull() ? null : b;
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        String category = rs.getString(6);
        String keyId = rs.getString(22);
        return new Row(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class),
                rs.getString(5),
                category == null ? null : ServiceCategory.valueOf(category),
                Priority.valueOf(rs.getString(7)),
                rs.getString(8),
                rs.getString(9),
                rs.getBoolean(10),
                rs.getString(11),
                rs.getObject(12, UUID.class),
                rs.getString(13),
                ReferralStatus.valueOf(rs.getString(14)),
                bool(rs, 15),
                bool(rs, 16),
                rs.getString(17),
                instant(rs, 18),
                rs.getString(19),
                rs.getString(20),
                rs.getString(21),
                keyId == null ? null : new IdentityCipher.Sealed(keyId, rs.getBytes(23)),
                instant(rs, 24),
                rs.getInt(25),
                rs.getBoolean(26),
                bool(rs, 27),
                rs.getString(28),
                rs.getString(29),
                rs.getString(30),
                instant(rs, 31),
                instant(rs, 32),
                instant(rs, 33),
                rs.getInt(34));
    }
}
