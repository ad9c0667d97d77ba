package org.harambee.referrals.servicepoints;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.Role;
import org.harambee.referrals.ServicePoints;
import org.harambee.system.Inputs;
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
    private final OfficerCandidates candidates;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    ServicePointOfficers(
            ServicePointRegister register,
            ServicePoints servicePoints,
            OfficerCandidates candidates,
            AuditTrail audit,
            JdbcClient jdbc) {
        this.register = register;
        this.servicePoints = servicePoints;
        this.candidates = candidates;
        this.audit = audit;
        this.jdbc = jdbc;
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
        } else {
            candidates
                    .notEligible(List.copyOf(wanted), row.unitPath())
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
