package org.harambee.referrals.servicepoints;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.geography.UnitView;
import org.harambee.referrals.EmergencyNumbers;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording an area's emergency and child-helpline numbers on its pathway ({@link Permission#MANAGE_SERVICES} there).
 * A number is digits, spaces and hyphens, with a leading + for an international one; a short code (112, 116) is a
 * number too. A blank number is not recorded here: the place takes it from above again.
 */
@Service
@Transactional
class EmergencyNumberSetting {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{0,18}[0-9]");

    /** The numbers as typed. */
    record NumbersInput(String emergency, String helpline) {}

    /** An area's own numbers (null where it has none) and those that hold there, inherited or its own. */
    record Numbers(String unit, String emergency, String helpline, EmergencyNumbers holding) {}

    private final EmergencyNumberRecords records;
    private final PathwayReading pathways;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    EmergencyNumberSetting(EmergencyNumberRecords records, PathwayReading pathways, Scopes scopes, AuditTrail audit) {
        this.records = records;
        this.pathways = pathways;
        this.scopes = scopes;
        this.audit = audit;
    }

    Numbers set(String pcode, NumbersInput input, String language) {
        UnitView unit = pathways.unit(pcode, language);
        scopes.require(Permission.MANAGE_SERVICES, unit.path());
        List<FieldProblem> problems = new ArrayList<>();
        String emergency = phone("emergency", input == null ? null : input.emergency(), problems);
        String helpline = phone("helpline", input == null ? null : input.helpline(), problems);
        Inputs.refuseIfAny(problems);
        records.save(
                new EmergencyNumberRecords.Row(unit.id(), unit.path(), emergency, helpline),
                CurrentUser.name(),
                clock.instant());
        audit.record(
                "EMERGENCY_NUMBERS_SET",
                "referral_emergency_numbers",
                unit.id().toString(),
                unit.id(),
                unit.path(),
                null);
        return numbers(unit, language);
    }

    @Transactional(readOnly = true)
    Numbers read(String pcode, String language) {
        return numbers(pathways.unit(pcode, language), language);
    }

    private Numbers numbers(UnitView unit, String language) {
        EmergencyNumberRecords.Row own = records.at(unit.id()).orElse(null);
        return new Numbers(
                unit.pcode(),
                own == null ? null : own.emergencyNumber(),
                own == null ? null : own.helplineNumber(),
                records.nearest(unit.path(), language));
    }

    private static String phone(String field, String value, List<FieldProblem> problems) {
        String typed = Inputs.trimmed(value);
        if (typed != null && !PHONE.matcher(typed).matches()) {
            problems.add(new FieldProblem(field, "pathways.emergency.phone"));
        }
        return typed;
    }
}
