package org.harambee.referrals.servicepoints;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.harambee.access.AccountLookup;
import org.harambee.access.AccountRef;
import org.harambee.access.Role;
import org.springframework.stereotype.Component;

/**
 * Who may work the queue of a service point placed at a unit: active accounts holding
 * {@link Role#SERVICE_POINT_OFFICER} or {@link Role#DISTRICT_COORDINATOR} at that unit or above it.
 */
@Component
class OfficerCandidates {

    private final AccountLookup accounts;

    OfficerCandidates(AccountLookup accounts) {
        this.accounts = accounts;
    }

    /** The eligible accounts, by display name. */
    List<AccountRef> at(String unitPath) {
        Map<String, AccountRef> candidates = new LinkedHashMap<>();
        for (Role role : List.of(Role.SERVICE_POINT_OFFICER, Role.DISTRICT_COORDINATOR)) {
            accounts.holding(role, unitPath).forEach(a -> candidates.putIfAbsent(a.username(), a));
        }
        return candidates.values().stream()
                .sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()))
                .toList();
    }

    /** The usernames of those of {@code usernames} who may not work a queue at {@code unitPath}. */
    List<String> notEligible(List<String> usernames, String unitPath) {
        List<String> eligible = at(unitPath).stream().map(AccountRef::username).toList();
        return usernames.stream().filter(u -> !eligible.contains(u)).toList();
    }
}
