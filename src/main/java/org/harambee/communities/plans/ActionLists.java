package org.harambee.communities.plans;

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
 * The actions of the action plans of the reader's area ({@code VIEW_PROGRAMME}, as a plan's page shows them), as a list
 * and as a file: community, place, plan, action, harm in the reader's language, who is responsible (a role or group),
 * due and done days and status. The file is the list's every row, places asked once a batch, audited with the filters
 * and the row count.
 */
@Service
@Transactional(readOnly = true)
class ActionLists {

    static final List<String> HEADER = List.of(
            "lists.community",
            "communities.export.pcode",
            "communities.export.place",
            "lists.actions.plan",
            "plans.action.description",
            "plans.harm",
            "plans.action.owner",
            "plans.action.dueOn",
            "plans.action.doneOn",
            "plans.action.status");

    /** An action in a list, with its plan and community. */
    record ActionLine(
            UUID id,
            UUID planId,
            String planTitle,
            UUID communityId,
            String communityName,
            String pcode,
            String place,
            String description,
            String harm,
            String harmName,
            String owner,
            String status,
            LocalDate dueOn,
            LocalDate doneOn) {}

    private final PlanListings listings;
    private final RecordFilters filters;
    private final RecordLists lists;
    private final Choices choices;
    private final RecordExports exports;

    ActionLists(
            PlanListings listings, RecordFilters filters, RecordLists lists, Choices choices, RecordExports exports) {
        this.listings = listings;
        this.filters = filters;
        this.lists = lists;
        this.choices = choices;
        this.exports = exports;
    }

    /** The filters asked for, checked: {@code code} is an action's status, from and to bound its due day. */
    RecordFilters.Filter filter(RecordFilters.Asked asked) {
        return filters.filter(
                asked, "status", ActionPlans.STATUSES, "plans.status.invalid", PlanListings.ACTION_SORTS, "due");
    }

    ResultPage<ActionLine> list(RecordFilters.Filter filter, int page, int size, String language) {
        Map<String, String> harms = choices.names(Choices.HARM, language);
        return lists.page(
                listings.actions(filter, page, size),
                PlanListings.ActionLine::unitId,
                (l, place) -> line(l, place, harms),
                page,
                size,
                listings.countActions(filter),
                language);
    }

    void write(RecordFilters.Filter filter, ExportFormat format, HttpServletResponse response) throws IOException {
        String language = LocaleContextHolder.getLocale().getLanguage();
        Map<String, String> harms = choices.names(Choices.HARM, language);
        Function<Object, String> statuses = exports.labels("plans.status.");
        lists.export(
                filter,
                format,
                response,
                "action-plans",
                HEADER,
                (streams, batch) -> listings.eachAction(filter, streams, batch),
                PlanListings.ActionLine::unitId,
                (l, place) -> {
                    ActionLine line = line(l, place, harms);
                    return new Object[] {
                        line.communityName(),
                        line.pcode(),
                        line.place(),
                        line.planTitle(),
                        line.description(),
                        line.harmName(),
                        line.owner(),
                        day(line.dueOn()),
                        day(line.doneOn()),
                        statuses.apply(line.status())
                    };
                },
                language,
                new RecordLists.Exported("ACTION_PLANS_EXPORTED", "action-list", "status"));
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static ActionLine line(PlanListings.ActionLine l, UnitRef place, Map<String, String> harms) {
        return new ActionLine(
                l.id(),
                l.planId(),
                l.planTitle(),
                l.communityId(),
                l.communityName(),
                place == null ? null : place.pcode(),
                place == null ? null : place.name(),
                l.description(),
                l.harm(),
                harms.getOrDefault(l.harm(), l.harm()),
                l.owner(),
                l.status(),
                l.dueOn(),
                l.doneOn());
    }
}
