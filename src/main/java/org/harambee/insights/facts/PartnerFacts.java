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
        keep(e);
        List<Rollups.Delta> deltas = new ArrayList<>();
        for (String unit : FoldPlan.prefixes(e.unitPath())) {
            earlier(deltas, e.organisationId(), unit, Measure.PARTNERS_INVITED, e.on());
            if (e.step() == AdoptionStep.SUPPORTING) {
                earlier(deltas, e.organisationId(), unit, Measure.PARTNERS_SUPPORTING, e.on());
            }
        }
        rollups.append(deltas);
    }

    /** The adoption's first dates, from which a moved unit's partner counts are worked out again ({@link #recount}). */
    private void keep(AdoptionStepRecorded e) {
        jdbc.sql("insert into insight_partner_adoption (adoption_id, organisation_id, unit_path) values (?, ?, ?)"
                        + " on conflict do nothing")
                .params(e.adoptionId(), e.organisationId(), e.unitPath())
                .update();
        for (Measure stock : List.of(Measure.PARTNERS_INVITED, Measure.PARTNERS_SUPPORTING)) {
            if (stock == Measure.PARTNERS_INVITED || e.step() == AdoptionStep.SUPPORTING) {
                String column = FIRST_DATES.get(stock);
                jdbc.sql("update insight_partner_adoption set " + column + " = ? where adoption_id = ? and (" + column
                                + " is null or " + column + " > ?)")
                        .params(Date.valueOf(e.on()), e.adoptionId(), Date.valueOf(e.on()))
                        .update();
            }
        }
    }

    /**
     * Works out again, after a boundary import moved a unit, the partner counts of the units that gained or lost it
     * as a descendant: per organisation with an adoption below the moved unit, the first dates over the adoptions now
     * below each such unit; a changed first date moves the running change from the old month to the new.
     */
    List<Rollups.Delta> recount(List<String> unitPaths, String movedPath) {
        List<UUID> organisations = jdbc.sql("select distinct organisation_id from insight_partner_adoption"
                        + " where unit_path >= ? and unit_path < ? order by organisation_id")
                .params(movedPath, org.harambee.access.UnitPaths.end(movedPath))
                .query(UUID.class)
                .list();
        List<Rollups.Delta> deltas = new ArrayList<>();
        for (String unitPath : unitPaths) {
            UUID unit = FoldPlan.last(unitPath);
            for (UUID organisation : organisations) {
                record Dates(LocalDate invited, LocalDate supporting) {}
                Dates now = jdbc.sql("select min(invited_on), min(supporting_on) from insight_partner_adoption"
                                + " where organisation_id = ? and unit_path >= ? and unit_path < ?")
                        .params(organisation, unitPath, org.harambee.access.UnitPaths.end(unitPath))
                        .query((rs, n) -> new Dates(date(rs.getDate(1)), date(rs.getDate(2))))
                        .single();
                Dates was = jdbc.sql("select invited_on, supporting_on from insight_partner_unit"
                                + " where organisation_id = ? and unit_id = ? for update")
                        .params(organisation, unit)
                        .query((rs, n) -> new Dates(date(rs.getDate(1)), date(rs.getDate(2))))
                        .optional()
                        .orElse(new Dates(null, null));
                change(deltas, unitPath, Measure.PARTNERS_INVITED, was.invited(), now.invited());
                change(deltas, unitPath, Measure.PARTNERS_SUPPORTING, was.supporting(), now.supporting());
                jdbc.sql("delete from insight_partner_unit where organisation_id = ? and unit_id = ?")
                        .params(organisation, unit)
                        .update();
                if (now.invited() != null || now.supporting() != null) {
                    jdbc.sql("insert into insight_partner_unit (organisation_id, unit_id, invited_on, supporting_on)"
                                    + " values (?, ?, ?, ?)")
                            .params(
                                    organisation,
                                    unit,
                                    now.invited() == null ? null : Date.valueOf(now.invited()),
                                    now.supporting() == null ? null : Date.valueOf(now.supporting()))
                            .update();
                }
            }
        }
        return deltas;
    }

    private static void change(
            List<Rollups.Delta> deltas, String unitPath, Measure stock, LocalDate was, LocalDate now) {
        if (java.util.Objects.equals(
                was == null ? null : Rollups.month(was), now == null ? null : Rollups.month(now))) {
            return;
        }
        if (was != null) {
            deltas.add(Rollups.Delta.at(unitPath, 'R', Rollups.month(was), stock.name(), -1));
        }
        if (now != null) {
            deltas.add(Rollups.Delta.at(unitPath, 'R', Rollups.month(now), stock.name(), 1));
        }
    }

    private static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
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
