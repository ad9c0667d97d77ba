package org.harambee.insights.export;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.harambee.access.AuditTrail;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitRef;
import org.harambee.geography.UnitView;
import org.harambee.insights.IndicatorCatalog;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which DHIS2 data element each indicator is sent to, and which DHIS2 organisation unit each unit is. Only mapped
 * indicators of mapped units leave for DHIS2. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
public class Dhis2Mappings {

    /** A DHIS2 identifier: eleven letters and digits, starting with a letter. */
    public static final Pattern UID = Pattern.compile("^[A-Za-z][A-Za-z0-9]{10}$");

    /** An indicator sent to a data element. */
    public record ElementLink(String indicator, String dataElement) {}

    /** A unit (P-code, name) that is an organisation unit of DHIS2. */
    public record OrgUnitLink(String pcode, String name, String orgUnit) {}

    /** The whole mapping, for the admin page and the API. */
    public record Mapping(List<ElementLink> dataElements, List<OrgUnitLink> orgUnits) {

        /** The keys of every indicator, mapped or not, for choosing one. */
        public List<String> indicators() {
            return IndicatorCatalog.all().stream()
                    .map(IndicatorCatalog.Indicator::key)
                    .toList();
        }
    }

    /** A change: the DHIS2 identifier to map to. */
    public record Target(String uid) {}

    private final JdbcClient jdbc;
    private final Geography geography;
    private final AuditTrail audit;

    Dhis2Mappings(JdbcClient jdbc, Geography geography, AuditTrail audit) {
        this.jdbc = jdbc;
        this.geography = geography;
        this.audit = audit;
    }

    public Mapping mapping(String language) {
        List<ElementLink> elements = jdbc.sql(
                        "select indicator, data_element from insight_dhis2_element order by indicator")
                .query((rs, i) -> new ElementLink(rs.getString(1), rs.getString(2)))
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
        return new Mapping(elements, links);
    }

    @Transactional
    public void mapIndicator(String indicator, String dataElement) {
        String key = indicator == null ? "" : indicator.trim();
        String uid = dataElement == null ? "" : dataElement.trim();
        List<FieldProblem> problems = new ArrayList<>();
        if (IndicatorCatalog.find(key).isEmpty()) {
            problems.add(new FieldProblem("indicator", "insights.dhis2.indicator.invalid"));
        }
        if (!UID.matcher(uid).matches()) {
            problems.add(new FieldProblem("uid", "insights.dhis2.uid.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("delete from insight_dhis2_element where indicator = ?")
                .param(key)
                .update();
        jdbc.sql(
                        "insert into insight_dhis2_element (indicator, data_element, updated_by, updated_at) values (?, ?, ?, ?)")
                .params(key, uid, actor(), Timestamp.from(Instant.now()))
                .update();
        audit.record("DHIS2_MAPPING_CHANGED", "dhis2-data-element", key, null, null, key + " -> " + uid);
    }

    @Transactional
    public void unmapIndicator(String indicator) {
        int removed = jdbc.sql("delete from insight_dhis2_element where indicator = ?")
                .param(indicator)
                .update();
        if (removed > 0) {
            audit.record("DHIS2_MAPPING_CHANGED", "dhis2-data-element", indicator, null, null, indicator + " removed");
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
                .params(unit.id(), uid, actor(), Timestamp.from(Instant.now()))
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

    /** Indicator → data element, for building a data value set (no permission needed to read it). */
    @PreAuthorize("permitAll()")
    public Map<String, String> dataElements() {
        Map<String, String> elements = new HashMap<>();
        jdbc.sql("select indicator, data_element from insight_dhis2_element")
                .query((rs, i) -> elements.put(rs.getString(1), rs.getString(2)))
                .list();
        return elements;
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

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
