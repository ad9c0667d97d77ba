package org.harambee.agreements.parts;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.agreements.internal.CommitmentStatus;
import org.harambee.agreements.internal.StepKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The parts of an agreement: signatories, brokering steps, commitments and reviews. */
@Repository
public class PartRecords {

    public record Signatory(UUID id, UUID agreementId, UUID partyId, String name, String title, LocalDate signedOn) {}

    public record Step(
            UUID id,
            UUID agreementId,
            LocalDate occurredOn,
            StepKind kind,
            String note,
            String who,
            String createdBy) {}

    public record Commitment(
            UUID id, UUID agreementId, UUID partyId, String description, LocalDate dueOn, CommitmentStatus status) {}

    public record Review(
            UUID id,
            UUID agreementId,
            LocalDate reviewedOn,
            String outcome,
            LocalDate nextReviewOn,
            String createdBy,
            LocalDate dueOn) {}

    private final JdbcClient jdbc;

    PartRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Signatory> signatories(UUID agreementId) {
        return jdbc.sql("select id, agreement_id, party_id, name, title, signed_on from agreement_signatory"
                        + " where agreement_id = ? order by signed_on, created_at")
                .param(agreementId)
                .query((rs, i) -> new Signatory(
                        uuid(rs, 1),
                        uuid(rs, 2),
                        uuid(rs, 3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getDate(6).toLocalDate()))
                .list();
    }

    public void insert(Signatory s, String by) {
        jdbc.sql("insert into agreement_signatory (id, agreement_id, party_id, name, title, signed_on, created_by,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        s.id(),
                        s.agreementId(),
                        s.partyId(),
                        s.name(),
                        s.title(),
                        Date.valueOf(s.signedOn()),
                        by,
                        now())
                .update();
    }

    public List<Step> steps(UUID agreementId) {
        return jdbc.sql("select id, agreement_id, occurred_on, kind, note, who, created_by from agreement_step"
                        + " where agreement_id = ? order by occurred_on, created_at")
                .param(agreementId)
                .query((rs, i) -> new Step(
                        uuid(rs, 1),
                        uuid(rs, 2),
                        rs.getDate(3).toLocalDate(),
                        StepKind.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    public void insert(Step s) {
        jdbc.sql("insert into agreement_step (id, agreement_id, occurred_on, kind, note, who, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        s.id(),
                        s.agreementId(),
                        Date.valueOf(s.occurredOn()),
                        s.kind().name(),
                        s.note(),
                        s.who(),
                        s.createdBy(),
                        now())
                .update();
    }

    public List<Commitment> commitments(UUID agreementId) {
        return jdbc.sql("select id, agreement_id, party_id, description, due_on, status from agreement_commitment"
                        + " where agreement_id = ? order by due_on nulls last, created_at")
                .param(agreementId)
                .query(PartRecords::commitment)
                .list();
    }

    Optional<Commitment> commitment(UUID id) {
        return jdbc.sql("select id, agreement_id, party_id, description, due_on, status from agreement_commitment"
                        + " where id = ?")
                .param(id)
                .query(PartRecords::commitment)
                .optional();
    }

    /** Open commitments due on or before {@code by}, of agreements not ended inside the scope, soonest first. */
    public List<Commitment> commitmentsDue(Scope scope, LocalDate by) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select c.id, c.agreement_id, c.party_id, c.description, c.due_on, c.status"
                        + " from agreement_commitment c join agreement a on a.id = c.agreement_id"
                        + " where c.status = 'OPEN' and c.due_on <= :by and a.status <> 'ENDED' and "
                        + UnitPaths.within(scope, "a.unit_path", "s", params) + " order by c.due_on limit 500")
                .params(params)
                .param("by", Date.valueOf(by))
                .query(PartRecords::commitment)
                .list();
    }

    public void insert(Commitment c, String by) {
        jdbc.sql("insert into agreement_commitment (id, agreement_id, party_id, description, due_on, status,"
                        + " created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        c.id(),
                        c.agreementId(),
                        c.partyId(),
                        c.description(),
                        c.dueOn() == null ? null : Date.valueOf(c.dueOn()),
                        c.status().name(),
                        by,
                        now(),
                        now())
                .update();
    }

    void update(Commitment c) {
        jdbc.sql("update agreement_commitment set party_id = ?, description = ?, due_on = ?, status = ?,"
                        + " updated_at = ? where id = ?")
                .params(
                        c.partyId(),
                        c.description(),
                        c.dueOn() == null ? null : Date.valueOf(c.dueOn()),
                        c.status().name(),
                        now(),
                        c.id())
                .update();
    }

    public List<Review> reviews(UUID agreementId) {
        return jdbc.sql("select id, agreement_id, reviewed_on, outcome, next_review_on, created_by, due_on"
                        + " from agreement_review where agreement_id = ? order by reviewed_on, created_at")
                .param(agreementId)
                .query((rs, i) -> new Review(
                        uuid(rs, 1),
                        uuid(rs, 2),
                        rs.getDate(3).toLocalDate(),
                        rs.getString(4),
                        rs.getDate(5).toLocalDate(),
                        rs.getString(6),
                        rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate()))
                .list();
    }

    public void insert(Review r) {
        jdbc.sql("insert into agreement_review (id, agreement_id, reviewed_on, outcome, next_review_on, created_by,"
                        + " created_at, due_on) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        r.id(),
                        r.agreementId(),
                        Date.valueOf(r.reviewedOn()),
                        r.outcome(),
                        Date.valueOf(r.nextReviewOn()),
                        r.createdBy(),
                        now(),
                        r.dueOn() == null ? null : Date.valueOf(r.dueOn()))
                .update();
    }

    private static Commitment commitment(ResultSet rs, int i) throws SQLException {
        Date due = rs.getDate(5);
        return new Commitment(
                uuid(rs, 1),
                uuid(rs, 2),
                uuid(rs, 3),
                rs.getString(4),
                due == null ? null : due.toLocalDate(),
                CommitmentStatus.valueOf(rs.getString(6)));
    }

    private static UUID uuid(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
