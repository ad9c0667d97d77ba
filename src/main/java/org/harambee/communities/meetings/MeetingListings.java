package org.harambee.communities.meetings;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.harambee.communities.internal.RecordFilters;
import org.harambee.system.RecordStreams;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Meetings of many communities at once, each with its community: inside an area, a place, a community, a day range and
 * a type, in a whitelisted order; paged for a page, in batches for a file. Never the decisions' text.
 */
@Repository
class MeetingListings {

    /** A meeting as a list shows it: counts only, and the community it belongs to. */
    record Line(
            UUID id,
            UUID communityId,
            String communityName,
            UUID unitId,
            LocalDate heldOn,
            String meetingType,
            int girls,
            int boys,
            int women,
            int men,
            String facilitation) {}

    /** The orders a list may take, by the name a request gives: the latest meeting first unless asked. */
    static final Map<String, String> SORTS = Map.of(
            "date", "m.held_on desc, m.created_at desc, m.id",
            "community", "c.search_name, c.id, m.held_on desc, m.id");

    static final String DEFAULT_SORT = "date";

    private static final String SELECT = "select m.id, m.community_id, c.name as community_name, c.unit_id,"
            + " m.held_on, m.meeting_type, m.girls, m.boys, m.women, m.men, m.facilitation"
            + " from community_meeting m join community c on c.id = m.community_id where ";

    private static final RowMapper<Line> LINE = new DataClassRowMapper<>(Line.class);

    private final JdbcClient jdbc;

    MeetingListings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Line> list(RecordFilters.Filter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql(SELECT + where(filter, params) + " order by " + SORTS.get(filter.sort())
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(LINE)
                .list();
    }

    long count(RecordFilters.Filter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from community_meeting m join community c on c.id = m.community_id where "
                        + where(filter, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Every meeting of the list, in its order, in batches (see {@link RecordStreams#inBatches}). */
    void each(RecordFilters.Filter filter, RecordStreams streams, Consumer<List<Line>> batch) {
        Map<String, Object> params = new HashMap<>();
        streams.inBatches(
                SELECT + where(filter, params) + " order by " + SORTS.get(filter.sort()), params, LINE, batch);
    }

    private static String where(RecordFilters.Filter filter, Map<String, Object> params) {
        return filter.where("m.held_on", "m.meeting_type", params);
    }
}
