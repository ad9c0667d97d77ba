package org.harambee.communities.plans;

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
 * Harm selections and actions of many communities at once, each with its community: inside an area, a place, a
 * community, a day range and a code (the harm, the action's status), in a whitelisted order; paged for a page, in
 * batches for a file. Never a selection's note.
 */
@Repository
class PlanListings {

    /** A harm selection as a list shows it, with its community. */
    record SelectionLine(
            UUID id,
            UUID communityId,
            String communityName,
            UUID unitId,
            String harm,
            LocalDate selectedOn,
            String groupsConsulted) {}

    /** An action of an action plan as a list shows it, with its plan and community. */
    record ActionLine(
            UUID id,
            UUID planId,
            String planTitle,
            UUID communityId,
            String communityName,
            UUID unitId,
            String description,
            String harm,
            String owner,
            String status,
            LocalDate dueOn,
            LocalDate doneOn) {}

    /** The orders of the harm selections, by the name a request gives: the latest selected first unless asked. */
    static final Map<String, String> SELECTION_SORTS = Map.of(
            "date", "s.selected_on desc, s.created_at desc, s.id",
            "community", "c.search_name, c.id, s.selected_on desc, s.id",
            "harm", "s.harm, c.search_name, s.id");

    /** The orders of the actions: the nearest due first (those without a day last) unless asked. */
    static final Map<String, String> ACTION_SORTS = Map.of(
            "due", "case when a.due_on is null then 1 else 0 end, a.due_on, c.search_name, a.id",
            "community", "c.search_name, c.id, p.starts_on, p.id, a.position",
            "status", "a.status, case when a.due_on is null then 1 else 0 end, a.due_on, a.id");

    private static final String SELECTIONS =
            " from community_harm_selection s join community c on c.id = s.community_id" + " where ";
    private static final String SELECTION_COLUMNS = "select s.id, s.community_id, c.name as community_name, c.unit_id,"
            + " s.harm, s.selected_on, s.groups_consulted";
    private static final String ACTIONS = " from community_action a join community_action_plan p on p.id = a.plan_id"
            + " join community c on c.id = p.community_id where ";
    private static final String ACTION_COLUMNS = "select a.id, a.plan_id, p.title as plan_title, p.community_id,"
            + " c.name as community_name, c.unit_id, a.description, p.harm, a.owner, a.status, a.due_on, a.done_on";

    private static final RowMapper<SelectionLine> SELECTION = new DataClassRowMapper<>(SelectionLine.class);
    private static final RowMapper<ActionLine> ACTION = new DataClassRowMapper<>(ActionLine.class);

    private final JdbcClient jdbc;

    PlanListings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SelectionLine> selections(RecordFilters.Filter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        return paged(SELECTION_COLUMNS + SELECTIONS + selectionWhere(filter, params), SELECTION_SORTS, filter, params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(SELECTION)
                .list();
    }

    long countSelections(RecordFilters.Filter filter) {
        Map<String, Object> params = new HashMap<>();
        return count(SELECTIONS + selectionWhere(filter, params), params);
    }

    void eachSelection(RecordFilters.Filter filter, RecordStreams streams, Consumer<List<SelectionLine>> batch) {
        Map<String, Object> params = new HashMap<>();
        streams.inBatches(
                SELECTION_COLUMNS + SELECTIONS + selectionWhere(filter, params) + " order by "
                        + SELECTION_SORTS.get(filter.sort()),
                params,
                SELECTION,
                batch);
    }

    List<ActionLine> actions(RecordFilters.Filter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        return paged(ACTION_COLUMNS + ACTIONS + actionWhere(filter, params), ACTION_SORTS, filter, params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ACTION)
                .list();
    }

    long countActions(RecordFilters.Filter filter) {
        Map<String, Object> params = new HashMap<>();
        return count(ACTIONS + actionWhere(filter, params), params);
    }

    void eachAction(RecordFilters.Filter filter, RecordStreams streams, Consumer<List<ActionLine>> batch) {
        Map<String, Object> params = new HashMap<>();
        streams.inBatches(
                ACTION_COLUMNS + ACTIONS + actionWhere(filter, params) + " order by " + ACTION_SORTS.get(filter.sort()),
                params,
                ACTION,
                batch);
    }

    private JdbcClient.StatementSpec paged(
            String sql, Map<String, String> sorts, RecordFilters.Filter filter, Map<String, Object> params) {
        return jdbc.sql(sql + " order by " + sorts.get(filter.sort()) + " limit :limit offset :offset")
                .params(params);
    }

    private long count(String fromWhere, Map<String, Object> params) {
        return jdbc.sql("select count(*)" + fromWhere)
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String selectionWhere(RecordFilters.Filter filter, Map<String, Object> params) {
        return filter.where("s.selected_on", "s.harm", params);
    }

    private static String actionWhere(RecordFilters.Filter filter, Map<String, Object> params) {
        return filter.where("a.due_on", "a.status", params);
    }
}
