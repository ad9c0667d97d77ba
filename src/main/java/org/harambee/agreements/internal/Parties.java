package org.harambee.agreements.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.agreements.model.PartyKind;
import org.harambee.agreements.model.Ties;
import org.harambee.communities.ClusterRef;
import org.harambee.communities.Clusters;
import org.harambee.communities.Communities;
import org.harambee.communities.CommunityRef;
import org.harambee.partners.OrganisationRef;
import org.harambee.partners.Partners;
import org.harambee.referrals.ServicePointRef;
import org.harambee.referrals.ServicePoints;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Parties as other modules know them: checks what a user names (it exists; a community or cluster lies inside the
 * user's area, a service point sits in, serves or takes referrals from it, an organisation is active), names stored parties in the reader's language, and finds the communities an agreement ties in.
 */
@Component
public class Parties {

    private static final Inputs INPUTS = Inputs.keyed("agreements").choiceKey("agreements.choose.missing");

    /** A checked party; {@code unitPath} is set for the community side, where the agreement is placed. */
    public record Checked(PartyKind kind, UUID refId, String officeName, String level, String unitPath) {}

    private final Communities communities;
    private final Clusters clusters;
    private final Partners partners;
    private final ServicePoints servicePoints;
    private final Scopes scopes;

    Parties(Communities communities, Clusters clusters, Partners partners, ServicePoints servicePoints, Scopes scopes) {
        this.communities = communities;
        this.clusters = clusters;
        this.partners = partners;
        this.servicePoints = servicePoints;
        this.scopes = scopes;
    }

    /**
     * The parties checked one by one, problems named {@code field[i].xxx}; a party already among {@code existing}
     * (or twice in the list) is a problem, a community or cluster outside the user's area a 403.
     */
    public List<Checked> check(
            String field,
            List<AgreementInputs.PartyInput> inputs,
            List<Checked> existing,
            List<FieldProblem> problems) {
        Scope scope = scopes.of(Permission.MANAGE_AGREEMENTS);
        Set<String> seen = new HashSet<>();
        existing.forEach(c -> seen.add(key(c)));
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String at = inputs.size() == 1 && field.equals("party") ? "" : "[" + i + "]";
            Checked party = check(field + at, inputs.get(i), scope, problems);
            if (party != null && !seen.add(key(party))) {
                problems.add(new FieldProblem(field + at, "agreements.party.duplicate"));
            } else if (party != null) {
                checked.add(party);
            }
        }
        return checked;
    }

    private Checked check(String field, AgreementInputs.PartyInput input, Scope scope, List<FieldProblem> problems) {
        if (input == null) {
            problems.add(new FieldProblem(field + ".kind", "agreements.choose.missing"));
            return null;
        }
        PartyKind kind = INPUTS.choice(field + ".kind", input.kind(), PartyKind.class, true, problems);
        if (kind == null) {
            return null;
        }
        if (kind == PartyKind.OFFICE) {
            String name = INPUTS.text(field + ".name", input.name(), 200, true, problems);
            String level = INPUTS.text(field + ".level", input.level(), 100, false, problems);
            return name == null ? null : new Checked(kind, null, name, level, null);
        }
        if (input.refId() == null) {
            problems.add(new FieldProblem(field + ".refId", "agreements.choose.missing"));
            return null;
        }
        String path = switch (kind) {
            case COMMUNITY ->
                communities.find(input.refId()).map(CommunityRef::unitPath).orElse(null);
            case CLUSTER ->
                clusters.find(input.refId()).map(ClusterRef::unitPath).orElse(null);
            case PARTNER ->
                partners.organisation(input.refId())
                        .filter(OrganisationRef::active)
                        .map(o -> "")
                        .orElse(null);
            default ->
                servicePoints.find(input.refId()).map(ServicePointRef::unitPath).orElse(null);
        };
        if (path == null) {
            problems.add(new FieldProblem(field + ".refId", "agreements.party.unknown"));
            return null;
        }
        if (kind.communitySide() && !scope.covers(path)) {
            throw new AccessDeniedException("party outside the user's area");
        }
        if (kind == PartyKind.SERVICE_POINT && !serves(input.refId(), path, scope)) {
            throw new AccessDeniedException("service point outside the user's area");
        }
        return new Checked(kind, input.refId(), null, null, kind.communitySide() ? path : null);
    }

    /**
     * Whether a service point may be named by a user of {@code scope}: it sits inside the area, serves it, or takes its
     * referrals by a pathway route, as the picker offers ({@link org.harambee.agreements.drafting.PartyChoices#systemSide()}). A service point of
     * another district is refused, so that it does not appear on the agreements of others.
     */
    private boolean serves(UUID servicePoint, String unitPath, Scope scope) {
        if (scope.everywhere() || scope.covers(unitPath)) {
            return true;
        }
        for (String path : scope.paths()) {
            if (servicePoints.serving(path, null).stream().anyMatch(s -> s.id().equals(servicePoint))
                    || servicePoints.inPathwayOf(path).stream().anyMatch(s -> s.id().equals(servicePoint))) {
                return true;
            }
        }
        return false;
    }

    /** The stored parties as the checks see them, with the current paths of the community side. */
    public List<Checked> checked(List<AgreementRecords.Party> parties) {
        Map<UUID, String> paths = new HashMap<>();
        communities.refs(refs(parties, PartyKind.COMMUNITY)).forEach(c -> paths.put(c.id(), c.unitPath()));
        clusters.refs(refs(parties, PartyKind.CLUSTER)).forEach(c -> paths.put(c.id(), c.unitPath()));
        return parties.stream()
                .map(p -> new Checked(p.kind(), p.refId(), p.officeName(), p.level(), paths.get(p.refId())))
                .toList();
    }

    /** The parties named, by party id, in their order. */
    public Map<UUID, AgreementViews.Party> named(List<AgreementRecords.Party> parties) {
        Map<UUID, String> names = new HashMap<>();
        Map<UUID, String> details = new HashMap<>();
        communities.refs(refs(parties, PartyKind.COMMUNITY)).forEach(c -> names.put(c.id(), c.name()));
        clusters.refs(refs(parties, PartyKind.CLUSTER)).forEach(c -> names.put(c.id(), c.name()));
        partners.organisations(refs(parties, PartyKind.PARTNER)).forEach(o -> names.put(o.id(), label(o)));
        for (ServicePointRef s : servicePoints.refs(refs(parties, PartyKind.SERVICE_POINT))) {
            names.put(s.id(), s.name());
            details.put(s.id(), s.category().name());
        }
        Map<UUID, AgreementViews.Party> named = new java.util.LinkedHashMap<>();
        for (AgreementRecords.Party p : parties) {
            boolean office = p.kind() == PartyKind.OFFICE;
            named.put(
                    p.id(),
                    new AgreementViews.Party(
                            p.id(),
                            p.kind(),
                            p.refId(),
                            office ? p.officeName() : names.getOrDefault(p.refId(), "?"),
                            office ? p.level() : details.get(p.refId())));
        }
        return named;
    }

    /** The communities the parties tie in: community parties and the members of cluster parties. */
    public List<UUID> communityIds(List<AgreementRecords.Party> parties) {
        Set<UUID> ids = new LinkedHashSet<>(refs(parties, PartyKind.COMMUNITY));
        clusters.refs(refs(parties, PartyKind.CLUSTER)).forEach(c -> ids.addAll(c.memberIds()));
        return List.copyOf(ids);
    }

    /** What the parties tie in, as an agreement's events name it. */
    public Ties ties(List<AgreementRecords.Party> parties) {
        return new Ties(communityIds(parties), refs(parties, PartyKind.COMMUNITY), refs(parties, PartyKind.CLUSTER));
    }

    private static String label(OrganisationRef organisation) {
        return organisation.label();
    }

    public static List<UUID> refs(Collection<AgreementRecords.Party> parties, PartyKind kind) {
        return parties.stream()
                .filter(p -> p.kind() == kind)
                .map(AgreementRecords.Party::refId)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static String key(Checked c) {
        return c.kind() + ":" + (c.refId() == null ? c.officeName().toLowerCase(java.util.Locale.ROOT) : c.refId());
    }
}
