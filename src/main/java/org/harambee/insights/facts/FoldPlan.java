package org.harambee.insights.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.harambee.insights.Measure;
import org.harambee.insights.Period;

/**
 * What a batch of deltas adds to the tables, worked out in memory before anything is written: the community month
 * rows of flows, the month rows of each unit (quarters and years are summed from them when read, decision 0048), the
 * changes of the communities' running totals (kept as a total row at each month with a flow, see {@link #totals}), and
 * the partners' running changes: every month from theirs to the horizon, or waiting beyond it. Changes to the same row are summed, so that each row is
 * written once per fold. Active districts follow from the active communities of each district afterwards
 * ({@link #districts}), once the counts before the fold are known.
 */
final class FoldPlan {

    /** A roll-up row's key. */
    record UnitKey(UUID unit, char kind, LocalDate start, String measure) {}

    /** A community month row's key. */
    record CommunityKey(UUID community, LocalDate month, String measure) {}

    /** A running change beyond the horizon. */
    record FutureKey(UUID unit, LocalDate month, String measure) {}

    /** A delta as read, its community's path resolved to the one the facts hold now. */
    record Item(UUID community, String path, char scope, char kind, LocalDate start, String measure, long value) {}

    /** The running totals kept from a monthly flow: the total of a month is the sum of the flows up to it. */
    static final Map<String, String> RUNNING_FROM_FLOW = Map.of(
            Measure.COMMUNITIES_REGISTERED.name(), Measure.COMMUNITIES_REGISTERED_TOTAL.name(),
            Measure.COMMUNITIES_STARTED.name(), Measure.COMMUNITIES_EVER_STARTED.name());

    static final Comparator<UnitKey> UNIT_ORDER = Comparator.comparing(UnitKey::unit)
            .thenComparing(UnitKey::kind)
            .thenComparing(UnitKey::start)
            .thenComparing(UnitKey::measure);

    private final LocalDate horizon;
    private final Map<UnitKey, Long> units = new TreeMap<>(UNIT_ORDER);
    private final Map<CommunityKey, Long> communities = new HashMap<>();
    private final Map<FutureKey, Long> future = new HashMap<>();
    private final Map<UnitKey, Long> totals = new TreeMap<>(UNIT_ORDER);
    private final Map<UUID, String> paths = new HashMap<>();

    /** {@code horizon}: the last month running totals have rows for. */
    FoldPlan(LocalDate horizon) {
        this.horizon = horizon;
    }

    void add(Item item) {
        if (item.kind() == 'F' && item.community() != null) {
            communities.merge(
                    new CommunityKey(item.community(), item.start(), item.measure()), item.value(), Long::sum);
        }
        List<String> targets = item.scope() == 'U' ? List.of(item.path()) : prefixes(item.path());
        for (String path : targets) {
            UUID unit = last(path);
            if (item.community() != null) {
                // a community's path is read when folded, so it is the unit's path now; a delta without a community
                // keeps the path it was written at, which a boundary move since then has made old
                paths.put(unit, path);
            } else {
                paths.putIfAbsent(unit, path);
            }
            switch (item.kind()) {
                case 'F' ->
                    unit(unit, 'M', Period.month(YearMonth.from(item.start())).start(), item.measure(), item.value());
                case 'R' -> running(unit, item.start(), item.measure(), item.value());
                case 'Q', 'Y' -> {
                    // written before decision 0048 beside the same change of its months, which count instead
                }
                default -> unit(unit, item.kind(), item.start(), item.measure(), item.value());
            }
        }
    }

    private void unit(UUID unit, char kind, LocalDate start, String measure, long value) {
        units.merge(new UnitKey(unit, kind, start, measure), value, Long::sum);
        String total = kind == 'M' ? RUNNING_FROM_FLOW.get(measure) : null;
        if (total != null) {
            totals.merge(new UnitKey(unit, 'T', start, total), value, Long::sum);
        }
    }

    /** A running total changes from {@code month} on: the months up to the horizon now, later ones when rolled to. */
    private void running(UUID unit, LocalDate month, String measure, long value) {
        if (month.isAfter(horizon)) {
            future.merge(new FutureKey(unit, month, measure), value, Long::sum);
            return;
        }
        for (LocalDate m = month; !m.isAfter(horizon); m = m.plusMonths(1)) {
            units.merge(new UnitKey(unit, 'M', m, measure), value, Long::sum);
        }
    }

    /**
     * The month rows of active communities this fold changes at district units: the district becomes active (its
     * count was 0) or stops being active (it falls to 0), for itself and each ancestor. {@code before} holds the
     * counts before the fold (absent: 0).
     */
    void districts(Map<UnitKey, Long> before) {
        Map<UnitKey, Long> derived = new HashMap<>();
        for (UnitKey key : activeAtDistricts()) {
            long was = before.getOrDefault(key, 0L);
            long now = was + units.get(key);
            int step = was == 0 && now > 0 ? 1 : was > 0 && now <= 0 ? -1 : 0;
            if (step != 0) {
                for (String path : prefixes(paths.get(key.unit()))) {
                    derived.merge(
                            new UnitKey(last(path), 'M', key.start(), Measure.DISTRICTS_ACTIVE.name()),
                            (long) step,
                            Long::sum);
                }
            }
        }
        derived.forEach((k, v) -> units.merge(k, v, Long::sum));
    }

    /** The keys {@link #districts} needs the earlier counts of. */
    List<UnitKey> activeAtDistricts() {
        return units.entrySet().stream()
                .filter(e -> e.getValue() != 0)
                .map(Map.Entry::getKey)
                .filter(k -> k.kind() == 'M' && k.measure().equals(Measure.COMMUNITIES_ACTIVE.name()))
                .filter(k -> depth(paths.get(k.unit())) == UnitPath.DISTRICT_DEPTH)
                .toList();
    }

    /** Roll-up changes in key order, zeros left out. */
    Map<UnitKey, Long> units() {
        Map<UnitKey, Long> changes = new TreeMap<>(UNIT_ORDER);
        units.forEach((k, v) -> {
            if (v != 0) {
                changes.put(k, v);
            }
        });
        return changes;
    }

    /**
     * The changes of the communities' running totals, in key order, zeros left out: a total has a row (kind T) at each
     * month its flow has a row, holding the sum of the flow up to that month, so a change of the flow in a month
     * changes that month's total and every later one.
     */
    Map<UnitKey, Long> totals() {
        Map<UnitKey, Long> changes = new TreeMap<>(UNIT_ORDER);
        totals.forEach((k, v) -> {
            if (v != 0) {
                changes.put(k, v);
            }
        });
        return changes;
    }

    /** The month row of the flow a running total is made of. */
    static UnitKey flowOf(UnitKey total) {
        String flow = RUNNING_FROM_FLOW.entrySet().stream()
                .filter(e -> e.getValue().equals(total.measure()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        return new UnitKey(total.unit(), 'M', total.start(), flow);
    }

    Map<CommunityKey, Long> communities() {
        return nonZero(communities);
    }

    Map<FutureKey, Long> future() {
        return nonZero(future);
    }

    private static <K> Map<K, Long> nonZero(Map<K, Long> map) {
        Map<K, Long> changes = new HashMap<>();
        map.forEach((k, v) -> {
            if (v != 0) {
                changes.put(k, v);
            }
        });
        return changes;
    }

    /** The paths of each unit of a path, country first: {@code /a/}, {@code /a/b/}, ... */
    static List<String> prefixes(String path) {
        List<String> prefixes = new java.util.ArrayList<>();
        for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
            prefixes.add(path.substring(0, i + 1));
        }
        return prefixes;
    }

    static UUID last(String path) {
        int end = path.length() - 1;
        return UUID.fromString(path.substring(path.lastIndexOf('/', end - 1) + 1, end));
    }

    /** 0 for a country's path. */
    static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }
}
