package org.harambee.geography.importing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.harambee.geography.BoundariesImported;
import org.harambee.geography.UnitMoved;
import org.harambee.system.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a validated set of units over a snapshot of the database: inserts new units, updates changed ones, moves
 * units whose parent changed (their whole subtree gets new paths, the old place goes to the history table) and
 * leaves unchanged units alone. A boundary is compared by the hash of its shape, so that the same boundary read again
 * is neither counted nor rewritten; a name changed in any language counts as a change and is kept in the history.
 * Runs inside the caller's transaction, with batched statements.
 */
final class UnitWriter {

    record Outcome(int created, int updated, int moved, int unchanged) {}

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Snapshot snapshot;
    private final BoundarySpill boundaries;
    private final UUID importId;
    private final Timestamp now = Timestamp.from(Instant.now());

    private final Map<String, UUID> idByPcode = new HashMap<>();
    private final Map<UUID, UUID> parentOf = new HashMap<>();
    private final Map<UUID, UUID> countryOf = new HashMap<>();

    UnitWriter(
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            Snapshot snapshot,
            BoundarySpill boundaries,
            UUID importId) {
        this.jdbc = jdbc;
        this.events = events;
        this.snapshot = snapshot;
        this.boundaries = boundaries;
        this.importId = importId;
    }

    Outcome write(List<ParsedUnit> parsed, IntConsumer progress) {
        List<ParsedUnit> units = new ArrayList<>(parsed);
        units.sort(Comparator.comparingInt(ParsedUnit::level));
        for (Snapshot.Row row : snapshot.rows()) {
            idByPcode.put(row.pcode(), row.id());
            parentOf.put(row.id(), row.parentId());
            countryOf.put(row.id(), row.countryId());
        }
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        List<ParsedUnit> renamed = new ArrayList<>();
        List<UUID> movedIds = new ArrayList<>();
        Map<Integer, Map<UUID, Boolean>> levelsUsed = new TreeMap<>();
        int unchanged = 0;

        for (ParsedUnit unit : units) {
            Snapshot.Row old = snapshot.row(unit.pcode());
            ParsedUnit u = old == null ? unit : withStoredValues(old, unit);
            UUID id = old == null ? Ids.newId() : old.id();
            UUID parentId = u.parentPcode() == null ? null : idByPcode.get(u.parentPcode());
            idByPcode.put(u.pcode(), id);
            parentOf.put(id, parentId);
            UUID countryId = parentId == null ? countryIdFor(old, id) : countryOf.get(parentId);
            countryOf.put(id, countryId);
            levelsUsed.computeIfAbsent(u.level(), k -> new HashMap<>()).put(countryId, Boolean.TRUE);
            boolean namesChanged = old == null || !snapshot.names(id).equals(u.names());
            Boundary newBoundary = old == null || boundaryChanged(old, u) ? u.geometry() : null;
            if (old == null) {
                inserts.add(new Object[] {id, countryId, u, parentId, u.geometry()});
            } else if (!Objects.equals(old.parentId(), parentId)) {
                movedIds.add(id);
                history.add(historyRow(old, "MOVED", old.name(), null));
                updates.add(new Object[] {id, countryId, u, parentId, newBoundary});
            } else if (namesChanged || newBoundary != null || differs(old, u)) {
                history.addAll(renames(old, u));
                updates.add(new Object[] {id, countryId, u, parentId, newBoundary});
            } else {
                unchanged++;
            }
            if (namesChanged) {
                renamed.add(u);
            }
        }
        createCountries(units, levelsUsed);
        Map<UUID, String> pathOf = new UnitPaths(snapshot, parentOf).compute(idsOf(units), !movedIds.isEmpty());

        Batches batches = new Batches(jdbc, BATCH, boundaries, progress);
        batches.insertUnits(inserts, pathOf, now);
        batches.updateUnits(updates, pathOf, now);
        batches.history(history, importId, now);
        List<Object[]> subtreePaths = movedSubtreePaths(movedIds, updates, pathOf);
        batches.updatePaths(subtreePaths, now);
        Set<UUID> created = new HashSet<>();
        inserts.forEach(r -> created.add((UUID) r[0]));
        batches.replaceNames(renamed, idByPcode, created);

        for (UUID id : movedIds) {
            Snapshot.Row old = snapshot.row(id);
            events.publishEvent(new UnitMoved(id, old.pcode(), old.path(), pathOf.get(id)));
        }
        Outcome outcome = new Outcome(inserts.size(), updates.size() - movedIds.size(), movedIds.size(), unchanged);
        events.publishEvent(new BoundariesImported(importId, outcome.created(), outcome.updated(), outcome.moved()));
        return outcome;
    }

    /**
     * What a file leaves out, a re-import keeps: a COD-AB row names a province without its population or its French
     * name, and that must not erase them. Values in the file win; names are merged language by language.
     */
    private ParsedUnit withStoredValues(Snapshot.Row old, ParsedUnit u) {
        Map<String, String> names = new TreeMap<>(snapshot.names(old.id()));
        names.putAll(u.names());
        return new ParsedUnit(
                u.line(),
                u.pcode(),
                u.parentPcode(),
                u.level(),
                names,
                u.validFrom() != null ? u.validFrom() : old.validFrom(),
                u.validTo() != null ? u.validTo() : old.validTo(),
                u.populationTotal() != null ? u.populationTotal() : old.populationTotal(),
                u.populationChildren() != null ? u.populationChildren() : old.populationChildren(),
                u.geometry());
    }

    private List<UUID> idsOf(List<ParsedUnit> units) {
        return units.stream().map(u -> idByPcode.get(u.pcode())).toList();
    }

    private UUID countryIdFor(Snapshot.Row old, UUID unitId) {
        return old != null ? old.countryId() : unitId;
    }

    private static boolean differs(Snapshot.Row old, ParsedUnit u) {
        return !Objects.equals(old.name(), UnitNames.defaultName(u.names()))
                || !Objects.equals(old.validFrom(), u.validFrom())
                || !Objects.equals(old.validTo(), u.validTo())
                || !Objects.equals(old.populationTotal(), u.populationTotal())
                || !Objects.equals(old.populationChildren(), u.populationChildren());
    }

    /** A boundary stored before hashes were kept has none, and is rewritten once. */
    private static boolean boundaryChanged(Snapshot.Row old, ParsedUnit u) {
        return u.geometry() != null && !u.geometry().hash().equals(old.geometryHash());
    }

    /** One history line per language whose name changed; the default name's change when no language says more. */
    private List<Object[]> renames(Snapshot.Row old, ParsedUnit u) {
        List<Object[]> rows = new ArrayList<>();
        snapshot.names(old.id()).forEach((language, name) -> {
            if (!name.equals(u.names().get(language))) {
                rows.add(historyRow(old, "RENAMED", name, language));
            }
        });
        if (rows.isEmpty() && !Objects.equals(old.name(), UnitNames.defaultName(u.names()))) {
            rows.add(historyRow(old, "RENAMED", old.name(), null));
        }
        return rows;
    }

    private Object[] historyRow(Snapshot.Row old, String kind, String oldName, String language) {
        return new Object[] {
            Ids.newId(), old.id(), kind, old.parentId(), old.path(), oldName, old.validFrom(), old.validTo(), language
        };
    }

    /** A new country gets generic level names ("Level 2"), which administrators rename; deeper levels are added. */
    private void createCountries(List<ParsedUnit> units, Map<Integer, Map<UUID, Boolean>> levelsUsed) {
        for (ParsedUnit u : units) {
            if (u.level() == 0 && snapshot.row(u.pcode()) == null) {
                jdbc.update(
                        "insert into geo_country (id, pcode, default_language, created_at) values (?, ?, 'en', ?)",
                        idByPcode.get(u.pcode()),
                        u.pcode(),
                        now);
            }
        }
        levelsUsed.forEach((depth, countries) -> countries
                .keySet()
                .forEach(countryId -> jdbc.update(
                        "insert into geo_level (country_id, depth, language, name) select ?, ?, 'en', ?"
                                + " where not exists (select 1 from geo_level where country_id = ? and depth = ?)",
                        countryId,
                        depth,
                        depth == 0 ? "Country" : "Level " + depth,
                        countryId,
                        depth)));
    }

    /** Units that keep all else but sit below a moved unit: only their path changes. */
    private List<Object[]> movedSubtreePaths(List<UUID> movedIds, List<Object[]> updates, Map<UUID, String> pathOf) {
        if (movedIds.isEmpty()) {
            return List.of();
        }
        Set<UUID> updated = new HashSet<>();
        updates.forEach(r -> updated.add((UUID) r[0]));
        List<Object[]> rows = new ArrayList<>();
        for (Snapshot.Row row : snapshot.rows()) {
            String newPath = pathOf.get(row.id());
            if (!updated.contains(row.id()) && !row.path().equals(newPath)) {
                rows.add(new Object[] {newPath, row.id()});
            }
        }
        return rows;
    }
}
