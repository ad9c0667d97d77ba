package org.harambee.partners;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.partners.organisations.OrganisationRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partners module's API for a home page: an organisation's presence and adoption steps inside a scope, as counts
 * of two queries. No scope check here beyond the scope the caller passes.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationWork {

    /**
     * The organisation's name, its presence rows current today, and its adoptions by the step they stand at (every
     * step but {@link AdoptionStep#SUPPORTING} has a next step to record).
     */
    public record Presence(UUID organisationId, String name, long currentPresence, Map<AdoptionStep, Long> adoptions) {

        /** Adoptions that still have a step to take. */
        public long stepsToTake() {
            return adoptions.entrySet().stream()
                    .filter(e -> e.getKey().next() != null)
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }
    }

    private final JdbcClient jdbc;
    private final OrganisationRecords organisations;

    OrganisationWork(JdbcClient jdbc, OrganisationRecords organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    public Presence of(UUID organisationId, Scope scope, LocalDate today) {
        String name =
                organisations.ref(organisationId).map(OrganisationRef::name).orElse("?");
        Map<String, Object> params = new HashMap<>();
        String within = UnitPaths.within(scope, "unit_path", "s", params);
        params.put("organisation", organisationId);
        long current = jdbc.sql("select count(*) from partner_presence where organisation_id = :organisation"
                        + " and start_date <= :today and (end_date is null or end_date >= :today) and " + within)
                .params(params)
                .param("today", Date.valueOf(today))
                .query(Long.class)
                .single();
        Map<AdoptionStep, Long> steps = new EnumMap<>(AdoptionStep.class);
        for (AdoptionStep step : AdoptionStep.values()) {
            steps.put(step, 0L);
        }
        jdbc.sql("select step, count(*) from partner_adoption where organisation_id = :organisation and " + within
                        + " group by step")
                .params(params)
                .query((rs, i) -> steps.put(AdoptionStep.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return new Presence(organisationId, name, current, steps);
    }
}
