package org.harambee.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.harambee.access.AccountContact;
import org.harambee.access.AccountContacts;
import org.harambee.notifications.outbox.OutboxRecords;
import org.harambee.notifications.outbox.OutboxRow;
import org.harambee.notifications.preferences.Preference;
import org.harambee.notifications.preferences.PreferenceRecords;
import org.harambee.system.DeploymentZone;
import org.harambee.system.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications module's API: queue a message in the caller's transaction, so that it is sent if and only if the
 * caller's change commits. A message names a {@link Template} and its parameters: references and links only, never a child's identity. Sending happens later, off
 * the request, so a gateway that is down never fails the caller.
 */
@Service
public class Notifications {

    private final OutboxRecords outbox;
    private final PreferenceRecords preferences;
    private final AccountContacts contacts;
    private final Languages languages;
    private final DeploymentZone zone;

    Notifications(
            OutboxRecords outbox,
            PreferenceRecords preferences,
            AccountContacts contacts,
            Languages languages,
            DeploymentZone zone) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.contacts = contacts;
        this.languages = languages;
        this.zone = zone;
    }

    /**
     * Queues a message to an account on each channel it chose and has an address for, in its language, held until
     * its quiet hours end unless it is an emergency. Returns how many rows were queued (none for an unknown or
     * disabled account).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int toAccount(String username, Template template, List<String> parameters, Urgency urgency) {
        Optional<AccountContact> found = contacts.of(username);
        if (found.isEmpty() || !found.get().active()) {
            return 0;
        }
        AccountContact contact = found.get();
        Preference preference = preferences.find(contact.username()).orElse(Preference.defaults(contact.username()));
        Instant now = Instant.now();
        Instant due =
                urgency == Urgency.EMERGENCY ? now : preference.quietHours().sendingFrom(now, zone.zone());
        String language = languages
                .find(contact.language())
                .orElse(languages.defaultLanguage())
                .tag();
        int queued = 0;
        for (Channel channel : Channel.values()) {
            String address = channel == Channel.EMAIL ? contact.email() : contact.phone();
            if (preference.wants(channel) && address != null && !address.isBlank()) {
                outbox.insert(OutboxRow.queued(
                        "ACCOUNT",
                        contact.username(),
                        address.trim(),
                        channel,
                        language,
                        template.key(),
                        parameters,
                        null,
                        urgency,
                        due,
                        now));
                queued++;
            }
        }
        return queued;
    }

    /**
     * Queues a message to an address outside the platform (a service point's phone or e-mail), in the deployment's
     * default language, at once. {@code secret} (a one-time link) is appended to the parameters when the message is
     * rendered and erased from the row once the message is sent or has failed for good.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toAddress(
            String recipient,
            Channel channel,
            String address,
            Template template,
            List<String> parameters,
            String secret,
            Urgency urgency) {
        Instant now = Instant.now();
        outbox.insert(OutboxRow.queued(
                "ADDRESS",
                recipient,
                address.trim(),
                channel,
                languages.defaultLanguage().tag(),
                template.key(),
                parameters,
                secret,
                urgency,
                now,
                now));
    }
}
