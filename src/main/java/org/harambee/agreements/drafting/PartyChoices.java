package org.harambee.agreements.drafting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.agreements.internal.AgreementInputs;
import org.harambee.agreements.model.PartyKind;
import org.harambee.communities.Clusters;
import org.harambee.communities.Communities;
import org.harambee.partners.Partners;
import org.harambee.referrals.ServicePointRef;
import org.harambee.referrals.ServicePoints;
import org.harambee.system.Inputs;
import org.springframework.stereotype.Component;

/**
 * The parties a form offers, each as one value {@code KIND:id} (or {@code OFFICE}, named beside it): the communities
 * and clusters of the user's area, active organisations, and the service points that serve or receive referrals from
 * that area.
 */
@Component
public class PartyChoices {

    private static final int MAX_UNITS = 200;

    /** One entry of a party picker. */
    record Choice(String value, String kind, String name) {}

    private final Communities communities;
    private final Clusters clusters;
    private final Partners partners;
    private final ServicePoints servicePoints;
    private final Scopes scopes;

    PartyChoices(
            Communities communities, Clusters clusters, Partners partners, ServicePoints servicePoints, Scopes scopes) {
        this.communities = communities;
        this.clusters = clusters;
        this.partners = partners;
        this.servicePoints = servicePoints;
        this.scopes = scopes;
    }

    List<Choice> communitySide() {
        Scope scope = scopes.of(Permission.MANAGE_AGREEMENTS);
        List<Choice> choices = new ArrayList<>();
        clusters.within(scope, null).forEach(c -> choices.add(choice(PartyKind.CLUSTER, c.id(), c.name())));
        communities.within(scope, null).forEach(c -> choices.add(choice(PartyKind.COMMUNITY, c.id(), c.name())));
        return choices;
    }

    List<Choice> systemSide() {
        Scope scope = scopes.of(Permission.MANAGE_AGREEMENTS);
        Map<UUID, ServicePointRef> points = new LinkedHashMap<>();
        for (String path : scope.paths()) {
            servicePoints.serving(path, null).forEach(s -> points.putIfAbsent(s.id(), s));
            servicePoints.inPathwayOf(path).forEach(s -> points.putIfAbsent(s.id(), s));
        }
        // A national user's scope is the country: offices that serve only a district are found through the units
        // of the communities and clusters the user may name (a bounded number of distinct units).
        Set<String> units = new LinkedHashSet<>();
        clusters.within(scope, null).forEach(c -> units.add(c.unitPath()));
        communities.within(scope, null).forEach(c -> units.add(c.unitPath()));
        units.stream()
                .limit(MAX_UNITS)
                .forEach(path -> servicePoints.serving(path, null).forEach(s -> points.putIfAbsent(s.id(), s)));
        List<Choice> choices = new ArrayList<>();
        points.values().forEach(s -> choices.add(choice(PartyKind.SERVICE_POINT, s.id(), s.name())));
        partners.activeOrganisations().forEach(o -> choices.add(choice(PartyKind.PARTNER, o.id(), o.label())));
        return choices;
    }

    /** The party a picker's value names; an office is named by {@code officeName} and {@code officeLevel}. */
    public static AgreementInputs.PartyInput party(String value, String officeName, String officeLevel) {
        String text = Inputs.trimmed(value);
        if (text == null) {
            return new AgreementInputs.PartyInput(null, null, null, null);
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new AgreementInputs.PartyInput(text, null, officeName, officeLevel);
        }
        UUID id;
        try {
            id = UUID.fromString(text.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            id = null;
        }
        return new AgreementInputs.PartyInput(text.substring(0, colon), id, null, null);
    }

    /** The service's party fields as the form names them: the first picker, the second, the office's name. */
    public static String field(String field) {
        if (field.startsWith("parties[0]")) {
            return "communityParty";
        }
        if (field.endsWith(".name")) {
            return "officeName";
        }
        if (field.endsWith(".level")) {
            return "officeLevel";
        }
        return field.startsWith("parties[1]") || field.startsWith("party") ? "systemParty" : field;
    }

    private static Choice choice(PartyKind kind, UUID id, String name) {
        return new Choice(kind.name() + ":" + id, kind.name(), name);
    }
}
