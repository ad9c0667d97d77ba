package org.harambee.access.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.harambee.access.Role;

/**
 * The account form as bound: the registered organisation read as an id (one that is no id is refused beside its list
 * before the service is asked), the ticked roles, the rest as typed, checked by {@link AccountAdministration}. The
 * places of each role come in a field named after the role ({@code units_DISTRICT_COORDINATOR}), read by
 * {@link #shown(UnaryOperator)} as they were.
 */
record AccountForm(
        String username,
        String displayName,
        String email,
        String phone,
        String language,
        String organisation,
        UUID organisationId,
        List<String> roles) {

    /** The form as the page shows it and the service reads it, each role's places taken from {@code typed}. */
    AccountAdminController.Form shown(UnaryOperator<String> typed) {
        Map<Role, Boolean> held = new LinkedHashMap<>();
        Map<Role, String> units = new LinkedHashMap<>();
        List<String> ticked = roles == null ? List.of() : roles;
        for (Role role : Role.values()) {
            held.put(role, ticked.contains(role.name()));
            units.put(role, typed.apply("units_" + role.name()));
        }
        return new AccountAdminController.Form(
                username,
                displayName,
                email,
                phone,
                language,
                organisation,
                organisationId == null ? "" : organisationId.toString(),
                held,
                units);
    }
}
