package org.harambee.agreements.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.agreements.AgreementStatus;
import org.harambee.agreements.Formality;
import org.harambee.agreements.model.Agreement;
import org.harambee.agreements.model.PartyKind;
import org.harambee.system.SearchTerms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agreement and party tables. */
@Repository
public class AgreementRecords {

    static final String COLUMNS = "id, title, purpose, formality, status, unit_id, unit_path, unit_chosen,"
            + " start_date, end_date, review_date, ended_on, created_by, created_at, updated_at";

    public record Row(
            UUID id,
            String title,
            String purpose,
            Formality formality,
            AgreementStatus status,
            UUID unitId,
            String unitPath,
            boolean unitChosen,
            LocalDate startDate,
            LocalDate endDate,
            LocalDate reviewDate,
            LocalDate endedOn,
            String createdBy,
            Instant createdAt,
            Instant updatedAt) {

        /** The agreement as its rules see it. */
        public Agreement agreement() {
            return new Agreement(id, unitId, unitPath, formality, status, startDate, reviewDate, endedOn);
        }

        /** The row placed at {@code path}, stamped now. */
        public Row placedAt(String path) {
            return new Row(
                    id,
                    title,
                    purpose,
                    formality,
                    status,
                    UnitPaths.unitId(path),
                    path,
                    unitChosen,
                    startDate,
                    endDate,
                    reviewDate,
                    endedOn,
                    createdBy,
                    createdAt,
                    Instant.now());
        }

        /** The row with the status and dates {@code decided}, stamped now. */
        public Row with(Agreement decided) {
            return new Row(
                    id,
                    title,
                    purpose,
                    formality,
                    decided.status(),
                    unitId,
                    unitPath,
                    unitChosen,
                    decided.startDate(),
                    endDate,
                    decided.reviewDate(),
                    decided.endedOn(),
                    createdBy,
                    createdAt,
                    Instant.now());
        }
    }

    /** A party; {@code refId} names a community, cluster, organisation or service point; an office has a name. */
    public record Party(
            UUID id, UUID agreementId, int position, PartyKind kind, UUID refId, String officeName, String level) {}

    private final JdbcClient jdbc;

    AgreementRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from agreement where id = ?")
                .param(id)
                .query(AgreementRecords::row)
                .optional();
    }

    /** The row, locked until the transaction ends, so that two changes of one agreement run one after the other. */
    public Optional<Row> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from agreement where id = ? for update")
                .param(id)
                .query(AgreementRecords::row)
                .optional();
    }

    /** In force (and not past review) or lapsed, inside the scope, with the review date on or before {@code by}. */
    public List<Row> reviewsDue(Scope scope, LocalDate by) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select " + COLUMNS + " from agreement where status in ('IN_FORCE', 'LAPSED')"
                        + " and review_date <= :by and " + UnitPaths.within(scope, "unit_path", "s", params)
                        + " order by review_date, lower(title) limit 500")
                .params(params)
                .param("by", Date.valueOf(by))
                .query(AgreementRecords::row)
                .list();
    }

    /** Stored as in force but past their review date: what the lapse job marks. */
    public List<Row> pastReview(LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " from agreement where status = 'IN_FORCE' and review_date < ?")
                .param(Date.valueOf(today))
                .query(AgreementRecords::row)
                .list();
    }

    /** Changes the stored status only if it still is {@code from}; answers whether it did. */
    public boolean changeStatus(UUID id, AgreementStatus from, AgreementStatus to) {
        return jdbc.sql("update agreement set status = ?, updated_at = ? where id = ? and status = ?")
                        .params(to.name(), Timestamp.from(Instant.now()), id, from.name())
                        .update()
                > 0;
    }

    public void insert(Row r) {
        jdbc.sql("insert into agreement (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        r.id(),
                        r.title(),
                        r.purpose(),
                        r.formality().name(),
                        r.status().name(),
                        r.unitId(),
                        r.unitPath(),
                        r.unitChosen(),
                        date(r.startDate()),
                        date(r.endDate()),
                        date(r.reviewDate()),
                        date(r.endedOn()),
                        r.createdBy(),
                        Timestamp.from(r.createdAt()),
                        Timestamp.from(r.updatedAt()))
                .update();
        searchWords(r.id(), r.title());
    }

    public void update(Row r) {
        jdbc.sql("update agreement set title = ?, purpose = ?, formality = ?, status = ?, unit_id = ?, unit_path = ?,"
                        + " unit_chosen = ?, start_date = ?, end_date = ?, review_date = ?, ended_on = ?, updated_at = ?"
                        + " where id = ?")
                .params(
                        r.title(),
                        r.purpose(),
                        r.formality().name(),
                        r.status().name(),
                        r.unitId(),
                        r.unitPath(),
                        r.unitChosen(),
                        date(r.startDate()),
                        date(r.endDate()),
                        date(r.reviewDate()),
                        date(r.endedOn()),
                        Timestamp.from(r.updatedAt()),
                        r.id())
                .update();
        searchWords(r.id(), r.title());
    }

    /** Rows placed under {@code path}, for following a moved unit. */
    List<Row> under(String path) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select " + COLUMNS + " from agreement where "
                        + UnitPaths.range("unit_path", "p", path, params))
                .params(params)
                .query(AgreementRecords::row)
                .list();
    }

    void place(UUID id, String unitPath) {
        jdbc.sql("update agreement set unit_path = ? where id = ?")
                .params(unitPath, id)
                .update();
    }

    public List<Party> parties(UUID agreementId) {
        return parties(List.of(agreementId));
    }

    public List<Party> parties(Collection<UUID> agreementIds) {
        if (agreementIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, agreement_id, position, kind, ref_id, office_name, office_level"
                        + " from agreement_party where agreement_id in (:ids) order by agreement_id, position")
                .param("ids", agreementIds)
                .query((rs, i) -> new Party(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getInt(3),
                        PartyKind.valueOf(rs.getString(4)),
                        rs.getObject(5, UUID.class),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    /** The agreement a party belongs to. */
    public Optional<UUID> agreementOfParty(UUID partyId) {
        return jdbc.sql("select agreement_id from agreement_party where id = ?")
                .param(partyId)
                .query(UUID.class)
                .optional();
    }

    /** Whether a signatory or a commitment names the party. */
    public boolean partyInUse(UUID partyId) {
        return jdbc.sql("select (select count(*) from agreement_signatory where party_id = :p)"
                                + " + (select count(*) from agreement_commitment where party_id = :p)")
                        .param("p", partyId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void deleteParty(UUID partyId) {
        jdbc.sql("delete from agreement_party where id = ?").param(partyId).update();
    }

    public void insertParty(Party p) {
        jdbc.sql("insert into agreement_party (id, agreement_id, position, kind, ref_id, office_name, office_level)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(p.id(), p.agreementId(), p.position(), p.kind().name(), p.refId(), p.officeName(), p.level())
                .update();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("purpose"),
                Formality.valueOf(rs.getString("formality")),
                AgreementStatus.valueOf(rs.getString("status")),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_path"),
                rs.getBoolean("unit_chosen"),
                localDate(rs, "start_date"),
                localDate(rs, "end_date"),
                localDate(rs, "review_date"),
                localDate(rs, "ended_on"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** The folded words of the name, for the search box ({@link SearchTerms#words}). */
    private void searchWords(UUID id, String... names) {
        jdbc.sql("update agreement set search_words = ? where id = ?")
                .params(SearchTerms.words(names), id)
                .update();
    }
}
