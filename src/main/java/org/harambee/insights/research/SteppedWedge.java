package org.harambee.insights.research;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.harambee.access.Permission;
import org.harambee.communities.ClusterRef;
import org.harambee.communities.Clusters;
import org.harambee.communities.Communities;
import org.harambee.insights.Measure;
import org.harambee.insights.Suppression;
import org.harambee.insights.export.Readers;
import org.harambee.scaleup.Crossover;
import org.harambee.scaleup.ScaleUp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stepped-wedge table of the rollouts under a unit: service uptake (referrals sent) per cluster and month, summed
 * over the cluster's communities from {@code insight_community_month}, labelled before or after the cluster's
 * crossover; per 1,000 children when every cluster's child population is known. Small counts are hidden unless the
 * reader may see exact figures.
 */
@Service
@Transactional(readOnly = true)
public class SteppedWedge {

    private final JdbcClient jdbc;
    private final ScaleUp scaleUp;
    private final Clusters clusters;
    private final Communities communities;
    private final Readers readers;
    private final Suppression suppression;

    SteppedWedge(
            JdbcClient jdbc,
            ScaleUp scaleUp,
            Clusters clusters,
            Communities communities,
            Readers readers,
            @Value("${harambee.insights.suppression-threshold:5}") int threshold) {
        this.jdbc = jdbc;
        this.scaleUp = scaleUp;
        this.clusters = clusters;
        this.communities = communities;
        this.readers = readers;
        this.suppression = new Suppression(threshold);
    }

    /** The table of the unit with this P-code, read with {@code permission} (403 outside the reader's scope). */
    public SteppedWedgeViews.Table table(String pcode, Permission permission, Locale locale) {
        Readers.Reader reader = readers.of(pcode, permission, locale);
        Map<UUID, List<Crossover>> byRollout = new LinkedHashMap<>();
        scaleUp.crossovers(reader.unit().path())
                .values()
                .forEach(c -> byRollout
                        .computeIfAbsent(c.rolloutId(), r -> new ArrayList<>())
                        .add(c));
        Map<UUID, ClusterRef> refs = new HashMap<>();
        clusters.refs(byRollout.values().stream()
                        .flatMap(List::stream)
                        .map(Crossover::clusterId)
                        .toList())
                .forEach(c -> refs.put(c.id(), c));
        List<UUID> members =
                refs.values().stream().flatMap(c -> c.memberIds().stream()).toList();
        Map<UUID, Long> children = communities.childPopulations(members);
        Map<UUID, Map<YearMonth, Long>> referrals = referrals(members);
        Map<UUID, String> names = scaleUp.rolloutNames(byRollout.keySet());
        List<SteppedWedgeViews.Rollout> rollouts = new ArrayList<>();
        byRollout.forEach((id, crossovers) -> rollouts.add(rollout(
                id, names.getOrDefault(id, id.toString()), crossovers, refs, children, referrals, reader.exact())));
        rollouts.sort(Comparator.comparing(SteppedWedgeViews.Rollout::name));
        return new SteppedWedgeViews.Table(
                reader.unit().pcode(), reader.unit().name(), reader.exact(), suppression.threshold(), rollouts);
    }

    private SteppedWedgeViews.Rollout rollout(
            UUID id,
            String name,
            List<Crossover> crossovers,
            Map<UUID, ClusterRef> refs,
            Map<UUID, Long> children,
            Map<UUID, Map<YearMonth, Long>> referrals,
            boolean exact) {
        record Series(Crossover crossover, ClusterRef ref, Map<YearMonth, Long> months, Long children) {}
        List<Series> series = new ArrayList<>();
        TreeMap<YearMonth, Boolean> span = new TreeMap<>();
        for (Crossover c : crossovers) {
            ClusterRef ref = refs.get(c.clusterId());
            if (ref == null) {
                continue;
            }
            Map<YearMonth, Long> months = new HashMap<>();
            boolean known = !ref.memberIds().isEmpty();
            long kids = 0;
            for (UUID member : ref.memberIds()) {
                referrals.getOrDefault(member, Map.of()).forEach((m, v) -> months.merge(m, v, Long::sum));
                known &= children.containsKey(member);
                kids += children.getOrDefault(member, 0L);
            }
            months.keySet().forEach(m -> span.put(m, true));
            series.add(new Series(c, ref, months, known && kids > 0 ? kids : null));
        }
        List<String> months = new ArrayList<>();
        List<YearMonth> calendar = new ArrayList<>();
        if (!span.isEmpty()) {
            for (YearMonth m = span.firstKey(); !m.isAfter(span.lastKey()); m = m.plusMonths(1)) {
                calendar.add(m);
                months.add(m.toString());
            }
        }
        boolean perThousand = !series.isEmpty() && series.stream().allMatch(s -> s.children() != null);
        series.sort(Comparator.comparing((Series s) -> s.crossover().comparison())
                .thenComparing(s -> s.crossover().wave() == null
                        ? Integer.MAX_VALUE
                        : s.crossover().wave())
                .thenComparing(s -> s.ref().name()));
        List<SteppedWedgeViews.ClusterRow> rows = new ArrayList<>();
        for (Series s : series) {
            List<SteppedWedgeViews.Cell> cells = new ArrayList<>();
            for (YearMonth month : calendar) {
                cells.add(cell(
                        month,
                        s.crossover().crossoverOn(),
                        s.months().getOrDefault(month, 0L),
                        s.children(),
                        perThousand,
                        exact));
            }
            rows.add(new SteppedWedgeViews.ClusterRow(
                    s.ref().id(),
                    s.ref().name(),
                    s.crossover().wave(),
                    s.crossover().comparison(),
                    s.crossover().crossoverOn(),
                    cells));
        }
        return new SteppedWedgeViews.Rollout(id, name, perThousand, months, rows, SteppedWedgeSummary.of(rows));
    }

    private SteppedWedgeViews.Cell cell(
            YearMonth month, LocalDate crossoverOn, long sent, Long children, boolean perThousand, boolean exact) {
        Integer since =
                crossoverOn == null ? null : (int) ChronoUnit.MONTHS.between(YearMonth.from(crossoverOn), month);
        boolean exposed = since != null && since >= 0;
        Long referrals = exact ? Long.valueOf(sent) : suppression.count(sent);
        Long kids = children == null || exact ? children : suppression.count(children);
        Double uptake;
        if (referrals == null) {
            uptake = null;
        } else if (perThousand) {
            uptake = kids == null ? null : referrals * 1000.0 / kids;
        } else {
            uptake = referrals.doubleValue();
        }
        return new SteppedWedgeViews.Cell(month.toString(), exposed, since, referrals, kids, uptake);
    }

    private Map<UUID, Map<YearMonth, Long>> referrals(List<UUID> communityIds) {
        Map<UUID, Map<YearMonth, Long>> byCommunity = new HashMap<>();
        if (communityIds.isEmpty()) {
            return byCommunity;
        }
        jdbc.sql("select community_id, month, value from insight_community_month where measure = :measure"
                        + " and community_id in (:ids)")
                .param("measure", Measure.REFERRALS_SENT.name())
                .param("ids", communityIds)
                .query((rs, i) -> byCommunity
                        .computeIfAbsent(rs.getObject(1, UUID.class), c -> new HashMap<>())
                        .merge(YearMonth.from(rs.getDate(2).toLocalDate()), rs.getLong(3), Long::sum))
                .list();
        return byCommunity;
    }
}
