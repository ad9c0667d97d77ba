package org.harambee.communities.phases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.communities.Phase;
import org.harambee.communities.SpreadKind;
import org.harambee.communities.SpreadLinkRecorded;
import org.harambee.communities.internal.CommunityDirectory;
import org.harambee.communities.internal.CommunityListings;
import org.harambee.communities.internal.CommunityRecords;
import org.harambee.communities.internal.CommunityViews;
import org.harambee.communities.internal.RequestStatus;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demand backlog: communities that asked to start (registered after a neighbour's or their own request, or named
 * as asking in a spread link) and have not started. A district coordinator works through it: accept (and, with a
 * date, record the entry phase at once) or decline with a reason.
 */
@Service
class StartRequests {

    private static final Inputs INPUTS = Inputs.keyed("communities");

    /** Accepting: with {@code startedOn} (year-month-day), the entry phase is recorded on that day. */
    record AcceptInput(String startedOn, String note) {}

    record DeclineInput(String reason) {}

    private final CommunityRecords records;
    private final CommunityListings listings;
    private final CommunityDirectory directory;
    private final PhaseRecording phases;
    private final Scopes scopes;
    private final AuditTrail audit;

    StartRequests(
            CommunityRecords records,
            CommunityListings listings,
            CommunityDirectory directory,
            PhaseRecording phases,
            Scopes scopes,
            AuditTrail audit) {
        this.records = records;
        this.listings = listings;
        this.directory = directory;
        this.phases = phases;
        this.scopes = scopes;
        this.audit = audit;
    }

    /** The requests waiting inside the reader's area, in the subtree of {@code unit} (a P-code) when given. */
    @Transactional(readOnly = true)
    List<CommunityViews.Summary> backlog(String unit, String language) {
        return directory.summaries(listings.backlog(directory.areaPath(unit), directory.scope()), language);
    }

    @Transactional
    CommunityViews.Community accept(UUID id, AcceptInput input, String language) {
        CommunityRecords.Row community = pending(id);
        List<FieldProblem> problems = new ArrayList<>();
        String startedOn = Inputs.trimmed(input.startedOn());
        if (startedOn != null) {
            try {
                phases.record(id, new PhaseRecording.PhaseInput(Phase.ENTRY.name(), startedOn, input.note(), null));
            } catch (InvalidInputException e) {
                e.problems()
                        .forEach(p -> problems.add(new FieldProblem(
                                p.field().equals("enteredOn") ? "startedOn" : p.field(), p.key(), p.args())));
                throw new InvalidInputException(problems);
            }
        } else {
            records.setRequest(id, RequestStatus.ACCEPTED, LocalDate.now(), CurrentUser.name(), null, Instant.now());
        }
        audit.record(
                "START_REQUEST_ACCEPTED",
                "community",
                id.toString(),
                community.unitId(),
                community.unitPath(),
                startedOn);
        return directory.get(id, language);
    }

    @Transactional
    CommunityViews.Community decline(UUID id, DeclineInput input, String language) {
        CommunityRecords.Row community = pending(id);
        List<FieldProblem> problems = new ArrayList<>();
        String reason = INPUTS.text("reason", input.reason(), PhaseRules.MAX_TEXT, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        records.setRequest(id, RequestStatus.DECLINED, LocalDate.now(), CurrentUser.name(), reason, Instant.now());
        audit.record(
                "START_REQUEST_DECLINED", "community", id.toString(), community.unitId(), community.unitPath(), reason);
        return directory.get(id, language);
    }

    /** A community named as asking to start in a spread link joins the backlog, unless it started already. */
    @EventListener
    void on(SpreadLinkRecorded link) {
        if (link.kind() == SpreadKind.REQUESTED_TO_START) {
            records.markRequested(link.targetCommunityId(), link.occurredOn(), Instant.now());
        }
    }

    private CommunityRecords.Row pending(UUID id) {
        CommunityRecords.Row community =
                records.lock(id).orElseThrow(NotFoundException.of("problem.communityNotFound"));
        scopes.require(Permission.MANAGE_COMMUNITIES, community.unitPath());
        if (community.requestStatus() != RequestStatus.REQUESTED) {
            throw new InvalidInputException(List.of(new FieldProblem("request", "communities.request.notPending")));
        }
        return community;
    }
}
