package org.harambee.referrals.servicepoints;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The focal person of a service point off the platform: a named person, trained in referral and case management on a
 * date, whom readiness counts as that service point's trained staff (it has no officer accounts). Set and cleared by
 * those who manage the service point; each change is audited without the name.
 */
@Service
class ServicePointFocalPersons {

    static final int MAX_NAME = 200;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** What a form or a request gives: the person's name and the day their training ended (ISO date). */
    record Input(String name, String trainedOn) {}

    private final ServicePointRegister register;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    ServicePointFocalPersons(ServicePointRegister register, AuditTrail audit, JdbcClient jdbc) {
        this.register = register;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The focal person recorded on the service point, if any. */
    Optional<ServicePointViews.FocalPerson> find(UUID id) {
        return jdbc.sql("select name, trained_on from referral_service_point_focal_person where service_point_id = ?")
                .param(id)
                .query(ServicePointViews.FocalPerson.class)
                .optional();
    }

    /** Records (or replaces) the focal person; 400 with the fields at fault, nothing written. */
    @Transactional
    ServicePointViews.FocalPerson set(UUID id, Input input) {
        ServicePointRecords.Row row = register.managed(id);
        List<FieldProblem> problems = new ArrayList<>();
        String name = Inputs.trimmed(input == null ? null : input.name());
        if (row.onPlatform()) {
            problems.add(new FieldProblem("name", "servicePoints.focal.onPlatform"));
        } else if (name == null) {
            problems.add(new FieldProblem("name", "servicePoints.focal.name.required"));
        } else if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem("name", "servicePoints.focal.name.invalid", MAX_NAME));
        }
        LocalDate trainedOn = date(input == null ? null : input.trainedOn(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("delete from referral_service_point_focal_person where service_point_id = ?")
                .param(id)
                .update();
        jdbc.sql("insert into referral_service_point_focal_person (service_point_id, name, trained_on, recorded_by,"
                        + " recorded_at) values (?, ?, ?, ?, ?)")
                .params(id, name, trainedOn, CurrentUser.name(), java.sql.Timestamp.from(Instant.now(clock)))
                .update();
        audit.record(
                "SERVICE_POINT_FOCAL_PERSON_SET",
                "service_point",
                id.toString(),
                row.unitId(),
                row.unitPath(),
                "trained on " + trainedOn);
        return new ServicePointViews.FocalPerson(name, trainedOn);
    }

    /** Removes the focal person (the person left): the service point no longer counts as having trained staff. */
    @Transactional
    void clear(UUID id) {
        ServicePointRecords.Row row = register.managed(id);
        int removed = jdbc.sql("delete from referral_service_point_focal_person where service_point_id = ?")
                .param(id)
                .update();
        if (removed > 0) {
            audit.record(
                    "SERVICE_POINT_FOCAL_PERSON_CLEARED",
                    "service_point",
                    id.toString(),
                    row.unitId(),
                    row.unitPath(),
                    null);
        }
    }

    private LocalDate date(String text, List<FieldProblem> problems) {
        String value = Inputs.trimmed(text);
        if (value == null) {
            problems.add(new FieldProblem("trainedOn", "servicePoints.focal.trainedOn.required"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isAfter(LocalDate.now(clock)) || date.isBefore(EARLIEST)) {
                problems.add(new FieldProblem("trainedOn", "servicePoints.focal.trainedOn.range"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("trainedOn", "servicePoints.focal.trainedOn.invalid"));
            return null;
        }
    }
}
