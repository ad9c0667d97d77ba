package org.harambee.communities.meetings;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
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
    private final Choices choices;
    private final Geography geography;
    private final RecordStreams streams;
    private final RecordExports exports;
    private final AuditTrail audit;

    MeetingLists(
            MeetingListings listings,
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
        List<MeetingListings.Line> lines = listings.list(filter, page, size);
        Map<String, String> types = choices.names(Choices.MEETING_TYPE, language);
        Map<UUID, UnitRef> places = places(lines, language);
        return new ResultPage<>(
                lines.stream().map(l -> line(l, places.get(l.unitId()), types)).toList(),
                page,
                size,
                listings.count(filter));
    }

    void write(RecordFilters.Filter filter, ExportFormat format, HttpServletResponse response) throws IOException {
        String language = LocaleContextHolder.getLocale().getLanguage();
        Map<String, String> types = choices.names(Choices.MEETING_TYPE, language);
        Function<Object, String> facilitation = exports.labels("meetings.facilitation.");
        long[] rows = {0};
        exports.write(
                response,
                format,
                "meetings",
                HEADER,
                sheet -> listings.each(filter, streams, batch -> {
                    Map<UUID, UnitRef> places = places(batch, language);
                    for (MeetingListings.Line l : batch) {
                        MeetingLine line = line(l, places.get(l.unitId()), types);
                        sheet.row(
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
                                facilitation.apply(line.facilitation()));
                    }
                    rows[0] += batch.size();
                }));
        audit.record(
                "COMMUNITY_MEETINGS_EXPORTED",
                "meeting-list",
                filter.unit(),
                null,
                filter.areaPath(),
                format.extension() + " " + filter.described("type") + " " + rows[0] + " row(s)");
    }

    private Map<UUID, UnitRef> places(List<MeetingListings.Line> lines, String language) {
        return geography.byIds(lines.stream().map(MeetingListings.Line::unitId).collect(Collectors.toSet()), language);
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
