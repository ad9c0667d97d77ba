package org.harambee.communities.plans;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.access.AuditTrail;
import org.harambee.communities.internal.Choices;
import org.harambee.communities.internal.RecordFilters;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitRef;
import org.harambee.system.ExportFormat;
import org.harambee.system.RecordExports;
import org.harambee.system.RecordStreams;
import org.harambee.system.ResultPage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The harms communities of the reader's area selected ({@code VIEW_PROGRAMME}, as a community's page shows them), as a
 * list and as a file: community, place, harm in the reader's language, the day and the groups consulted (never the
 * note). The file is the list's every row, places asked once a batch, audited with the filters and the row count.
 */
@Service
@Transactional(readOnly = true)
class HarmSelectionLists {

    static final List<String> HEADER = List.of(
            "lists.community",
            "communities.export.pcode",
            "communities.export.place",
            "harms.harm",
            "harms.selectedOn",
            "harms.groups");

    /** A harm selection in a list. */
    record SelectionLine(
            UUID id,
            UUID communityId,
            String communityName,
            String pcode,
            String place,
            String harm,
            String harmName,
            LocalDate selectedOn,
            List<String> groupsConsulted) {}

    private final PlanListings listings;
    private final RecordFilters filters;
    private final Choices choices;
    private final Geography geography;
    private final RecordStreams streams;
    private final RecordExports exports;
    private final AuditTrail audit;

    HarmSelectionLists(
            PlanListings listings,
            RecordFilters filters,
            Choices choices,
            Geography geography,
            RecordStreams streams,
            RecordExports exports,
            AuditTrail audit) {
        this.listings = listings;
        this.filters = filters;
        this.choices = choices;
        this.geography = geography;
        this.streams = streams;
        this.exports = exports;
        this.audit = audit;
    }

    /** The filters asked for, checked: {@code code} is a harm of the list (field {@code harm}). */
    RecordFilters.Filter filter(RecordFilters.Asked asked) {
        return filters.filter(
                asked,
                "harm",
                choices.names(Choices.HARM, "en").keySet(),
                "harms.harm.invalid",
                PlanListings.SELECTION_SORTS,
                "date");
    }

    ResultPage<SelectionLine> list(RecordFilters.Filter filter, int page, int size, String language) {
        List<PlanListings.SelectionLine> lines = listings.selections(filter, page, size);
        Map<String, String> harms = choices.names(Choices.HARM, language);
        Map<UUID, UnitRef> places = places(lines, language);
        return new ResultPage<>(
                lines.stream().map(l -> line(l, places.get(l.unitId()), harms)).toList(),
                page,
                size,
                listings.countSelections(filter));
    }

    void write(RecordFilters.Filter filter, ExportFormat format, HttpServletResponse response) throws IOException {
        String language = LocaleContextHolder.getLocale().getLanguage();
        Map<String, String> harms = choices.names(Choices.HARM, language);
        Function<Object, String> groups = exports.labels("harms.group.");
        long[] rows = {0};
        exports.write(
                response,
                format,
                "harm-selections",
                HEADER,
                sheet -> listings.eachSelection(filter, streams, batch -> {
                    Map<UUID, UnitRef> places = places(batch, language);
                    for (PlanListings.SelectionLine l : batch) {
                        SelectionLine line = line(l, places.get(l.unitId()), harms);
                        sheet.row(
                                line.communityName(),
                                line.pcode(),
                                line.place(),
                                line.harmName(),
                                line.selectedOn().toString(),
                                line.groupsConsulted().stream().map(groups).collect(Collectors.joining(" · ")));
                    }
                    rows[0] += batch.size();
                }));
        audit.record(
                "HARM_SELECTIONS_EXPORTED",
                "harm-selection-list",
                filter.unit(),
                null,
                filter.areaPath(),
                format.extension() + " " + filter.described("harm") + " " + rows[0] + " row(s)");
    }

    private Map<UUID, UnitRef> places(List<PlanListings.SelectionLine> lines, String language) {
        return geography.byIds(
                lines.stream().map(PlanListings.SelectionLine::unitId).collect(Collectors.toSet()), language);
    }

    private static SelectionLine line(PlanListings.SelectionLine l, UnitRef place, Map<String, String> harms) {
        return new SelectionLine(
                l.id(),
                l.communityId(),
                l.communityName(),
                place == null ? null : place.pcode(),
                place == null ? null : place.name(),
                l.harm(),
                harms.getOrDefault(l.harm(), l.harm()),
                l.selectedOn(),
                Arrays.asList(l.groupsConsulted().split(",")));
    }
}
