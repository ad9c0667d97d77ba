package org.harambee.access.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account over REST. */
@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "Account")
class AccountApiController {

    /** A password change: the current password and the new one. */
    record PasswordRequest(String currentPassword, String newPassword) {}

    /** Who you are: your account, your roles with their units, and the permissions you hold somewhere. */
    record Me(
            String username,
            String displayName,
            String language,
            boolean passwordChangeRequired,
            List<AccountReading.RoleView> roles,
            Set<Permission> permissions) {}

    private final PasswordChange passwords;
    private final AccountReading reading;
    private final Scopes scopes;
    private final MessageSource messages;

    AccountApiController(PasswordChange passwords, AccountReading reading, Scopes scopes, MessageSource messages) {
        this.passwords = passwords;
        this.reading = reading;
        this.scopes = scopes;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Your account: roles with the units where they apply, and your permissions")
    Me me(Principal user) {
        AccountReading.AccountView account = reading.own(user.getName());
        return new Me(
                account.username(),
                account.displayName(),
                account.language(),
                account.passwordChangeRequired(),
                account.roles(),
                scopes.permissions());
    }

    @PostMapping("/password")
    @Operation(summary = "Change your password; your page sessions on every device end")
    ResponseEntity<Void> changePassword(@RequestBody PasswordRequest request, Principal user, Locale locale) {
        Map<String, String> errors =
                passwords.change(user.getName(), request.currentPassword(), request.newPassword(), null);
        if (!errors.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST, messages.getMessage("problem.validation", null, locale));
            List<Map<String, String>> fields = errors.entrySet().stream()
                    .map(e -> Map.of("field", e.getKey(), "message", messages.getMessage(e.getValue(), null, locale)))
                    .toList();
            problem.setProperty("errors", fields);
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        return ResponseEntity.noContent().build();
    }
}
