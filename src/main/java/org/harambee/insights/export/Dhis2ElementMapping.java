package org.harambee.insights.export;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.insights.IndicatorCatalog;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which DHIS2 data element of which data set each indicator is sent to, per period type of the data set (DHIS2 takes
 * a value only in its data set's period type). Only mapped indicators leave for DHIS2. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
public class Dhis2ElementMapping {

    /** An indicator sent, in one period type, to a data element of a data set of that period type. */
    public record ElementLink(String indicator, Dhis2PeriodType periodType, String dataSet, String dataElement) {}

    /** Where an indicator's values of one period type go. */
    public record Destination(String dataSet, String dataElement) {}

    /** An indicator's destination: the data element, its data set and the data set's period type. */
    public record ElementTarget(String uid, String dataSet, String periodType) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Dhis2ElementMapping(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    List<ElementLink> links() {
        return jdbc.sql("select indicator, period_type, data_set, data_element"
                        + " from insight_dhis2_data_set_element order by indicator, period_type")
                .query((rs, i) -> new ElementLink(
                        rs.getString(1), Dhis2PeriodType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Indicators mapped to a data element before data sets were (no data set, no period type), no longer sent. */
    List<String> unsent() {
        return jdbc.sql("select indicator from insight_dhis2_element e where not exists (select 1 from"
                        + " insight_dhis2_data_set_element d where d.indicator = e.indicator) order by indicator")
                .query(String.class)
                .list();
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
        if (!Dhis2Mappings.UID.matcher(uid).matches()) {
            problems.add(new FieldProblem("uid", "insights.dhis2.uid.invalid"));
        }
        if (!Dhis2Mappings.UID.matcher(set).matches()) {
            problems.add(new FieldProblem("dataSet", "insights.dhis2.uid.invalid"));
        }
        if (type.isEmpty()) {
            problems.add(new FieldProblem("periodType", "insights.dhis2.periodType.invalid"));
        }
        Inputs.refuseIfAny(problems);
        delete(key, type.get());
        jdbc.sql("insert into insight_dhis2_data_set_element (indicator, period_type, data_set, data_element,"
                        + " updated_by, updated_at) values (?, ?, ?, ?, ?, ?)")
                .params(key, type.get().name(), set, uid, CurrentUser.name(), Timestamp.from(Instant.now()))
                .update();
        audited(key, key + " " + type.get() + " -> " + set + "/" + uid);
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
                ? delete(indicator, type.get())
                : jdbc.sql("delete from insight_dhis2_data_set_element where indicator = ?")
                                .param(indicator)
                                .update()
                        + jdbc.sql("delete from insight_dhis2_element where indicator = ?")
                                .param(indicator)
                                .update();
        if (removed > 0) {
            audited(indicator, indicator + type.map(t -> " " + t).orElse("") + " removed");
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

    private int delete(String indicator, Dhis2PeriodType type) {
        return jdbc.sql("delete from insight_dhis2_data_set_element where indicator = ? and period_type = ?")
                .params(indicator, type.name())
                .update();
    }

    private void audited(String indicator, String detail) {
        audit.record("DHIS2_MAPPING_CHANGED", "dhis2-data-element", indicator, null, null, detail);
    }
}
