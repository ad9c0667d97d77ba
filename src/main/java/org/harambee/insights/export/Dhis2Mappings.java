package org.harambee.insights.export;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.UnitDirectory;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitRef;
import org.harambee.geography.UnitView;
import org.harambee.insights.IndicatorCatalog;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which DHIS2 data element of which data set each indicator is sent to, per period type of the data set (DHIS2 takes
 * a value only in its data set's period type), and which DHIS2 organisation unit each unit is: set one by one, or all
 * at once by matching P-codes to the codes of the DHIS2 server's organisation units. Only mapped indicators of mapped
 * units leave for DHIS2. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
public class Dhis2Mappings {

    /** A DHIS2 identifier: eleven letters and digits, starting with a letter. */
    public static final Pattern UID = Pattern.compile("^[A-Za-z][A-Za-z0-9]{10}$");

    /** An indicator sent, in one period type, to a data element of a data set of that period type. */
    public record ElementLink(String indicator, Dhis2PeriodType periodType, String dataSet, String dataElement) {}

    /** Where an indicator's values of one period type go. */
    public record Destination(String dataSet, String dataElement) {}

    /** A unit (P-code, name) that is an organisation unit of DHIS2. */
    public record OrgUnitLink(String pcode, String name, String orgUnit) {}

    /**
     * The whole mapping, for the admin page and the API; {@code unsent}: indicators mapped to a data element before
     * data sets were (no data set, no period type), no longer sent until mapped again.
     */
    public record Mapping(List<ElementLink> dataElements, List<OrgUnitLink> orgUnits, List<String> unsent) {

        /** The keys of every indicator, mapped or not, for choosing one. */
        public List<String> indicators() {
            return IndicatorCatalog.all().stream()
                    .map(IndicatorCatalog.Indicator::key)
                    .toList();
        }
    }

    /** A change: the DHIS2 identifier to map to. */
    public record Target(String uid) {}

    /** An indicator's destination: the data element, its data set and the data set's period type. */
    public record ElementTarget(String uid, String dataSet, String periodType) {}

    /** An organisation unit as DHIS2's {@code /api/organisationUnits?fields=id,code,name,level} lists it. */
    public record OrgUnit(String id, String code, String name, Integer level) implements java.io.Serializable {}

    /**
     * What mapping by code did: DHIS2's organisation units read, places newly mapped, places mapped to another one
     * before and now to the one of their code, places already so; the organisation units whose code names no place
     * (listed, at most 500) and those without a code.
     */
    public record CodeMatch(
            int orgUnits,
            int mapped,
            int changed,
            int unchanged,
            int unmatchedCount,
            List<OrgUnit> unmatched,
            int withoutCode)
            implements java.io.Serializable {}

    private final JdbcClient jdbc;
    private final Geography geography;
    private final AuditTrail audit;

    Dhis2Mappings(JdbcClient jdbc, Geography geography, AuditTrail audit) {
        this.jdbc = jdbc;
        this.geography = geography;
        this.audit = audit;
    }

    public Mapping mapping(String language) {
        List<ElementLink> elements = jdbc.sql("select indicator, period_type, data_set, data_element"
                        + " from insight_dhis2_data_set_element order by indicator, period_type")
                .query((rs, i) -> new ElementLink(
                        rs.getString(1), Dhis2PeriodType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)))
                .list();
        List<String> unsent = jdbc.sql("select indicator from insight_dhis2_element e where not exists (select 1 from"
                        + " insight_dhis2_data_set_element d where d.indicator = e.indicator) order by indicator")
                .query(String.class)
                .list();
        Map<UUID, String> orgUnits = new LinkedHashMap<>();
        jdbc.sql("select unit_id, org_unit from insight_dhis2_org_unit")
                .query((rs, i) -> orgUnits.put(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        List<OrgUnitLink> links = new ArrayList<>();
        Map<UUID, UnitRef> units = geography.byIds(orgUnits.keySet(), language);
        orgUnits.forEach((id, uid) -> {
            UnitRef unit = units.get(id);
            if (unit != null) {
                links.add(new OrgUnitLink(unit.pcode(), unit.name(), uid));
            }
        });
        links.sort((a, b) -> a.pcode().compareTo(b.pcode()));
        return new Mapping(elements, links, unsent);
    }

    @Transactional
    public void mapIndicator(String indicator, String periodType, String dataSet, String dataElement) {
        String key = indicator == null ? "" : indicator.trim();
        String uid = dataElement == null ? "" : dataElement.trim();
        String set = dataSet == null ? "" : dataSet.trim();
        Optional<Dhis2PeriodType> type = Dhis2PeriodType.parse(periodType);
        List<FieldProblem> problems = new ArrayList<>();
        if (IndicatorCatalog.find(key).isEmpty()) {
            problems.add(new FieldProblem("indicator", "insights.dhis2.indicator.invalid"));
        }
        if (!UID.matcher(uid).matches()) {
            problems.add(new FieldProblem("uid", "insights.dhis2.uid.invalid"));
        }
        if (!UID.matcher(set).matches()) {
            problems.add(new FieldProblem("dataSet", "insights.dhis2.uid.invalid"));
        }
        if (type.isEmpty()) {
            problems.add(new FieldProblem("periodType", "insights.dhis2.periodType.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("delete from insight_dhis2_data_set_element where indicator = ? and period_type = ?")
                .params(key, type.get().name())
                .update();
        jdbc.sql("insert into insight_dhis2_data_set_element (indicator, period_type, data_set, data_element,"
                        + " updated_by, updated_at) values (?, ?, ?, ?, ?, ?)")
                .params(key, type.get().name(), set, uid, CurrentUser.name(), Timestamp.from(Instant.now()))
                .update();
        audit.record(
                "DHIS2_MAPPING_CHANGED",
                "dhis2-data-element",
                key,
                null,
                null,
                key + " " + type.get() + " -> " + set + "/" + uid);
    }

    /** Stops sending an indicator in one period type, or in every one (with the mapping made before data sets). */
    @Transactional
    public void unmapIndicator(String indicator, String periodType) {
        Optional<Dhis2PeriodType> type = Dhis2PeriodType.parse(periodType);
        if (periodType != null && !periodType.isBlank() && type.isEmpty()) {
            throw new InvalidInputException(
                    List.of(new FieldProblem("periodType", "insights.dhis2.periodType.invalid")));
        }
        int removed = type.isPresent()
                ? jdbc.sql("delete from insight_dhis2_data_set_element where indicator = ? and period_type = ?")
                        .params(indicator, type.get().name())
                        .update()
                : jdbc.sql("delete from insight_dhis2_data_set_element where indicator = ?")
                                .param(indicator)
                                .update()
                        + jdbc.sql("delete from insight_dhis2_element where indicator = ?")
                                .param(indicator)
                                .update();
        if (removed > 0) {
            audit.record(
                    "DHIS2_MAPPING_CHANGED",
                    "dhis2-data-element",
                    indicator,
                    null,
                    null,
                    indicator + type.map(t -> " " + t).orElse("") + " removed");
        }
    }

    @Transactional
    public void mapUnit(String pcode, String orgUnit) {
        UnitView unit = geography.get(pcode, "en");
        String uid = orgUnit == null ? "" : orgUnit.trim();
        if (!UID.matcher(uid).matches()) {
            throw new InvalidInputException(List.of(new FieldProblem("uid", "insights.dhis2.uid.invalid")));
        }
        jdbc.sql("delete from insight_dhis2_org_unit where unit_id = ?")
                .param(unit.id())
                .update();
        jdbc.sql("insert into insight_dhis2_org_unit (unit_id, org_unit, updated_by, updated_at) values (?, ?, ?, ?)")
                .params(unit.id(), uid, CurrentUser.name(), Timestamp.from(Instant.now()))
                .update();
        audit.record("DHIS2_MAPPING_CHANGED", "dhis2-org-unit", unit.pcode(), unit.id(), unit.path(), "-> " + uid);
    }

    @Transactional
    public void unmapUnit(String pcode) {
        UnitView unit = geography.get(pcode, "en");
        int removed = jdbc.sql("delete from insight_dhis2_org_unit where unit_id = ?")
                .param(unit.id())
                .update();
        if (removed > 0) {
            audit.record("DHIS2_MAPPING_CHANGED", "dhis2-org-unit", unit.pcode(), unit.id(), unit.path(), "removed");
        }
    }

    /** Indicator → data set and data element of one period type, for building data value sets (no permission). */
    @PreAuthorize("permitAll()")
    public Map<String, Destination> destinations(Dhis2PeriodType periodType) {
        Map<String, Destination> destinations = new HashMap<>();
        jdbc.sql("select indicator, data_set, data_element from insight_dhis2_data_set_element where period_type = ?")
                .param(periodType.name())
                .query((rs, i) -> destinations.put(rs.getString(1), new Destination(rs.getString(2), rs.getString(3))))
                .list();
        return destinations;
    }

    /**
     * Maps every place whose P-code is the code of one of these organisation units (trimmed, case folded) to it, in
     * one transaction and one audit record; the organisation units whose code names no place are listed.
     */
    @Transactional
    public CodeMatch mapByCode(List<OrgUnit> orgUnits) {
        List<OrgUnit> coded = new ArrayList<>();
        int withoutCode = 0;
        for (OrgUnit o : orgUnits) {
            if (o.code() == null
                    || o.code().isBlank()
                    || o.id() == null
                    || !UID.matcher(o.id()).matches()) {
                withoutCode++;
            } else {
                coded.add(o);
            }
        }
        Map<String, UnitDirectory.Place> places =
                geography.byPcodes(coded.stream().map(OrgUnit::code).toList());
        Map<UUID, String> current =
                orgUnits(places.values().stream().map(UnitDirectory.Place::id).toList());
        int mapped = 0;
        int changed = 0;
        int unchanged = 0;
        List<OrgUnit> unmatched = new ArrayList<>();
        int unmatchedCount = 0;
        Set<UUID> done = new HashSet<>();
        String by = CurrentUser.name();
        Timestamp now = Timestamp.from(Instant.now());
        for (OrgUnit o : coded) {
            UnitDirectory.Place place = places.get(o.code().trim().toUpperCase(Locale.ROOT));
            if (place == null) {
                unmatchedCount++;
                if (unmatched.size() < 500) {
                    unmatched.add(o);
                }
                continue;
            }
            if (!done.add(place.id())) {
                continue;
            }
            String before = current.get(place.id());
            if (o.id().equals(before)) {
                unchanged++;
                continue;
            }
            if (before == null) {
                mapped++;
            } else {
                changed++;
                jdbc.sql("delete from insight_dhis2_org_unit where unit_id = ?")
                        .param(place.id())
                        .update();
            }
            jdbc.sql("insert into insight_dhis2_org_unit (unit_id, org_unit, updated_by, updated_at)"
                            + " values (?, ?, ?, ?)")
                    .params(place.id(), o.id(), by, now)
                    .update();
        }
        audit.record(
                "DHIS2_MAPPING_CHANGED",
                "dhis2-org-unit",
                "by-code",
                null,
                null,
                "by code: " + mapped + " mapped, " + changed + " changed, " + unchanged + " unchanged, "
                        + unmatchedCount + " unmatched");
        return new CodeMatch(orgUnits.size(), mapped, changed, unchanged, unmatchedCount, unmatched, withoutCode);
    }

    /** Unit id → organisation unit, for those of these units that are mapped. */
    @PreAuthorize("permitAll()")
    public Map<UUID, String> orgUnits(Collection<UUID> unitIds) {
        Map<UUID, String> orgUnits = new HashMap<>();
        if (!unitIds.isEmpty()) {
            jdbc.sql("select unit_id, org_unit from insight_dhis2_org_unit where unit_id in (:ids)")
                    .param("ids", unitIds)
                    .query((rs, i) -> orgUnits.put(rs.getObject(1, UUID.class), rs.getString(2)))
                    .list();
        }
        return orgUnits;
    }
}
