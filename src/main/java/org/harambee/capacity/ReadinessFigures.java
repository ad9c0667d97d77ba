package org.harambee.capacity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.harambee.capacity.trainings.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counts readiness needs from the module's own tables, each for the subtree of an area. */
@Repository
class ReadinessFigures {

    static final String FACILITATION = "FACILITATION";
    static final String REFERRAL = "REFERRAL_CASE_MANAGEMENT";

    private static final String COMPLETED = " from capacity_participant p"
            + " join capacity_training t on t.id = p.training_id"
            + " join capacity_training_competency tc on tc.training_id = t.id"
            + " join capacity_competency c on c.id = tc.competency_id"
            + " where c.code = :competency and " + Outcome.COMPLETED_SQL;

    private final JdbcClient jdbc;

    ReadinessFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Active facilitators trained in facilitation (a completed training covering it, as a linked participant or
     * through their account) who are assigned today to a community of the area.
     */
    long trainedFacilitators(String areaPath, LocalDate today) {
        return jdbc.sql("select count(distinct f.id) from capacity_facilitator f"
                        + " join capacity_assignment a on a.facilitator_id = f.id"
                        + " where f.active = true and a.unit_path like :area and a.starts_on <= :today"
                        + " and (a.ends_on is null or a.ends_on >= :today) and exists (select 1" + COMPLETED
                        + " and (p.facilitator_id = f.id or (f.username is not null and p.username = f.username)))")
                .param("area", areaPath + "%")
                .param("today", today)
                .param("competency", FACILITATION)
                .query(Long.class)
                .single();
    }

    /** Those of these usernames who completed a held training covering referral and case management. */
    Set<String> trainedInReferral(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select distinct p.username" + COMPLETED + " and p.username in (:names)")
                .param("competency", REFERRAL)
                .param("names", usernames)
                .query(String.class)
                .list());
    }

    /**
     * Government support recorded for the area, inside it, or for a unit above it (support recorded for a district
     * holds for the chiefdoms in it).
     */
    long governmentSupport(String areaPath) {
        List<String> above = org.harambee.access.UnitPaths.prefixes(areaPath);
        return jdbc.sql("select count(*) from capacity_government_support where unit_path like :area"
                        + " or unit_path in (:above)")
                .param("area", areaPath + "%")
                .param("above", above.isEmpty() ? List.of("") : above)
                .query(Long.class)
                .single();
    }
}
