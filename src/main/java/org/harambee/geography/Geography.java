package org.harambee.geography;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.access.AuditTrail;
import org.harambee.access.Scope;
import org.harambee.geography.importing.GeoJsonGeometries;
import org.locationtech.jts.geom.Geometry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The geography module's API: units by P-code, their ancestors and children, listings of subtrees. Names come in the
 * language asked for where a unit has one. Every other module asks here and never reads the unit tables.
 */
@Service
@Transactional(readOnly = true)
public class Geography {

    private final Units units;
    private final UnitGeometries geometries;
    private final UnitSummaries summaries;
    private final Levels levels;
    private final AuditTrail audit;

    Geography(Units units, UnitGeometries geometries, UnitSummaries summaries, Levels levels, AuditTrail audit) {
        this.units = units;
        this.geometries = geometries;
        this.summaries = summaries;
        this.levels = levels;
        this.audit = audit;
    }

    public Optional<UnitView> find(String pcode, String language) {
        return units.findByPcode(pcode, language).map(row -> view(row, language));
    }

    public UnitView get(String pcode, String language) {
        return find(pcode, language).orElseThrow(() -> new UnitNotFoundException(pcode));
    }

    /** The unit's ancestors from the country down, without the unit itself; read from its path in one query. */
    public List<UnitRef> ancestors(UnitView unit, String language) {
        List<UUID> ids = Arrays.stream(unit.path().split("/"))
                .filter(s -> !s.isEmpty())
                .map(UUID::fromString)
                .filter(id -> !id.equals(unit.id()))
                .toList();
        return refs(units.byIds(ids, language), language);
    }

    /** The units with these ids that exist, by id, named in {@code language} where they have a name in it. */
    public Map<UUID, UnitRef> byIds(java.util.Collection<UUID> ids, String language) {
        List<Units.RefRow> rows = units.byIds(ids, language);
        List<UnitRef> refs = refs(rows, language);
        Map<UUID, UnitRef> byId = new java.util.LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byId.put(rows.get(i).id(), refs.get(i));
        }
        return byId;
    }

    /** The units with these P-codes that exist, by P-code (upper case); unknown P-codes are left out. */
    public Map<String, org.harambee.access.UnitDirectory.Place> byPcodes(java.util.Collection<String> pcodes) {
        return units.byPcodes(pcodes.stream()
                .filter(java.util.Objects::nonNull)
                .map(p -> p.trim().toUpperCase(java.util.Locale.ROOT))
                .filter(p -> !p.isEmpty())
                .collect(java.util.stream.Collectors.toSet()));
    }

    /** The unit with this P-code as a figure needs it, in one query. */
    public Optional<UnitSummary> summary(String pcode, String language) {
        return summaries.byPcode(pcode, language);
    }

    /** The unit with this id as a figure needs it, in one query. */
    public Optional<UnitSummary> summary(UUID id, String language) {
        return summaries.byId(id, language);
    }

    /** The unit's children still valid on {@code on}, by name then P-code, in one query. */
    public List<UnitSummary> validChildren(UUID parentId, String language, java.time.LocalDate on) {
        return summaries.children(parentId, language, on);
    }

    /** The paths of the units at {@code level} in the subtree at {@code path} (itself included), in one query. */
    public List<String> pathsAtLevel(String path, int level) {
        return summaries.pathsAtLevel(path, level);
    }

    /** A listing over every unit, whoever asks; pages and the API list through the user's scope instead. */
    public UnitPage list(UnitQuery query, String language) {
        return list(query, Scope.all(), language);
    }

    /** A listing limited to {@code scope}: without a parent, the scope's top units, or a search within its subtrees. */
    public UnitPage list(UnitQuery query, Scope scope, String language) {
        UnitView parent = query.parent() == null ? null : get(query.parent(), language);
        String parentPath = parent == null ? null : parent.path();
        UUID parentId = parent == null ? null : parent.id();
        List<Units.RefRow> rows = units.list(query, parentPath, parentId, scope, language);
        long total = units.count(query, parentPath, parentId, scope, UnitPage.COUNT_CAP);
        return new UnitPage(
                refs(rows, language),
                query.page(),
                query.size(),
                Math.min(total, UnitPage.COUNT_CAP),
                total > UnitPage.COUNT_CAP);
    }

    /** The unit's children that have a boundary, as a GeoJSON FeatureCollection's parts: (child, geometry text). */
    public List<Map.Entry<UnitRef, String>> childBoundaries(UnitView unit, String language) {
        var rows = geometries.childGeometries(unit.id(), language);
        List<UnitRef> refs = refs(rows.stream().map(Map.Entry::getKey).toList(), language);
        return java.util.stream.IntStream.range(0, rows.size())
                .mapToObj(i -> Map.entry(refs.get(i), rows.get(i).getValue()))
                .toList();
    }

    /**
     * The unit's children that have a boundary, each with its boundary as a JTS geometry (in degrees, the copy
     * simplified for maps), for drawing them: a printed map.
     */
    public List<Map.Entry<UnitRef, Geometry>> childShapes(UnitView unit, String language) {
        return childBoundaries(unit, language).stream()
                .flatMap(c -> GeoJsonGeometries.read(c.getValue()).stream().map(g -> Map.entry(c.getKey(), g)))
                .toList();
    }

    /** The unit's boundary as GeoJSON geometry text, simplified for maps (a few hundred vertices at most). */
    public Optional<String> boundary(UnitView unit) {
        return unit.hasGeometry() ? geometries.geometry(unit.id()) : Optional.empty();
    }

    /** The unit's boundary as imported, with every vertex: for analysis and export, not for drawing on a map. */
    public Optional<String> fullBoundary(UnitView unit) {
        return unit.hasGeometry() ? geometries.fullGeometry(unit.id()) : Optional.empty();
    }

    /** The boundaries (GeoJSON geometry text, simplified for maps) of those of these units that have one, by id. */
    public Map<UUID, String> boundaries(java.util.Collection<UUID> ids) {
        return geometries.geometries(ids);
    }

    /** What re-imports changed of this unit, newest first. */
    public List<UnitChange> history(UnitView unit) {
        return units.history(unit.id());
    }

    /** The countries (level-0 units) with the names of their levels. */
    public List<CountryView> countries(String language) {
        return list(new UnitQuery(null, null, null, 0, UnitQuery.MAX_SIZE), language).items().stream()
                .map(c -> country(c.pcode(), language))
                .toList();
    }

    public CountryView country(String pcode, String language) {
        Units.Row row = countryRow(pcode, language);
        return new CountryView(row.pcode(), row.label(), levels.of(row.countryId()));
    }

    /** Renames levels of a country, e.g. level 3 to "Chiefdom" in English and "Chefferie" in French. */
    @Transactional
    @PreAuthorize("hasAuthority('MANAGE_PLACES')")
    public CountryView renameLevels(String pcode, List<LevelNames> names) {
        Units.Row row = countryRow(pcode, "en");
        levels.rename(row.countryId(), names);
        audit.record("LEVELS_RENAMED", "country", row.pcode(), row.id(), row.path(), names.size() + " level(s)");
        return country(pcode, "en");
    }

    private Units.Row countryRow(String pcode, String language) {
        return units.findByPcode(pcode, language)
                .filter(r -> r.depth() == 0)
                .orElseThrow(() -> new UnitNotFoundException(pcode));
    }

    private UnitView view(Units.Row row, String language) {
        Map<UUID, Integer> counts = units.childCounts(List.of(row.id()));
        String levelName = levelName(levels.names(language), row.countryId(), row.depth());
        return new UnitView(
                row.id(),
                row.pcode(),
                row.label(),
                units.names(row.id()),
                row.depth(),
                levelName,
                row.parentPcode(),
                row.path(),
                row.validFrom(),
                row.validTo(),
                row.populationTotal(),
                row.populationChildren(),
                row.populationYear(),
                row.hasGeometry(),
                counts.getOrDefault(row.id(), 0));
    }

    private List<UnitRef> refs(List<Units.RefRow> rows, String language) {
        Map<UUID, Integer> counts =
                units.childCounts(rows.stream().map(Units.RefRow::id).collect(Collectors.toSet()));
        Map<UUID, Map<Integer, String>> levelNames = levels.names(language);
        return rows.stream()
                .map(r -> new UnitRef(
                        r.pcode(),
                        r.label(),
                        r.depth(),
                        levelName(levelNames, r.countryId(), r.depth()),
                        counts.getOrDefault(r.id(), 0)))
                .toList();
    }

    private static String levelName(Map<UUID, Map<Integer, String>> levels, UUID countryId, int depth) {
        return levels.getOrDefault(countryId, Map.of()).getOrDefault(depth, "Level " + depth);
    }
}
