package org.harambee.referrals.servicepoints;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harambee.access.AccountLookup;
import org.harambee.access.AccountRef;
import org.harambee.access.AuditTrail;
import org.harambee.access.Role;
import org.harambee.referrals.ServicePoints;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works a service point's queue: active accounts holding {@link Role#SERVICE_POINT_OFFICER} or
 * {@link Role#DISTRICT_COORDINATOR} at the service point's unit or above it. Only a service point on the platform has
 * officers; one off the platform answers through one-time links.
 */
@Service
class ServicePointOfficers {

    static final int MAX_OFFICERS = 100;

    private final ServicePointRegister register;
    private final ServicePoints servicePoints;
    private final AccountLookup accounts;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    ServicePointOfficers(
            ServicePointRegister register,
            ServicePoints servicePoints,
            AccountLookup accounts,
            AuditTrail audit,
            JdbcClient jdbc) {
        this.register = register;
        this.servicePoints = servicePoints;
        this.accounts = accounts;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The accounts that may work the queue of a service point placed at {@code unitPath}, by display name. */
    List<AccountRef> candidates(String unitPath) {
        Map<String, AccountRef> candidates = new LinkedHashMap<>();
        for (Role role : List.of(Role.SERVICE_POINT_OFFICER, Role.DISTRICT_COORDINATOR)) {
            accounts.holding(role, unitPath).forEach(a -> candidates.putIfAbsent(a.username(), a));
        }
        return candidates.values().stream()
                .sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()))
                .toList();
    }

    /** Replaces the officers of a service point by the accounts named (usernames, in any case). */
    @Transactional
    List<String> replace(UUID id, List<String> usernames) {
        ServicePointRecords.Row row = register.managed(id);
        Set<String> wanted = new LinkedHashSet<>();
        if (usernames != null) {
            usernames.stream()
                    .map(Inputs::trimmed)
                    .filter(u -> u != null)
                    .forEach(u -> wanted.add(u.toLowerCase(Locale.ROOT)));
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (!wanted.isEmpty() && !row.onPlatform()) {
            problems.add(new FieldProblem("usernames", "servicePoints.officers.offPlatform"));
        } else if (wanted.size() > MAX_OFFICERS) {
            problems.add(new FieldProblem("usernames", "servicePoints.officers.tooMany", MAX_OFFICERS));
        } else if (!wanted.isEmpty()) {
            Set<String> eligible = new LinkedHashSet<>();
            candidates(row.unitPath()).forEach(a -> eligible.add(a.username()));
            wanted.stream()
                    .filter(u -> !eligible.contains(u))
                    .forEach(u -> problems.add(new FieldProblem("usernames", "servicePoints.officers.notEligible", u)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> before = servicePoints.officers(id);
        List<String> after = wanted.stream().sorted().toList();
        if (!before.equals(after)) {
            jdbc.sql("delete from referral_service_point_officer where service_point_id = ?")
                    .param(id)
                    .update();
            for (String username : after) {
                jdbc.sql("insert into referral_service_point_officer (service_point_id, username) values (?, ?)")
                        .params(id, username)
                        .update();
            }
            audit.record(
                    "SERVICE_POINT_OFFICERS_CHANGED",
                    "service_point",
                    id.toString(),
                    row.unitId(),
                    row.unitPath(),
                    "officers: " + String.join(", ", after));
        }
        return after;
    }
}
