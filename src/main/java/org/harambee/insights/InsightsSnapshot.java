package org.harambee.insights;

import java.util.List;
import java.util.UUID;

/**
 * A unit's indicators for one period beside its children's, as its reader may see them: {@code exact} false means
 * small cells (below {@code threshold}) and their complements are hidden, their figures null and flagged.
 */
public record InsightsSnapshot(
        Place unit, Period period, boolean exact, int threshold, List<Figure> figures, List<Child> children) {

    /** A unit the figures are of. */
    public record Place(UUID id, String pcode, String name, int level) {}

    /**
     * One indicator's figure: for a share, value = numerator ÷ denominator in percent; for a count, the value alone;
     * for a median, the value in weeks and the denominator the count it is the median of. Null when hidden or when
     * there is nothing to divide by; {@code hidden} names the hidden count that makes it suppressed.
     */
    public record Figure(
            String key,
            IndicatorCatalog.Group group,
            IndicatorCatalog.Kind kind,
            Long numerator,
            Long denominator,
            Double value,
            boolean suppressed,
            Measure hidden) {}

    /** A child unit and its figures, in the order of the catalog. */
    public record Child(Place unit, List<Figure> figures) {

        public Figure figure(String key) {
            return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
        }
    }

    public Figure figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
    }

    /** The unit's figures of one RE-AIM group. */
    public List<Figure> group(IndicatorCatalog.Group group) {
        return figures.stream().filter(f -> f.group() == group).toList();
    }
}
