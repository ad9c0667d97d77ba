package org.harambee.notifications.outbox;

import java.util.Locale;
import org.harambee.notifications.Template;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A row's message in the recipient's language, from the message files: its {@link Template}'s subject and text, with
 * the row's parameters as {@code {0}}, {@code {1}}...
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
        Template template =
                Template.of(row.template()).orElseThrow(() -> new DeliveryFailure("no template " + row.template()));
        return new Gateway.Outgoing(
                row.id().toString(),
                row.address(),
                messages.getMessage(template.subjectKey(), args, locale),
                messages.getMessage(template.textKey(), args, locale));
    }
}
