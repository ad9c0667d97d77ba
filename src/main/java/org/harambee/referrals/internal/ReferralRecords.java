package org.harambee.referrals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.harambee.referrals.Priority;
import org.harambee.referrals.ReferralAction;
import org.harambee.referrals.ReferralStatus;
import org.harambee.referrals.ServiceCategory;
import org.harambee.referrals.model.Consent;
import org.harambee.referrals.model.Need;
import org.harambee.referrals.model.Place;
import org.harambee.referrals.model.Progress;
import org.harambee.referrals.model.Referral;
import org.harambee.referrals.persistence.RecordParams;
import org.harambee.system.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The referral tables: referrals, their transitions and notices. Columns are read and written by name: the values a
 * {@link Referral} holds are records whose components are named after the columns.
 */
@Repository
public class ReferralRecords {

    /** The statuses after which nothing more happens, and those that wait for an answer, as stored. */
    public static final List<String> FINISHED = names(ReferralStatus::finished);

    public static final List<String> AWAITING_ANSWER = names(ReferralStatus::awaitsAnswer);

    public static final List<String> BEFORE_SENDING = names(ReferralStatus::beforeSending);

    /** One transition of the timeline. */
    public record Transition(
            ReferralAction action,
            ReferralStatus fromStatus,
            ReferralStatus toStatus,
            UUID servicePointId,
            String actor,
            String via,
            String note,
            Instant at) {}

    private final JdbcClient jdbc;

    ReferralRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a referral is read from: every column but the sealed identity, which is read only to be opened. */
    static final String COLUMNS = "id, reference, community_id, unit_id, unit_path, category, priority, age_band, sex,"
            + " disability, reason, service_point_id, routed_by, status, caregiver_consent, child_assent, consent_scope,"
            + " consent_recorded_at, consent_recorded_by, consent_override_reason, consent_overridden_by,"
            + " identity_key_id, due_at, escalations, escalation_exhausted, service_provided, feedback_message, source,"
            + " created_by, created_at, sent_at, updated_at, version";

    public Optional<Referral> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from referral where id = ?")
                .param(id)
                .query(ReferralRecords::referral)
                .optional();
    }

    /** The referral, its row locked until the transaction ends, so that changes to it are made one at a time. */
    public Optional<Referral> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from referral where id = ? for update")
                .param(id)
                .query(ReferralRecords::referral)
                .optional();
    }

    /** The sealed identifying details, read only to be opened. */
    Optional<IdentityCipher.Sealed> identity(UUID id) {
        return jdbc.sql("select identity_key_id as key_id, identity_ciphertext as bytes from referral"
                        + " where id = ? and identity_key_id is not null")
                .param(id)
                .query(IdentityCipher.Sealed.class)
                .optional();
    }

    public List<Referral> query(String where, Map<String, Object> params, String order, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from referral where " + where + " order by " + order
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ReferralRecords::referral)
                .list();
    }

    public long count(String where, Map<String, Object> params) {
        return jdbc.sql("select count(*) from referral where " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Referrals still waiting for an answer after their deadline at {@code now}, those due first, at most {@code limit}. */
    public List<Referral> overdue(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from referral where status in (:awaiting) and due_at < :now"
                        + " and escalation_exhausted = false order by due_at, id limit :limit")
                .param("awaiting", AWAITING_ANSWER)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(ReferralRecords::referral)
                .list();
    }

    public void insert(Referral r, IdentityCipher.Sealed identity) {
        jdbc.sql("insert into referral (id, reference, community_id, unit_id, unit_path, category, priority, age_band,"
                        + " sex, disability, reason, service_point_id, routed_by, status, identity_key_id,"
                        + " identity_ciphertext, source, created_by, created_at, updated_at, version)"
                        + " values (:id, :reference, :communityId, :unitId, :unitPath, :category, :priority, :ageBand,"
                        + " :sex, :disability, :reason, :servicePointId, :routedBy, :status, :keyId, :ciphertext,"
                        + " :source, :createdBy, :createdAt, :updatedAt, 0)")
                .paramSource(params(r, identity))
                .update();
    }

    /** The draft's content as edited; false when someone else changed the referral meanwhile. */
    public boolean updateDraft(Referral r, IdentityCipher.Sealed identity) {
        return jdbc.sql("update referral set community_id = :communityId, unit_id = :unitId, unit_path = :unitPath,"
                                + " category = :category, priority = :priority, age_band = :ageBand, sex = :sex,"
                                + " disability = :disability, reason = :reason, service_point_id = :servicePointId,"
                                + " routed_by = :routedBy, identity_key_id = :keyId, identity_ciphertext = :ciphertext,"
                                + " updated_at = :updatedAt, version = version + 1"
                                + " where id = :id and version = :version and status = 'DRAFT'")
                        .paramSource(params(r, identity))
                        .update()
                == 1;
    }

    public boolean updateConsent(Referral r) {
        return jdbc.sql("update referral set caregiver_consent = :caregiverConsent, child_assent = :childAssent,"
                                + " consent_scope = :consentScope, consent_recorded_at = :consentRecordedAt,"
                                + " consent_recorded_by = :consentRecordedBy,"
                                + " consent_override_reason = :consentOverrideReason,"
                                + " consent_overridden_by = :consentOverriddenBy, updated_at = :updatedAt,"
                                + " version = version + 1 where id = :id and version = :version and status = 'DRAFT'")
                        .paramSource(RecordParams.of(r, r.consent()))
                        .update()
                == 1;
    }

    /**
     * A change of status and what travels with it (a coordinator's override of consent too), only from the status the
     * caller saw.
     */
    public boolean updateStatus(Referral r, ReferralStatus expected) {
        return jdbc.sql("update referral set status = :status, service_point_id = :servicePointId,"
                                + " consent_override_reason = :consentOverrideReason,"
                                + " consent_overridden_by = :consentOverriddenBy,"
                                + " routed_by = :routedBy, due_at = :dueAt, escalations = :escalations,"
                                + " escalation_exhausted = :escalationExhausted, service_provided = :serviceProvided,"
                                + " feedback_message = :feedbackMessage, sent_at = :sentAt, updated_at = :updatedAt,"
                                + " version = version + 1 where id = :id and version = :version and status = :expected")
                        .paramSource(
                                RecordParams.of(r, r.progress(), r.consent()).and("expected", expected))
                        .update()
                == 1;
    }

    /** Re-seals every identity sealed under another key than {@code activeKey}; returns how many rows changed. */
    int rekey(BiFunction<IdentityCipher.Sealed, UUID, IdentityCipher.Sealed> reseal, String activeKey) {
        List<UUID> ids = jdbc.sql("select id from referral where identity_key_id is not null and identity_key_id <> ?"
                        + " for update")
                .param(activeKey)
                .query(UUID.class)
                .list();
        for (UUID id : ids) {
            IdentityCipher.Sealed sealed = reseal.apply(identity(id).orElseThrow(), id);
            jdbc.sql("update referral set identity_key_id = ?, identity_ciphertext = ? where id = ?")
                    .params(sealed.keyId(), sealed.bytes(), id)
                    .update();
        }
        return ids.size();
    }

    public void transition(UUID referralId, Transition t) {
        jdbc.sql("insert into referral_transition (id, referral_id, action, from_status, to_status, service_point_id,"
                        + " actor, via, note, at) values (:id, :referralId, :action, :fromStatus, :toStatus,"
                        + " :servicePointId, :actor, :via, :note, :at)")
                .paramSource(RecordParams.of(t).and("id", Ids.newId()).and("referralId", referralId))
                .update();
    }

    List<Transition> transitions(UUID referralId) {
        return jdbc.sql("select action, from_status, to_status, service_point_id, actor, via, note, at"
                        + " from referral_transition where referral_id = ? order by at, id")
                .param(referralId)
                .query(Transition.class)
                .list();
    }

    public void notice(String username, UUID referralId, String kind, Instant at) {
        jdbc.sql("insert into referral_notice (id, username, referral_id, kind, created_at) values (?, ?, ?, ?, ?)")
                .params(Ids.newId(), username, referralId, kind, Timestamp.from(at))
                .update();
    }

    private static RecordParams params(Referral r, IdentityCipher.Sealed identity) {
        return RecordParams.of(r, r.place(), r.need(), r.progress())
                .and("keyId", identity == null ? null : identity.keyId())
                .and("ciphertext", identity == null ? null : identity.bytes());
    }

    static Referral referral(ResultSet rs, int n) throws SQLException {
        return new Referral(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                new Place(
                        rs.getObject("community_id", UUID.class),
                        rs.getObject("unit_id", UUID.class),
                        rs.getString("unit_path")),
                new Need(
                        ServiceCategory.valueOf(rs.getString("category")),
                        Priority.valueOf(rs.getString("priority")),
                        rs.getString("age_band"),
                        rs.getString("sex"),
                        rs.getBoolean("disability"),
                        rs.getString("reason")),
                new Consent(
                        nullableBoolean(rs, "caregiver_consent"),
                        nullableBoolean(rs, "child_assent"),
                        rs.getString("consent_scope"),
                        instant(rs, "consent_recorded_at"),
                        rs.getString("consent_recorded_by"),
                        rs.getString("consent_override_reason"),
                        rs.getString("consent_overridden_by")),
                new Progress(
                        ReferralStatus.valueOf(rs.getString("status")),
                        rs.getObject("service_point_id", UUID.class),
                        rs.getString("routed_by"),
                        instant(rs, "due_at"),
                        rs.getInt("escalations"),
                        rs.getBoolean("escalation_exhausted"),
                        nullableBoolean(rs, "service_provided"),
                        rs.getString("feedback_message"),
                        instant(rs, "sent_at")),
                rs.getString("identity_key_id") != null,
                rs.getString("source"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }

    private static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static List<String> names(Predicate<ReferralStatus> which) {
        return Arrays.stream(ReferralStatus.values())
                .filter(which)
                .map(ReferralStatus::name)
                .toList();
    }
}
