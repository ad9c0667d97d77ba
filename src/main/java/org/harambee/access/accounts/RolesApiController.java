package org.harambee.access.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.harambee.access.Permission;
import org.harambee.access.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The table of roles and what each allows, for anyone signed in. */
@RestController
@Tag(name = "Accounts")
class RolesApiController {

    /** A role, whether it applies everywhere (or only in the units it is assigned with), and its permissions. */
    record RoleEntry(Role role, boolean everywhere, Set<Permission> permissions) {}

    @GetMapping("/api/v1/roles")
    @Operation(summary = "Every role with the permissions it grants")
    List<RoleEntry> list() {
        return Arrays.stream(Role.values())
                .map(r -> new RoleEntry(r, r.everywhere(), r.permissions()))
                .toList();
    }
}
