package org.harambee.referrals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.access.UnitPaths;
import org.harambee.communities.Communities;
import org.harambee.communities.CommunityRef;
import org.harambee.referrals.model.Consent;
import org.harambee.referrals.model.Need;
import org.harambee.referrals.model.Progress;
import org.harambee.referrals.model.Referral;
import org.harambee.referrals.servicepoints.EmergencyNumberRecords;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.NotFoundException;
import org.harambee.system.ResultPage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading referrals: the sender's own with their feedback, a service point's inbox by deadline, the referrals a
 * coordinator follows in their area, one referral with its timeline, and the child's identifying details (each opening
 * audited).
 */
@Service
@Transactional(readOnly = true)
public class ReferralReading {

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
    private final IdentitySeal seal;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final EmergencyNumberRecords emergencyNumbers;
    private final Clock clock = Clock.systemUTC();

    ReferralReading(
            ReferralRecords records,
            ServicePoints servicePoints,
            Communities communities,
            IdentitySeal seal,
            Scopes scopes,
            AuditTrail audit,
            EmergencyNumberRecords emergencyNumbers) {
        this.emergencyNumbers = emergencyNumbers;
        this.records = records;
        this.servicePoints = servicePoints;
        this.communities = communities;
        this.seal = seal;
        this.scopes = scopes;
        this.audit = audit;
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
     * What a list narrows to beyond its box: one status, only the open ones, a category, a priority, and a sort among
     * {@link ListFilter#SORTS} (the box's own order when none).
     */
    public record ListFilter(
            ReferralStatus status, boolean open, ServiceCategory category, Priority priority, String sort) {

        /** The columns a list may be sorted by, and their order: the latest first for times. */
        static final Map<String, String> SORTS = Map.of(
                "reference", "reference, id",
                "status", "status, id",
                "priority", "case priority when 'EMERGENCY' then 0 when 'URGENT' then 1 else 2 end, id",
                "due", "case when due_at is null then 1 else 0 end, due_at, id",
                "sent", "sent_at desc, id");

        public ListFilter {
            sort = Inputs.trimmed(sort);
            if (sort != null && !SORTS.containsKey(sort)) {
                throw new InvalidInputException(
                        List.of(new InvalidInputException.FieldProblem("sort", "export.sort.invalid")));
            }
        }

        /** The filter as the audit trail records it: names and codes, never a record's contents. */
        String described() {
            return "status=" + (status == null ? "" : status) + " open=" + open + " category="
                    + (category == null ? "" : category) + " priority=" + (priority == null ? "" : priority)
                    + " sort=" + (sort == null ? "" : sort);
        }
    }

    /** The rows a box shows to the signed-in user, narrowed by a filter: the where clause, its parameters, the order. */
    record Selection(String where, Map<String, Object> params, String order) {}

    Selection selection(Box box, ListFilter filter) {
        String user = CurrentUser.signedIn().orElse(null);
        Map<String, Object> params = new HashMap<>();
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
        String sorted = filter.sort() == null ? null : ListFilter.SORTS.get(filter.sort());
        return new Selection(where, params, sorted == null ? order : sorted);
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

    /** One referral with its timeline, for those who may read it (403 otherwise). */
    public ReferralView get(UUID id) {
        return view(readable(id), true);
    }

    /** One referral with its timeline and what the signed-in user may do with it, from one reading of its row. */
    public Read read(UUID id) {
        Referral row = readable(id);
        return new Read(view(row, true), abilities(row));
    }

    /**
     * The referral as the user who just acted on it sees it now. A coordinator who returned a draft to its sender no
     * longer reads it in full: they get what a one-time link shows (reference, need, status), with nothing to do.
     */
    public Read readAfterAction(UUID id) {
        Referral row = records.find(id).orElseThrow(NotFoundException.of("problem.referralNotFound"));
        if (ReferralAccess.mayRead(row, CurrentUser.signedIn().orElse(null), servicePoints, scopes)) {
            return new Read(view(row, true), abilities(row));
        }
        if (row.status() == ReferralStatus.DRAFT && scopes.permits(Permission.OVERRIDE_CONSENT, row.unitPath())) {
            return new Read(view(row, false), new Abilities(List.of(), false, false, false));
        }
        throw new AccessDeniedException("may not read this referral");
    }

    /** For an emergency referral, the numbers to call at once where its community is; null for another priority. */
    public EmergencyNumbers emergencyNumbers(ReferralView referral, String language) {
        if (referral.priority() != Priority.EMERGENCY) {
            return null;
        }
        return communities
                .find(referral.communityId())
                .map(c -> emergencyNumbers.nearest(c.unitPath(), language))
                .orElse(EmergencyNumbers.NONE);
    }

    /** A referral and what the reader may do with it. */
    public record Read(ReferralView view, Abilities abilities) {}

    /** What the signed-in user may do with the referral now: the actions, and whether they may open the details. */
    public Abilities abilities(UUID id) {
        return abilities(readable(id));
    }

    private Abilities abilities(Referral row) {
        String user = CurrentUser.signedIn().orElse(null);
        boolean sender = ReferralAccess.sends(row, user, scopes);
        boolean officer = ReferralAccess.worksQueue(row, user, servicePoints, scopes);
        boolean decider = ReferralAccess.decidesConsent(row, scopes);
        List<ReferralAction> actions = row.actionsOf(a -> (a == ReferralAction.Actor.SENDER && sender)
                || (a == ReferralAction.Actor.SERVICE_POINT && officer)
                || (a == ReferralAction.Actor.COORDINATOR && decider));
        boolean offPlatform = servicePoints
                .find(row.servicePointId())
                .map(p -> !p.onPlatform())
                .orElse(false);
        return new Abilities(
                actions,
                sender && row.status() == ReferralStatus.DRAFT,
                row.identified() && ReferralAccess.mayOpenIdentity(row, user, servicePoints, scopes),
                offPlatform
                        && !row.status().beforeSending()
                        && !row.status().finished()
                        && (sender || ReferralAccess.monitors(row, scopes)));
    }

    /**
     * What a reader may do: actions, edit the draft (and its consent), open the identifying details, give the
     * off-platform service point where it waits a new one-time link.
     */
    public record Abilities(List<ReferralAction> actions, boolean editDraft, boolean openIdentity, boolean newLink) {

        public boolean canSend() {
            return actions.contains(ReferralAction.SEND);
        }
    }

    /** The child's identifying details, for the sender and the accepting service point only; audited, refusals too. */
    @Transactional
    public ChildIdentity identity(UUID id) {
        Referral row = records.find(id).orElseThrow(NotFoundException.of("problem.referralNotFound"));
        String user = CurrentUser.signedIn().orElse(null);
        if (!ReferralAccess.mayOpenIdentity(row, user, servicePoints, scopes)) {
            // audited after this transaction ends, so that the refusal's rollback keeps the line
            audit.recordRefusal("CHILD_RECORD_DENIED", "referral", id.toString(), row.unitId(), row.unitPath(), null);
            throw new AccessDeniedException("may not read the child's identifying details");
        }
        audit.record("CHILD_RECORD_VIEWED", "referral", id.toString(), row.unitId(), row.unitPath(), null);
        return seal.open(records.identity(id).orElse(null), id);
    }

    /**
     * The referral as its readers see it; not {@code full} (for a one-time link), without consent, sender, source and
     * timeline.
     */
    ReferralView view(Referral r, boolean full) {
        Set<UUID> pointIds = new HashSet<>();
        pointIds.add(r.servicePointId());
        List<ReferralRecords.Transition> transitions = full ? records.transitions(r.id()) : List.of();
        transitions.forEach(t -> pointIds.add(t.servicePointId()));
        pointIds.remove(null);
        Map<UUID, String> points = pointNames(pointIds);
        String community =
                communities.find(r.communityId()).map(CommunityRef::name).orElse(null);
        Need need = r.need();
        Progress progress = r.progress();
        Consent consent = r.consent();
        return new ReferralView(
                r.id(),
                r.reference(),
                r.communityId(),
                community,
                need.category(),
                need.priority(),
                need.ageBand(),
                need.sex(),
                need.disability(),
                need.reason(),
                r.servicePointId(),
                points.get(r.servicePointId()),
                progress.routedBy(),
                r.status(),
                progress.dueAt(),
                r.overdue(clock.instant()),
                progress.escalations(),
                progress.serviceProvided(),
                progress.feedbackMessage(),
                full
                        ? new ReferralView.Consent(
                                consent.caregiverConsent(),
                                consent.childAssent(),
                                consent.consentScope(),
                                consent.overridden(),
                                consent.consentOverrideReason(),
                                consent.consentRecordedAt())
                        : null,
                full && r.identified(),
                full ? r.createdBy() : null,
                r.createdAt(),
                progress.sentAt(),
                full ? r.source() : null,
                transitions.stream()
                        .map(t -> new ReferralView.Step(
                                t.action(),
                                t.fromStatus(),
                                t.toStatus(),
                                points.get(t.servicePointId()),
                                t.actor(),
                                t.via(),
                                t.note(),
                                t.at()))
                        .toList());
    }

    private Referral readable(UUID id) {
        Referral row = records.find(id).orElseThrow(NotFoundException.of("problem.referralNotFound"));
        if (!ReferralAccess.mayRead(row, CurrentUser.signedIn().orElse(null), servicePoints, scopes)) {
            throw new AccessDeniedException("may not read this referral");
        }
        return row;
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
