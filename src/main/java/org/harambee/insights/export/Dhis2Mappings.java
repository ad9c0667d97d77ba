package org.harambee.insights.export;

import java.util.List;
import java.util.regex.Pattern;
import org.harambee.insights.IndicatorCatalog;
import org.harambee.insights.export.Dhis2ElementMapping.ElementLink;
import org.harambee.insights.export.Dhis2OrgUnitMapping.OrgUnitLink;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole mapping to DHIS2, as the admin page and the API show it: which data element of which data set each
 * indicator is sent to, per period type ({@link Dhis2ElementMapping}), and which DHIS2 organisation unit each unit is
 * ({@link Dhis2OrgUnitMapping}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
public class Dhis2Mappings {

    /** A DHIS2 identifier: eleven letters and digits, starting with a letter. */
    public static final Pattern UID = Pattern.compile("^[A-Za-z][A-Za-z0-9]{10}$");

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

    private final Dhis2ElementMapping elements;
    private final Dhis2OrgUnitMapping orgUnits;

    Dhis2Mappings(Dhis2ElementMapping elements, Dhis2OrgUnitMapping orgUnits) {
        this.elements = elements;
        this.orgUnits = orgUnits;
    }

    public Mapping mapping(String language) {
        return new Mapping(elements.links(), orgUnits.links(language), elements.unsent());
    }
}
