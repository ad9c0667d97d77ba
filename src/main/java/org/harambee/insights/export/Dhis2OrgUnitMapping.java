package org.harambee.insights.export;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.UnitDirectory;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitRef;
import org.harambee.geography.UnitView;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which DHIS2 organisation unit each unit is: set one by one, or all at once by matching P-codes to the codes of the
 * DHIS2 server's organisation units. Only mapped units leave for DHIS2. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
public class Dhis2OrgUnitMapping {

    /** A unit (P-code, name) that is an organisation unit of DHIS2. */
    public record OrgUnitLink(String pcode, String name, String orgUnit) {}

    /** A change: the DHIS2 identifier to map to. */
    public record Target(String uid) {}

    /** An organisation unit as DHIS2's {@code /api/organisationUnits?fields=id,code,name,level} lists it. */
    public record OrgUnit(String id, String code, String name, Integer level) implements Serializable {}

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
            implements Serializable {}

    private final JdbcClient jdbc;
    private final Geography geography;
    private final AuditTrail audit;

    Dhis2OrgUnitMapping(JdbcClient jdbc, Geography geography, AuditTrail audit) {
        this.jdbc = jdbc;
        this.geography = geography;
        this.audit = audit;
    }

    /** Every mapped unit, by P-code, named in {@code language}. */
    List<OrgUnitLink> links(String language) {
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
        links.sort(Comparator.comparing(OrgUnitLink::pcode));
        return links;
    }

    @Transactional
    public void mapUnit(String pcode, String orgUnit) {
        UnitView unit = geography.get(pcode, "en");
        String uid = orgUnit == null ? "" : orgUnit.trim();
        if (!Dhis2Mappings.UID.matcher(uid).matches()) {
            throw new InvalidInputException(List.of(new FieldProblem("uid", "insights.dhis2.uid.invalid")));
        }
        delete(unit.id());
        insert(unit.id(), uid, CurrentUser.name(), Timestamp.from(Instant.now()));
        audit.record("DHIS2_MAPPING_CHANGED", "dhis2-org-unit", unit.pcode(), unit.id(), unit.path(), "-> " + uid);
    }

    @Transactional
    public void unmapUnit(String pcode) {
        UnitView unit = geography.get(pcode, "en");
        if (delete(unit.id()) > 0) {
            audit.record("DHIS2_MAPPING_CHANGED", "dhis2-org-unit", unit.pcode(), unit.id(), unit.path(), "removed");
        }
    }

    /**
     * Maps every place whose P-code is the code of one of these organisation units (trimmed, case folded) to it, in
     * one transaction and one audit record; the organisation units whose code names no place are listed.
     */
    @Transactional
    public CodeMatch mapByCode(List<OrgUnit> orgUnits) {
        List<OrgUnit> coded = orgUnits.stream()
                .filter(o -> o.code() != null
                        && !o.code().isBlank()
                        && o.id() != null
                        && Dhis2Mappings.UID.matcher(o.id()).matches())
                .toList();
        int withoutCode = orgUnits.size() - coded.size();
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
                delete(place.id());
            }
            insert(place.id(), o.id(), by, now);
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

    private int delete(UUID unit) {
        return jdbc.sql("delete from insight_dhis2_org_unit where unit_id = ?")
                .param(unit)
                .update();
    }

    private void insert(UUID unit, String orgUnit, String by, Timestamp at) {
        jdbc.sql("insert into insight_dhis2_org_unit (unit_id, org_unit, updated_by, updated_at) values (?, ?, ?, ?)")
                .params(unit, orgUnit, by, at)
                .update();
    }
}
