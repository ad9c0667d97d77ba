package org.harambee.notifications.preferences;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.harambee.access.AccountContact;
import org.harambee.access.AccountContacts;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.system.DeploymentZone;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in account's channels and quiet hours: read and changed by the account itself only. */
@Service
@Transactional
public class Preferences {

    private final PreferenceRecords records;
    private final AccountContacts contacts;
    private final AuditTrail audit;
    private final DeploymentZone zone;

    Preferences(PreferenceRecords records, AccountContacts contacts, AuditTrail audit, DeploymentZone zone) {
        this.records = records;
        this.contacts = contacts;
        this.audit = audit;
        this.zone = zone;
    }

    @Transactional(readOnly = true)
    public PreferenceView mine() {
        String me = me();
        return view(records.find(me).orElse(Preference.defaults(me)), contacts.of(me));
    }

    public PreferenceView change(PreferenceInput input) {
        String me = me();
        var contact = contacts.of(me);
        List<FieldProblem> problems = new ArrayList<>();
        LocalTime from = time("quietFrom", input.quietFrom(), problems);
        LocalTime until = time("quietUntil", input.quietUntil(), problems);
        if ((from == null) != (until == null) && problems.isEmpty()) {
            problems.add(new FieldProblem(from == null ? "quietFrom" : "quietUntil", "notifications.quiet.both"));
        }
        boolean sms = Boolean.TRUE.equals(input.sms());
        if (sms && contact.map(AccountContact::phone).filter(p -> !p.isBlank()).isEmpty()) {
            problems.add(new FieldProblem("sms", "notifications.sms.noPhone"));
        }
        Inputs.refuseIfAny(problems);
        Preference saved = new Preference(
                me,
                Boolean.TRUE.equals(input.email()),
                sms,
                true, // the notices are the work list: always kept, whatever was asked
                new QuietHours(from, until));
        records.save(saved, Instant.now());
        audit.record("NOTIFICATION_PREFERENCES_CHANGED", "account", me, null, null, null);
        return view(saved, contact);
    }

    private PreferenceView view(Preference p, java.util.Optional<AccountContact> contact) {
        PreferenceInput shown = PreferenceInput.of(p);
        return new PreferenceView(
                p.email(),
                p.sms(),
                p.inApp(),
                shown.quietFrom(),
                shown.quietUntil(),
                contact.map(AccountContact::email).filter(e -> !e.isBlank()).isPresent(),
                contact.map(AccountContact::phone).filter(e -> !e.isBlank()).isPresent(),
                zone.zone().getId());
    }

    private static LocalTime time(String field, String value, List<FieldProblem> problems) {
        String text = Inputs.trimmed(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "notifications.quiet.invalid"));
            return null;
        }
    }

    private static String me() {
        return CurrentUser.signedIn().orElseThrow(() -> new AccessDeniedException("sign in to choose channels"));
    }
}
