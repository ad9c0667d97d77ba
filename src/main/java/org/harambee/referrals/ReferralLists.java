package org.harambee.referrals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.access.UnitPaths;
import org.harambee.communities.Communities;
import org.harambee.communities.CommunityRef;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitView;
import org.harambee.referrals.internal.ReferralRecords;
import org.harambee.referrals.model.Referral;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.OutsideAreaException;
import org.harambee.system.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of referrals: the sender's own with their feedback, a service point's inbox by deadline, the referrals a
 * coordinator follows in their area and the drafts waiting for a consent decision, each narrowed by a filter and
 * sorted, and limited to the communities of a place; the same selection feeds the page, the API and the exported
 * files. A list never shows a child's identity.
 */
@Service
@Transactional(readOnly = true)
public class ReferralLists {

    /** Which referrals a list holds. */
    public enum Box {
        /** Sent (or drafted) by the signed-in user. */
        MINE,
        /** Waiting at, or answered by, a service point whose queue the user works; by deadline. */
        INBOX,
        /** Every referral from communities where the user manages services. */
        AREA,
        /** Drafts waiting for a consent decision, from communities where the user may override consent. */
        CONSENT_DECISIONS
    }

    private final ReferralRecords records;
    private final ServicePoints servicePoints;
    private final Communities communities;
    private final Scopes scopes;
    private final Geography geography;
    private final Clock clock = Clock.systemUTC();

    ReferralLists(
            ReferralRecords records,
            ServicePoints servicePoints,
            Communities communities,
            Scopes scopes,
            Geography geography) {
        this.records = records;
        this.servicePoints = servicePoints;
        this.communities = communities;
        this.scopes = scopes;
        this.geography = geography;
    }

    /** A list, paged; {@code status} keeps one status, {@code open} only referrals not finished. */
    public ResultPage<ReferralView.Summary> list(Box box, ReferralStatus status, boolean open, int page, int size) {
        return list(box, new ListFilter(status, open, null, null, null), page, size);
    }

    /** A list, paged, with its filters and sort (need-to-know as the box decides). */
    public ResultPage<ReferralView.Summary> list(Box box, ListFilter filter, int page, int size) {
        Selection selection = selection(box, filter);
        return page(selection.where(), selection.params(), selection.order(), page, size);
    }

    /**
     * What a list narrows to beyond its box: one status, only the open ones, a category, a priority, a place (a P-code:
     * the referrals from communities in its subtree) and a sort among {@link ListFilter#SORTS} (the box's own order
     * when none).
     */
    public record ListFilter(
            ReferralStatus status,
            boolean open,
            ServiceCategory category,
            Priority priority,
            String sort,
            String unit) {

        /** The columns a list may be sorted by, and their order: the latest first for times. */
        public static final Map<String, String> SORTS = Map.of(
                "reference", "reference, id",
                "status", "status, id",
                "priority", "case priority when 'EMERGENCY' then 0 when 'URGENT' then 1 else 2 end, id",
                "due", "case when due_at is null then 1 else 0 end, due_at, id",
                "sent", "sent_at desc, id");

        public ListFilter(
                ReferralStatus status, boolean open, ServiceCategory category, Priority priority, String sort) {
            this(status, open, category, priority, sort, null);
        }

        public ListFilter {
            unit = Inputs.trimmed(unit);
            sort = Inputs.trimmed(sort);
            if (sort != null && !SORTS.containsKey(sort)) {
                throw new InvalidInputException(
                        List.of(new InvalidInputException.FieldProblem("sort", "export.sort.invalid")));
            }
        }

        /** The filter as the audit trail records it: names and codes, never a record's contents. */
        public String described() {
            return "status=" + (status == null ? "" : status) + " open=" + open + " category="
                    + (category == null ? "" : category) + " priority=" + (priority == null ? "" : priority)
                    + " unit=" + (unit == null ? "" : unit) + " sort=" + (sort == null ? "" : sort);
        }
    }

    /** The rows a box shows to the signed-in user, narrowed by a filter: the where clause, its parameters, the order. */
    public record Selection(String where, Map<String, Object> params, String order) {}

    public Selection selection(Box box, ListFilter filter) {
        String user = CurrentUser.signedIn().orElse(null);
        Map<String, Object> params = new HashMap<>();
        // a place is resolved before the box: unknown or outside the box's area, the list is refused, never empty
        String place = place(box, filter.unit());
        String where;
        String order;
        switch (box) {
            case MINE -> {
                where = "created_by = :user";
                params.put("user", user == null ? "" : user);
                order = "created_at desc, id";
            }
            case INBOX -> {
                List<UUID> queues = scopes.permissions().contains(Permission.HANDLE_REFERRALS)
                        ? servicePoints.workedBy(user).stream()
                                .map(ServicePointRef::id)
                                .toList()
                        : List.of();
                where = queues.isEmpty() ? "1 = 0" : "service_point_id in (:queues) and status not in (:unsent)";
                params.put("queues", queues.isEmpty() ? List.of(new UUID(0, 0)) : queues);
                params.put("unsent", ReferralRecords.BEFORE_SENDING);
                order = "case when due_at is null then 1 else 0 end, due_at, sent_at, id";
            }
            case CONSENT_DECISIONS -> {
                where = UnitPaths.within(scopes.of(Permission.OVERRIDE_CONSENT), "unit_path", "area", params)
                        + " and status = :deciding";
                params.put("deciding", ReferralStatus.AWAITING_CONSENT_DECISION.name());
                order = "updated_at, id";
            }
            default -> {
                where = UnitPaths.within(scopes.of(Permission.MANAGE_SERVICES), "unit_path", "area", params)
                        + " and status <> 'DRAFT'";
                order = "sent_at desc, id";
            }
        }
        if (filter.status() != null) {
            where += " and status = :status";
            params.put("status", filter.status().name());
        }
        if (filter.open()) {
            where += " and status not in (:finished)";
            params.put("finished", ReferralRecords.FINISHED);
        }
        if (filter.category() != null) {
            where += " and category = :category";
            params.put("category", filter.category().name());
        }
        if (filter.priority() != null) {
            where += " and priority = :priority";
            params.put("priority", filter.priority().name());
        }
        if (place != null) {
            where += " and " + UnitPaths.range("unit_path", "place", place, params);
        }
        String sorted = filter.sort() == null ? null : ListFilter.SORTS.get(filter.sort());
        return new Selection(where, params, sorted == null ? order : sorted);
    }

    /**
     * The path of the place with this P-code (null for none): a 400 on {@code unit} when no place has it, an {@link
     * OutsideAreaException} on {@code unit} when it lies outside the area of the permission the box is read with (the
     * sender's, the officer's, the service manager's, the consent decider's), neither inside nor above it.
     */
    private String place(Box box, String pcode) {
        if (pcode == null) {
            return null;
        }
        UnitView unit = geography
                .find(pcode, "en")
                .orElseThrow(() -> new InvalidInputException(
                        List.of(new InvalidInputException.FieldProblem("unit", "problem.unitNotFound", pcode))));
        Permission permission = switch (box) {
            case MINE -> Permission.CREATE_REFERRALS;
            case INBOX -> Permission.HANDLE_REFERRALS;
            case AREA -> Permission.MANAGE_SERVICES;
            case CONSENT_DECISIONS -> Permission.OVERRIDE_CONSENT;
        };
        if (!scopes.of(permission).reaches(unit.path())) {
            throw new OutsideAreaException("unit");
        }
        return unit.path();
    }

    /**
     * The signed-in user's own referrals changed after {@code since} (all when null), the latest change first, at most
     * {@code size}: what a phone needs to show their status and feedback.
     */
    public List<ReferralView.Summary> mineChangedSince(Instant since, int size) {
        String user = CurrentUser.signedIn().orElse(null);
        Map<String, Object> params = new HashMap<>();
        params.put("user", user == null ? "" : user);
        String where = "created_by = :user";
        if (since != null) {
            where += " and updated_at > :since";
            params.put("since", Timestamp.from(since));
        }
        return page(where, params, "updated_at desc, id", 0, size).items();
    }

    private ResultPage<ReferralView.Summary> page(
            String where, Map<String, Object> params, String order, int page, int size) {
        List<Referral> rows = records.query(where, params, order, page, size);
        Map<UUID, String> communityNames = names(
                rows,
                Referral::communityId,
                ids -> communities.refs(ids).stream().collect(Collectors.toMap(CommunityRef::id, CommunityRef::name)));
        Map<UUID, String> pointNames = names(rows, Referral::servicePointId, this::pointNames);
        Instant now = clock.instant();
        List<ReferralView.Summary> items = rows.stream()
                .map(r -> new ReferralView.Summary(
                        r.id(),
                        r.reference(),
                        name(communityNames, r.communityId()),
                        r.category(),
                        r.priority(),
                        r.need().ageBand(),
                        r.need().sex(),
                        name(pointNames, r.servicePointId()),
                        r.status(),
                        r.progress().dueAt(),
                        r.overdue(now),
                        r.progress().escalations(),
                        r.progress().serviceProvided(),
                        r.progress().feedbackMessage(),
                        r.consent().overridden(),
                        r.createdAt(),
                        r.progress().sentAt()))
                .toList();
        return new ResultPage<>(items, page, size, records.count(where, params));
    }

    private Map<UUID, String> pointNames(Collection<UUID> ids) {
        return servicePoints.refs(ids).stream().collect(Collectors.toMap(ServicePointRef::id, ServicePointRef::name));
    }

    /** A name by id; none for no id (a draft without a service point yet), whatever kind of map holds them. */
    private static String name(Map<UUID, String> names, UUID id) {
        return id == null ? null : names.get(id);
    }

    private static Map<UUID, String> names(
            List<Referral> rows, Function<Referral, UUID> id, Function<Set<UUID>, Map<UUID, String>> lookup) {
        Set<UUID> ids = rows.stream().map(id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : lookup.apply(ids);
    }
}
