package org.harambee.agreements;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreements module's API for a home page: how many reviews and open commitments are due by a day in an area,
 * counted as the reminders page lists them ({@code /agreements/reminders}), in one query. No scope check here beyond
 * the scope the caller passes.
 */
@Service
@Transactional(readOnly = true)
public class AgreementsDue {

    /** Reviews and open commitments due by the day asked, and of those, how many are already past it. */
    public record Counts(long reviews, long commitments, long overdue) {}

    private final JdbcClient jdbc;

    AgreementsDue(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
