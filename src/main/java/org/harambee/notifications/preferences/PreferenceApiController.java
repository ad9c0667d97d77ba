package org.harambee.notifications.preferences;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account's channels and quiet hours. */
@RestController
@Tag(name = "Notifications", description = "Messages by e-mail and SMS: preferences and the delivery log")
class PreferenceApiController {

    private final Preferences preferences;

    PreferenceApiController(Preferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/api/v1/notifications/preferences")
    @Operation(summary = "How the signed-in account takes its messages (defaults until it chooses)")
    PreferenceView mine() {
        return preferences.mine();
    }

    @PutMapping("/api/v1/notifications/preferences")
    @Operation(
            summary =
                    "Choose channels (email, sms; left out means not chosen; inApp is always true) and quiet hours (quietFrom and"
                            + " quietUntil as HH:mm in the deployment's time zone, both or neither); 400 with field errors")
    PreferenceView change(@RequestBody PreferenceInput input) {
        return preferences.change(input);
    }
}
