package org.harambee.agreements;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.agreements.internal.CommitmentStatus;
import org.harambee.agreements.model.PartyKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreements module's API for what is coming due: for a home page, how many reviews and open commitments are due by
 * a day in an area, counted as the reminders page lists them ({@code /agreements/reminders}), in one query; for the
 * notifications module's daily reminders, the items themselves. No scope check here beyond the scope the caller
 * passes.
 */
@Service
@Transactional(readOnly = true)
public class AgreementsDue {

    /** Reviews and open commitments due by the day asked, and of those, how many are already past it. */
    public record Counts(long reviews, long commitments, long overdue) {}

    /** What comes due: an agreement's review, or an open commitment of one. */
    public enum Kind {
        REVIEW,
        COMMITMENT
    }

    /**
     * One review or open commitment due on {@code dueOn}: {@code itemId} is the agreement's id for a review, the
     * commitment's for a commitment; {@code servicePointId} is the service point responsible for a commitment, when
     * that party is one (it has officers who sign in), otherwise null.
     */
    public record Due(
            Kind kind,
            UUID itemId,
            UUID agreementId,
            String title,
            LocalDate dueOn,
            String unitPath,
            UUID servicePointId) {}

    private final JdbcClient jdbc;

    AgreementsDue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The reviews (of agreements in force or lapsed) and open commitments (of agreements not ended) due from {@code
     * from} to {@code by}, both included, everywhere: for a job that runs as the system, not for a reader.
     */
    public List<Due> between(LocalDate from, LocalDate by) {
        List<Due> due = new ArrayList<>(
                jdbc.sql("select '" + Kind.REVIEW.name() + "' as kind, a.id as item_id, a.id as agreement_id,"
                                + " a.title, a.review_date as due_on, a.unit_path, cast(null as uuid) as service_point_id"
                                + " from agreement a where a.status in (:reviewed) and a.review_date between :from and :by"
                                + " order by a.review_date, a.id")
                        .param("reviewed", List.of(AgreementStatus.IN_FORCE.name(), AgreementStatus.LAPSED.name()))
                        .param("from", Date.valueOf(from))
                        .param("by", Date.valueOf(by))
                        .query(Due.class)
                        .list());
        due.addAll(jdbc.sql("select '" + Kind.COMMITMENT.name()
                        + "' as kind, k.id as item_id, a.id as agreement_id, a.title,"
                        + " k.due_on, a.unit_path, case when p.kind = :servicePoint then p.ref_id end"
                        + " as service_point_id from agreement_commitment k join agreement a on a.id = k.agreement_id"
                        + " left join agreement_party p on p.id = k.party_id"
                        + " where k.status = :open and k.due_on between :from and :by and a.status <> :ended"
                        + " order by k.due_on, k.id")
                .param("servicePoint", PartyKind.SERVICE_POINT.name())
                .param("open", CommitmentStatus.OPEN.name())
                .param("ended", AgreementStatus.ENDED.name())
                .param("from", Date.valueOf(from))
                .param("by", Date.valueOf(by))
                .query(Due.class)
                .list());
        return due;
    }

    public Counts of(Scope scope, LocalDate today, LocalDate by) {
        Map<String, Object> params = new HashMap<>();
        String agreements = UnitPaths.within(scope, "a.unit_path", "s", params);
        String commitments = UnitPaths.within(scope, "a.unit_path", "c", params);
        return jdbc.sql("select"
                        + " (select count(*) from agreement a where a.status in (:reviewed) and a.review_date <= :by and "
                        + agreements + ") reviews,"
                        + " (select count(*) from agreement_commitment k join agreement a on a.id = k.agreement_id"
                        + " where k.status = :open and k.due_on <= :by and a.status <> :ended and " + commitments
                        + ") commitments,"
                        + " (select count(*) from agreement a where a.status in (:reviewed) and a.review_date < :today"
                        + " and " + agreements + ")"
                        + " + (select count(*) from agreement_commitment k join agreement a on a.id = k.agreement_id"
                        + " where k.status = :open and k.due_on < :today and a.status <> :ended and " + commitments
                        + ") overdue")
                .params(params)
                .param("reviewed", List.of(AgreementStatus.IN_FORCE.name(), AgreementStatus.LAPSED.name()))
                .param("open", CommitmentStatus.OPEN.name())
                .param("ended", AgreementStatus.ENDED.name())
                .param("by", Date.valueOf(by))
                .param("today", Date.valueOf(today))
                .query(Counts.class)
                .single();
    }
}
