package org.harambee.insights;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitRef;
import org.harambee.geography.UnitView;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The children of a unit as GeoJSON for the dashboard's map, each carrying every indicator's value, its display text
 * and whether it is hidden, so that the page recolours the map for another indicator without asking again. Geometry
 * is copied as stored, as the geography module does.
 */
@Component
class InsightsMap {

    private final Geography geography;
    private final JsonMapper json;

    InsightsMap(Geography geography, JsonMapper json) {
        this.geography = geography;
        this.json = json;
    }

    String geoJson(UnitView unit, InsightsSnapshot snapshot, DashboardView view, Period period, Locale locale) {
        Map<String, InsightsSnapshot.Child> byPcode = new LinkedHashMap<>();
        snapshot.children().forEach(c -> byPcode.put(c.unit().pcode(), c));
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        String outline = geography.boundary(unit).orElse(null);
        if (outline != null) {
            feature(sb, Map.of("role", "outline"), outline);
            first = false;
        }
        for (Map.Entry<UnitRef, String> child : geography.childBoundaries(unit, locale.getLanguage())) {
            InsightsSnapshot.Child figures = byPcode.get(child.getKey().pcode());
            if (figures == null) {
                continue;
            }
            if (!first) {
                sb.append(',');
            }
            feature(sb, properties(figures, view, period), child.getValue());
            first = false;
        }
        return sb.append("]}").toString();
    }

    private Map<String, Object> properties(InsightsSnapshot.Child child, DashboardView view, Period period) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("role", "child");
        props.put("pcode", child.unit().pcode());
        props.put("name", child.unit().name());
        Map<String, Object> values = new LinkedHashMap<>();
        for (InsightsSnapshot.Figure f : child.figures()) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("value", f.value());
            value.put("text", view.display(f));
            value.put("suppressed", f.suppressed());
            value.put("hidden", view.reason(f));
            values.put(f.key(), value);
        }
        props.put("figures", values);
        return props;
    }

    private void feature(StringBuilder sb, Map<String, Object> props, String geometry) {
        sb.append("{\"type\":\"Feature\",\"properties\":")
                .append(json.writeValueAsString(props))
                .append(",\"geometry\":")
                .append(geometry)
                .append('}');
    }
}
