package org.harambee.notifications.outbox;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A row's message in the recipient's language, from the message files: {@code notifications.<template>.subject} and
 * {@code notifications.<template>.text}, with the row's parameters as {@code {0}}, {@code {1}}...
 */
@Component
class Rendering {

    private final MessageSource messages;

    Rendering(MessageSource messages) {
        this.messages = messages;
    }

    Gateway.Outgoing render(OutboxRow row) {
        Locale locale = Locale.forLanguageTag(row.language());
        Object[] args = row.renderedParameters().toArray();
        String key = "notifications." + row.template();
        return new Gateway.Outgoing(
                row.id().toString(),
                row.address(),
                messages.getMessage(key + ".subject", args, locale),
                messages.getMessage(key + ".text", args, locale));
    }
}
