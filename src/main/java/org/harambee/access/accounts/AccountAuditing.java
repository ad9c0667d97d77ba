package org.harambee.access.accounts;

import java.util.stream.Collectors;
import org.harambee.access.AuditTrail;
import org.harambee.access.UnitDirectory;
import org.harambee.access.accounts.AccountReading.AccountView;
import org.harambee.access.accounts.AccountReading.ScopeUnit;
import org.springframework.stereotype.Component;

/**
 * The audit lines of account administration, each placed at the first unit of the account's scope so that
 * coordinators see the changes in their area.
 */
@Component
class AccountAuditing {

    private final UnitDirectory directory;
    private final AuditTrail audit;

    AccountAuditing(UnitDirectory directory, AuditTrail audit) {
        this.directory = directory;
        this.audit = audit;
    }

    void record(AccountView view, String action, String detail) {
        UnitDirectory.Place unit = placeOf(view);
        audit.record(
                action,
                "account",
                view.username(),
                unit == null ? null : unit.id(),
                unit == null ? null : unit.path(),
                detail);
    }

    /** As {@link #record}, for a change made by {@code actor}: off a request (an import) as in one. */
    void recordAs(String actor, AccountView view, String action, String detail) {
        UnitDirectory.Place unit = placeOf(view);
        audit.recordAs(
                actor,
                action,
                "account",
                view.username(),
                unit == null ? null : unit.id(),
                unit == null ? null : unit.path(),
                detail);
    }

    private UnitDirectory.Place placeOf(AccountView view) {
        return view.roles().stream()
                .flatMap(r -> r.units().stream())
                .findFirst()
                .flatMap(u -> directory.byPcode(u.pcode()))
                .orElse(null);
    }

    /** The account's roles with the P-codes of their units, as the detail of a change of permissions. */
    static String summary(AccountView view) {
        return view.roles().stream()
                .map(r -> r.role().name()
                        + (r.units().isEmpty()
                                ? ""
                                : r.units().stream().map(ScopeUnit::pcode).collect(Collectors.joining(",", ":", ""))))
                .collect(Collectors.joining(" "));
    }
}
