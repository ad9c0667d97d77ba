package org.harambee.access.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Account administration over REST, for administrators. */
@RestController
@RequestMapping("/api/v1/accounts")
@PreAuthorize("hasAuthority('MANAGE_ACCOUNTS')")
@Tag(name = "Accounts", description = "Accounts, their roles and the units where each role applies")
class AccountsApiController {

    private final AccountAdministration administration;
    private final AccountReading reading;

    AccountsApiController(AccountAdministration administration, AccountReading reading) {
        this.administration = administration;
        this.reading = reading;
    }

    @GetMapping
    @Operation(
            summary = "Accounts by username; q matches the start of a username, name or e-mail address;"
                    + " role, active and resetRequested filter")
    List<AccountReading.AccountView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "false") boolean resetRequested,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return reading.search(q, role, active, resetRequested, page, Math.min(Math.max(size, 1), 500));
    }

    @PostMapping
    @Operation(
            summary = "Create an account with roles and their units (P-codes); the answer holds a temporary"
                    + " password, shown only this once, which must be changed at the first sign-in")
    ResponseEntity<AccountAdministration.Created> create(@RequestBody AccountAdministration.AccountInput input) {
        AccountAdministration.Created created = administration.create(input);
        return ResponseEntity.created(
                        URI.create("/api/v1/accounts/" + created.account().id()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account with its contact details and roles (the read is audited)")
    AccountReading.AccountView show(@PathVariable UUID id) {
        return reading.get(id);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change an account's details, roles and units (the username stays); a change of roles ends"
                    + " the account's sessions")
    AccountReading.AccountView update(@PathVariable UUID id, @RequestBody AccountAdministration.AccountInput input) {
        return administration.update(id, input);
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivate an account: it can no longer sign in, its sessions end and its tokens stop")
    AccountReading.AccountView deactivate(@PathVariable UUID id, Principal user) {
        return administration.deactivate(id, user.getName());
    }

    @PostMapping("/{id}/reactivate")
    @Operation(summary = "Reactivate a deactivated account")
    AccountReading.AccountView reactivate(@PathVariable UUID id) {
        return administration.reactivate(id);
    }

    @PostMapping("/{id}/password-reset")
    @Operation(
            summary = "Give the account a temporary password, shown only in this answer, to be changed at the next"
                    + " sign-in; its sessions end")
    Map<String, String> resetPassword(@PathVariable UUID id) {
        return Map.of("temporaryPassword", administration.resetPassword(id));
    }
}
