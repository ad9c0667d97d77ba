package org.harambee.communities.spread;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.communities.Communities;
import org.harambee.communities.CommunityRef;
import org.harambee.communities.Phase;
import org.harambee.communities.SpreadKind;
import org.harambee.communities.SpreadLinkRecorded;
import org.harambee.communities.internal.Areas;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitRef;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording that one community passed the approach on to another ({@code MANAGE_COMMUNITIES} at one end at least,
 * the other end inside the user's area), and the network of an area: its communities linked by who inspired whom.
 */
@Service
public class Spreading {

    private static final Inputs INPUTS = Inputs.keyed("communities");

    /** What a user enters: the two communities, how (a {@link SpreadKind} name), the day and a note. */
    public record SpreadInput(UUID sourceId, UUID targetId, String kind, String occurredOn, String note) {}

    public record LinkView(UUID id, UUID sourceId, UUID targetId, SpreadKind kind, LocalDate occurredOn, String note) {}

    /** A community of the network; its name is null when it lies outside the reader's area. */
    record Node(UUID id, String name, String unitPcode, String unitName, Phase currentPhase, boolean inArea) {}

    record Network(List<Node> nodes, List<LinkView> links) {}

    private final SpreadRecords records;
    private final Communities communities;
    private final Geography geography;
    private final Scopes scopes;
    private final Areas areas;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Spreading(
            SpreadRecords records,
            Communities communities,
            Geography geography,
            Scopes scopes,
            Areas areas,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.records = records;
        this.communities = communities;
        this.geography = geography;
        this.scopes = scopes;
        this.areas = areas;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public LinkView record(SpreadInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        CommunityRef source = communities.find(input.sourceId()).orElse(null);
        CommunityRef target = communities.find(input.targetId()).orElse(null);
        Scope manage = scopes.of(Permission.MANAGE_COMMUNITIES);
        Scope view = scopes.of(Permission.VIEW_PROGRAMME);
        boolean managesSource = source != null && manage.covers(source.unitPath());
        boolean managesTarget = target != null && manage.covers(target.unitPath());
        if ((source != null || target != null) && !managesSource && !managesTarget) {
            throw new AccessDeniedException("neither community lies inside the user's scope");
        }
        if (source == null || !view.covers(source.unitPath())) {
            problems.add(new FieldProblem("sourceId", "communities.source.unknown"));
        }
        if (target == null || !view.covers(target.unitPath())) {
            problems.add(new FieldProblem("targetId", "communities.source.unknown"));
        } else if (source != null && source.id().equals(target.id())) {
            problems.add(new FieldProblem("targetId", "spread.target.same"));
        }
        SpreadKind kind = SpreadKind.parse(input.kind());
        if (kind == null) {
            problems.add(new FieldProblem("kind", "spread.kind.invalid"));
        }
        LocalDate on = INPUTS.pastDate("occurredOn", input.occurredOn(), true, LocalDate.now(), problems);
        String note = INPUTS.text("note", input.note(), 1000, false, problems);
        if (problems.isEmpty() && records.exists(source.id(), target.id(), kind, on)) {
            problems.add(new FieldProblem("kind", "spread.duplicate"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = Ids.newId();
        records.insert(id, source.id(), target.id(), kind, on, note, CurrentUser.name());
        events.publishEvent(
                new SpreadLinkRecorded(id, source.id(), source.unitPath(), target.id(), target.unitPath(), kind, on));
        audit.record(
                "SPREAD_LINK_RECORDED",
                "spread-link",
                id.toString(),
                target.unitId(),
                target.unitPath(),
                kind + " " + source.id() + " → " + target.id());
        return new LinkView(id, source.id(), target.id(), kind, on, note);
    }

    /** The links touching the area (a P-code; the reader's whole area when null) and their communities. */
    @Transactional(readOnly = true)
    Network network(String unit, String language) {
        Scope view = scopes.of(Permission.VIEW_PROGRAMME);
        String area = areas.path("unit", unit, view);
        List<SpreadRecords.Link> links = records.touching(area, view);
        Set<UUID> ids = new LinkedHashSet<>();
        links.forEach(l -> {
            ids.add(l.sourceId());
            ids.add(l.targetId());
        });
        List<CommunityRef> refs = communities.refs(ids);
        Map<UUID, UnitRef> units =
                geography.byIds(refs.stream().map(CommunityRef::unitId).collect(Collectors.toSet()), language);
        List<Node> nodes = refs.stream()
                .map(c -> {
                    boolean visible = view.covers(c.unitPath());
                    UnitRef u = units.get(c.unitId());
                    return new Node(
                            c.id(),
                            visible ? c.name() : null,
                            visible && u != null ? u.pcode() : null,
                            visible && u != null ? u.name() : null,
                            visible ? c.currentPhase() : null,
                            area == null ? visible : c.unitPath().startsWith(area));
                })
                .toList();
        return new Network(
                nodes,
                links.stream()
                        .map(l -> new LinkView(l.id(), l.sourceId(), l.targetId(), l.kind(), l.occurredOn(), l.note()))
                        .toList());
    }

    /** The network as rows of a tree, for the page. */
    List<SpreadTree.Row<Node>> tree(Network network) {
        List<SpreadRecords.Link> links = network.links().stream()
                .map(l -> new SpreadRecords.Link(
                        l.id(), l.sourceId(), null, l.targetId(), null, l.kind(), l.occurredOn(), l.note()))
                .toList();
        return SpreadTree.of(network.nodes(), Node::id, links);
    }
}
