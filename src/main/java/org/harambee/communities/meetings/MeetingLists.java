package org.harambee.communities.meetings;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
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
 * The meetings of the reader's area ({@code VIEW_PROGRAMME}, as a community's page shows them) as a list and as a file:
 * community, place, day, type and attendance counts (never a name, never the decisions' text). The file is the list's
 * every row, places asked once a batch, audited with the filters and the row count.
 */
@Service
@Transactional(readOnly = true)
class MeetingLists {

    static final List<String> HEADER = List.of(
            "lists.community",
            "communities.export.pcode",
            "communities.export.place",
            "meetings.heldOn",
            "meetings.type",
            "meetings.girls",
            "meetings.boys",
            "meetings.women",
            "meetings.men",
            "meetings.total",
            "meetings.facilitation");

    /** A meeting in a list: its community and place, the day, the type in the reader's language and the counts. */
    record MeetingLine(
            UUID id,
            UUID communityId,
            String communityName,
            String pcode,
            String place,
            LocalDate heldOn,
            String type,
            String typeName,
            int girls,
            int boys,
            int women,
            int men,
            int total,
            String facilitation) {}

    private final MeetingListings listings;
    private final RecordFilters filters;
    private final RecordLists lists;
    private final Choices choices;
    private final RecordExports exports;

    MeetingLists(
            MeetingListings listings,
            RecordFilters filters,
            RecordLists lists,
            Choices choices,
            RecordExports exports) {
        this.listings = listings;
        this.filters = filters;
        this.lists = lists;
        this.choices = choices;
        this.exports = exports;
    }

    /** The filters asked for, checked: {@code code} is a meeting type (field {@code type}). */
    RecordFilters.Filter filter(RecordFilters.Asked asked) {
        return filters.filter(
                asked,
                "type",
                choices.names(Choices.MEETING_TYPE, "en").keySet(),
                "meetings.type.invalid",
                MeetingListings.SORTS,
                MeetingListings.DEFAULT_SORT);
    }

    ResultPage<MeetingLine> list(RecordFilters.Filter filter, int page, int size, String language) {
        Map<String, String> types = choices.names(Choices.MEETING_TYPE, language);
        return lists.page(
                listings.list(filter, page, size),
                MeetingListings.Line::unitId,
                (l, place) -> line(l, place, types),
                page,
                size,
                listings.count(filter),
                language);
    }

    void write(RecordFilters.Filter filter, ExportFormat format, HttpServletResponse response) throws IOException {
        String language = LocaleContextHolder.getLocale().getLanguage();
        Map<String, String> types = choices.names(Choices.MEETING_TYPE, language);
        Function<Object, String> facilitation = exports.labels("meetings.facilitation.");
        lists.export(
                filter,
                format,
                response,
                "meetings",
                HEADER,
                (streams, batch) -> listings.each(filter, streams, batch),
                MeetingListings.Line::unitId,
                (l, place) -> {
                    MeetingLine line = line(l, place, types);
                    return new Object[] {
                        line.communityName(),
                        line.pcode(),
                        line.place(),
                        line.heldOn().toString(),
                        line.typeName(),
                        line.girls(),
                        line.boys(),
                        line.women(),
                        line.men(),
                        line.total(),
                        facilitation.apply(line.facilitation())
                    };
                },
                language,
                new RecordLists.Exported("COMMUNITY_MEETINGS_EXPORTED", "meeting-list", "type"));
    }

    private static MeetingLine line(MeetingListings.Line l, UnitRef place, Map<String, String> types) {
        return new MeetingLine(
                l.id(),
                l.communityId(),
                l.communityName(),
                place == null ? null : place.pcode(),
                place == null ? null : place.name(),
                l.heldOn(),
                l.meetingType(),
                types.getOrDefault(l.meetingType(), l.meetingType()),
                l.girls(),
                l.boys(),
                l.women(),
                l.men(),
                l.girls() + l.boys() + l.women() + l.men(),
                l.facilitation());
    }
}
