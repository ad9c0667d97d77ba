package org.harambee.access.tokens;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's personal API tokens: create one (its secret is in this answer only), list them, revoke one. */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Account")
class TokenApiController {

    /** What a new token is for and how many days it lives (1 to 365; 90 if not given). */
    record TokenRequest(
            @NotBlank(message = "{account.tokens.nameRequired}")
            @Size(max = 100, message = "{account.tokens.nameRequired}")
            String name,

            @Min(value = 1, message = "{account.tokens.daysRange}")
            @Max(value = ApiTokens.MAX_DAYS, message = "{account.tokens.daysRange}")
            Integer days) {}

    private final ApiTokens tokens;

    TokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @Operation(summary = "Create a personal API token; send it as 'Authorization: Bearer <secret>'. Shown only here")
    ResponseEntity<ApiTokens.NewToken> create(@Valid @RequestBody TokenRequest request, Principal user) {
        ApiTokens.NewToken created =
                tokens.create(user.getName(), request.name(), request.days() == null ? 90 : request.days());
        return ResponseEntity.created(
                        URI.create("/api/v1/tokens/" + created.token().id()))
                .body(created);
    }

    @GetMapping
    @Operation(summary = "Your tokens, newest first, without their secrets")
    List<ApiTokens.TokenView> list(Principal user) {
        return tokens.of(user.getName());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of your tokens")
    ResponseEntity<Void> revoke(@PathVariable UUID id, Principal user) {
        if (!tokens.revoke(user.getName(), id)) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.noContent().build();
    }
}
