package org.harambee.insights.facts;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.insights.Measure;
import org.harambee.partners.AdoptionStep;
import org.harambee.partners.AdoptionStepRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner adoption (DOMAIN section 4: partners supporting communities ÷ partners invited), from the adoption steps: a
 * partner counts as invited at a unit from the first day it was invited anywhere in the unit's subtree, and as
 * supporting from the first day it reached the SUPPORTING step there (the pipeline's "supports communities with the
 * approach"). Both are stocks that never fall (steps never go back), kept like a running total: a row for every month
 * from the first month to the horizon, which the monthly roll carries forward ({@link Horizon}). The first dates per
 * partner and unit ({@code insight_partner_unit}) make each partner count once at a unit and at every ancestor.
 */
@Component
class PartnerFacts {

    /** The stocks and the column of {@code insight_partner_unit} holding the first date each counts from. */
    static final Map<Measure, String> FIRST_DATES =
            Map.of(Measure.PARTNERS_INVITED, "invited_on", Measure.PARTNERS_SUPPORTING, "supporting_on");

    private final Rollups rollups;
    private final JdbcClient jdbc;

    PartnerFacts(Rollups rollups, JdbcClient jdbc) {
        this.rollups = rollups;
        this.jdbc = jdbc;
    }

    /** Any step means invited (on its day at the latest); the SUPPORTING step also means supporting. */
    @EventListener
    @Transactional
    void on(AdoptionStepRecorded e) {
        if (!rollups.firstTime("adoption:" + e.adoptionId() + ":" + e.step())) {
            return;
        }
        List<Rollups.Delta> deltas = new ArrayList<>();
        for (String unit : FoldPlan.prefixes(e.unitPath())) {
            earlier(deltas, e.organisationId(), unit, Measure.PARTNERS_INVITED, e.on());
            if (e.step() == AdoptionStep.SUPPORTING) {
                earlier(deltas, e.organisationId(), unit, Measure.PARTNERS_SUPPORTING, e.on());
            }
        }
        rollups.append(deltas);
    }

    /**
     * The partner counts at the unit from {@code on} unless it already did: it counts from {@code on}'s month, and
     * the months before its former first date gain it (a running change up at {@code on}, down at the former date).
     */
    private void earlier(List<Rollups.Delta> deltas, UUID partner, String unitPath, Measure stock, LocalDate on) {
        String column = FIRST_DATES.get(stock);
        UUID unit = FoldPlan.last(unitPath);
        jdbc.sql("insert into insight_partner_unit (organisation_id, unit_id) values (?, ?) on conflict do nothing")
                .params(partner, unit)
                .update();
        Date kept = jdbc.sql("select " + column + " from insight_partner_unit where organisation_id = ?"
                        + " and unit_id = ? for update")
                .params(partner, unit)
                .query((rs, n) -> rs.getDate(1))
                .list()
                .get(0);
        LocalDate was = kept == null ? null : kept.toLocalDate();
        if (was != null && !on.isBefore(was)) {
            return;
        }
        jdbc.sql("update insight_partner_unit set " + column + " = ? where organisation_id = ? and unit_id = ?")
                .params(Date.valueOf(on), partner, unit)
                .update();
        deltas.add(Rollups.Delta.at(unitPath, 'R', Rollups.month(on), stock.name(), 1));
        if (was != null) {
            deltas.add(Rollups.Delta.at(unitPath, 'R', Rollups.month(was), stock.name(), -1));
        }
    }

    /** True for the measures kept here: distinct per unit, so not moved with a unit's other figures. */
    static boolean partnerStock(String measure) {
        return FIRST_DATES.keySet().stream().anyMatch(m -> m.name().equals(measure));
    }
}
