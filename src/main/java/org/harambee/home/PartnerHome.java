package org.harambee.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.OwnOrganisation;
import org.harambee.access.Permission;
import org.harambee.access.Role;
import org.harambee.access.Scopes;
import org.harambee.capacity.CapacityWork;
import org.harambee.partners.AdoptionStep;
import org.harambee.partners.OrganisationWork;
import org.springframework.stereotype.Component;

/**
 * A partner programme manager's organisation (the one their account is linked to): its presence and its adoption
 * steps in their area, with a link to record more, and the trainings it is to run. An account linked to no
 * organisation is told so.
 */
@Component
class PartnerHome implements RoleHome {

    private final Scopes scopes;
    private final OwnOrganisation own;
    private final OrganisationWork organisations;
    private final CapacityWork capacity;

    PartnerHome(Scopes scopes, OwnOrganisation own, OrganisationWork organisations, CapacityWork capacity) {
        this.scopes = scopes;
        this.own = own;
        this.organisations = organisations;
        this.capacity = capacity;
    }

    @Override
    public Role role() {
        return Role.PARTNER_PROGRAMME_MANAGER;
    }

    @Override
    public Home.Section section(Reader reader) {
        Optional<UUID> organisation = own.id();
        if (organisation.isEmpty()) {
            return new Home.Section(
                    role(), List.of(new Home.Item("noOrganisation", null, "/account", true)), List.of());
        }
        UUID id = organisation.get();
        OrganisationWork.Presence presence = organisations.of(id, scopes.of(Permission.VIEW_PROGRAMME), reader.today());
        long trainings = capacity.trainingsToRun(scopes.of(Permission.MANAGE_TRAININGS), id, reader.today());
        List<Home.Item> items = new ArrayList<>();
        items.add(new Home.Item("presence", presence.currentPresence(), "/presence?organisationId=" + id, false));
        items.add(new Home.Item("addPresence", null, "/presence/new?organisationId=" + id, false));
        items.add(new Home.Item("stepsToTake", presence.stepsToTake(), "/adoptions?organisationId=" + id, false));
        items.add(new Home.Item("inviteAdoption", null, "/adoptions/new?organisationId=" + id, false));
        items.add(new Home.Item("trainingsToRun", trainings, "/trainings", trainings > 0));
        List<Home.Line> lines = new ArrayList<>();
        lines.add(new Home.Line("organisation", presence.name(), null, null, "/organisations/" + id, false));
        for (AdoptionStep step : AdoptionStep.values()) {
            long count = presence.adoptions().getOrDefault(step, 0L);
            if (count > 0) {
                lines.add(new Home.Line(
                        "adoption",
                        Long.toString(count),
                        step.name(),
                        null,
                        "/adoptions?organisationId=" + id + "&step=" + step.name(),
                        false));
            }
        }
        return new Home.Section(role(), items, lines);
    }
}
