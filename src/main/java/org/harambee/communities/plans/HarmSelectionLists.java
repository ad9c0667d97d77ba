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
import org.harambee.communities.internal.Choices;
import org.harambee.communities.internal.RecordFilters;
import org.harambee.communities.internal.RecordLists;
import org.harambee.geography.UnitRef;
import org.harambee.system.ExportFormat;
import org.harambee.system.RecordExports;
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
    private final RecordLists lists;
    private final Choices choices;
    private final RecordExports exports;

    HarmSelectionLists(
            PlanListings listings, RecordFilters filters, RecordLists lists, Choices choices, RecordExports exports) {
        this.listings = listings;
        this.filters = filters;
        this.lists = lists;
        this.choices = choices;
        this.exports = exports;
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
        Map<String, String> harms = choices.names(Choices.HARM, language);
        return lists.page(
                listings.selections(filter, page, size),
                PlanListings.SelectionLine::unitId,
                (l, place) -> line(l, place, harms),
                page,
                size,
                listings.countSelections(filter),
                language);
    }

    void write(RecordFilters.Filter filter, ExportFormat format, HttpServletResponse response) throws IOException {
        String language = LocaleContextHolder.getLocale().getLanguage();
        Map<String, String> harms = choices.names(Choices.HARM, language);
        Function<Object, String> groups = exports.labels("harms.group.");
        lists.export(
                filter,
                format,
                response,
                "harm-selections",
                HEADER,
                (streams, batch) -> listings.eachSelection(filter, streams, batch),
                PlanListings.SelectionLine::unitId,
                (l, place) -> {
                    SelectionLine line = line(l, place, harms);
                    return new Object[] {
                        line.communityName(),
                        line.pcode(),
                        line.place(),
                        line.harmName(),
                        line.selectedOn().toString(),
                        line.groupsConsulted().stream().map(groups).collect(Collectors.joining(" · "))
                    };
                },
                language,
                new RecordLists.Exported("HARM_SELECTIONS_EXPORTED", "harm-selection-list", "harm"));
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
