package org.harambee.access.accounts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.access.OrganisationDirectory;
import org.harambee.access.Role;
import org.harambee.access.UnitDirectory;
import org.harambee.access.accounts.ProfileRecords.Profile;
import org.harambee.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as administrators read them: a page of a search, one account with its contact details (the read is
 * audited), the signed-in user's own, and the places and organisations to choose from when editing one.
 */
@Service
class AccountReading {

    /** A unit of a role's scope, as shown. */
    record ScopeUnit(String pcode, String name) {}

    record RoleView(Role role, List<ScopeUnit> units) {}

    record AccountView(
            UUID id,
            String username,
            String displayName,
            String email,
            String phone,
            String language,
            String organisation,
            UUID organisationId,
            String organisationName,
            boolean active,
            boolean passwordChangeRequired,
            Instant resetRequestedAt,
            Instant createdAt,
            Instant updatedAt,
            List<RoleView> roles) {}

    private final ProfileRecords profiles;
    private final UnitDirectory directory;
    private final OrganisationDirectory organisations;
    private final AccountAuditing audit;

    AccountReading(
            ProfileRecords profiles,
            UnitDirectory directory,
            OrganisationDirectory organisations,
            AccountAuditing audit) {
        this.profiles = profiles;
        this.directory = directory;
        this.organisations = organisations;
        this.audit = audit;
    }

    /** The registered organisations an account can be linked to. */
    List<OrganisationDirectory.Organisation> organisations() {
        return organisations.active();
    }

    @Transactional(readOnly = true)
    List<AccountView> search(String q, Role role, Boolean active, boolean resetRequested, int page, int size) {
        String query = q == null || q.isBlank() ? null : q.trim();
        return profiles.search(query, role, active, resetRequested, Math.max(page, 0), size).stream()
                .map(this::view)
                .toList();
    }

    /** One account with its contact details; the read is audited. */
    @Transactional(readOnly = true)
    AccountView get(UUID id) {
        AccountView view = view(profile(id));
        audit.record(view, "ACCOUNT_VIEWED", null);
        return view;
    }

    /** The signed-in user's own account (not audited: it is their own). */
    @Transactional(readOnly = true)
    AccountView own(String username) {
        return view(profiles.profile(username).orElseThrow(NotFoundException.of("problem.accountNotFound")));
    }

    Profile profile(UUID id) {
        return profiles.profile(id).orElseThrow(NotFoundException.of("problem.accountNotFound"));
    }

    AccountView view(Profile p) {
        Set<UUID> unitIds = p.roles().values().stream().flatMap(List::stream).collect(Collectors.toSet());
        Map<UUID, UnitDirectory.Place> places =
                directory.byIds(unitIds).stream().collect(Collectors.toMap(UnitDirectory.Place::id, place -> place));
        List<RoleView> roles = new ArrayList<>();
        for (Role role : EnumSet.allOf(Role.class)) {
            List<UUID> units = p.roles().get(role);
            if (units != null) {
                roles.add(new RoleView(
                        role,
                        units.stream()
                                .map(places::get)
                                .filter(place -> place != null)
                                .map(place -> new ScopeUnit(place.pcode(), place.name()))
                                .sorted(Comparator.comparing(ScopeUnit::pcode))
                                .toList()));
            }
        }
        AccountRecords.Details details = p.details();
        return new AccountView(
                p.id(),
                p.username(),
                details.displayName(),
                details.email(),
                details.phone(),
                details.language(),
                details.organisation(),
                details.organisationId(),
                details.organisationId() == null
                        ? null
                        : organisations
                                .byId(details.organisationId())
                                .map(OrganisationDirectory.Organisation::name)
                                .orElse(null),
                p.enabled(),
                p.passwordChangeRequired(),
                p.resetRequestedAt(),
                p.createdAt(),
                p.updatedAt(),
                roles);
    }
}
