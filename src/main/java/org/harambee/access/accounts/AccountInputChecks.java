package org.harambee.access.accounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.harambee.access.OrganisationDirectory;
import org.harambee.access.Role;
import org.harambee.access.Roles;
import org.harambee.access.UnitDirectory;
import org.harambee.access.accounts.AccountAdministration.AccountInput;
import org.harambee.access.accounts.AccountAdministration.RoleGrant;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.Languages;
import org.springframework.stereotype.Component;

/**
 * What an administrator enters for an account, checked: its details, and its roles with the units where each applies
 * (P-codes read as unit ids). Each problem is added to the caller's list, field by field.
 */
@Component
class AccountInputChecks {

    static final int MAX_UNITS_PER_ROLE = 50;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,39}");

    private final UnitDirectory directory;
    private final OrganisationDirectory organisations;
    private final Languages languages;

    AccountInputChecks(UnitDirectory directory, OrganisationDirectory organisations, Languages languages) {
        this.directory = directory;
        this.organisations = organisations;
        this.languages = languages;
    }

    AccountRecords.Details details(AccountInput input, List<FieldProblem> problems) {
        String displayName = Inputs.trimmed(input.displayName());
        if (displayName == null || displayName.length() > 200) {
            problems.add(new FieldProblem("displayName", "accounts.displayName.invalid"));
        }
        String email = Inputs.trimmed(input.email());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            problems.add(new FieldProblem("email", "accounts.email.invalid"));
        }
        String phone = Inputs.trimmed(input.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("phone", "accounts.phone.invalid"));
        }
        String language = Inputs.trimmed(input.language());
        if (language != null && !languages.tags().contains(language)) {
            problems.add(new FieldProblem("language", "accounts.language.invalid"));
        }
        String organisation = Inputs.trimmed(input.organisation());
        if (organisation != null && organisation.length() > 200) {
            problems.add(new FieldProblem("organisation", "accounts.organisation.invalid"));
        }
        if (input.organisationId() != null
                && organisations.byId(input.organisationId()).isEmpty()) {
            problems.add(new FieldProblem("organisationId", "accounts.organisationId.unknown"));
        }
        return new AccountRecords.Details(displayName, email, phone, language, organisation, input.organisationId());
    }

    /** Roles with the ids of their units; unknown roles or P-codes, and roles without units, are problems. */
    Map<Role, List<UUID>> roles(List<RoleGrant> grants, List<FieldProblem> problems) {
        Map<Role, List<UUID>> roles = new LinkedHashMap<>();
        if (grants == null || grants.isEmpty()) {
            problems.add(new FieldProblem("roles", "accounts.roles.required"));
            return roles;
        }
        for (int i = 0; i < grants.size(); i++) {
            RoleGrant grant = grants.get(i);
            String field = "roles[" + i + "]";
            Role role = grant == null ? null : Roles.parse(grant.role());
            if (role == null) {
                problems.add(new FieldProblem(field + ".role", "accounts.roles.unknown"));
                continue;
            }
            if (roles.containsKey(role)) {
                problems.add(new FieldProblem(field + ".role", "accounts.roles.repeated"));
                continue;
            }
            List<String> pcodes = grant.units() == null
                    ? List.of()
                    : grant.units().stream()
                            .map(Inputs::trimmed)
                            .filter(Objects::nonNull)
                            .distinct()
                            .toList();
            if (role.everywhere()) {
                if (!pcodes.isEmpty()) {
                    problems.add(new FieldProblem(field + ".units", "accounts.roles.everywhere"));
                }
                roles.put(role, List.of());
                continue;
            }
            if (pcodes.isEmpty()) {
                problems.add(new FieldProblem(field + ".units", "accounts.roles.unitsRequired"));
                continue;
            }
            if (pcodes.size() > MAX_UNITS_PER_ROLE) {
                problems.add(new FieldProblem(field + ".units", "accounts.roles.tooManyUnits", MAX_UNITS_PER_ROLE));
                continue;
            }
            List<UUID> ids = new ArrayList<>();
            for (String pcode : pcodes) {
                directory
                        .byPcode(pcode)
                        .ifPresentOrElse(
                                place -> ids.add(place.id()),
                                () -> problems.add(
                                        new FieldProblem(field + ".units", "accounts.roles.unknownUnit", pcode)));
            }
            roles.put(role, ids);
        }
        return roles;
    }
}
