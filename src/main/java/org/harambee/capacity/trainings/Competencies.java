package org.harambee.capacity.trainings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.harambee.access.AuditTrail;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The configurable list of competencies that trainings cover (table {@code capacity_competency}), each with a code and
 * names in English, French and Swahili. Shared by every area, so each change is audited; a deactivated competency
 * leaves the forms but keeps its name on what was recorded with it.
 */
@Service
public class Competencies {

    private static final Inputs INPUTS = Inputs.keyed("capacity");

    static final Set<String> LANGUAGES = Set.of("en", "fr", "sw");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /** A competency named in the reader's language. */
    public record Competency(UUID id, String code, String name, boolean active) {}

    /** What a coordinator enters: a code (capitals, digits, _) for a new one, names, and whether it is in use. */
    public record CompetencyInput(String code, String nameEn, String nameFr, String nameSw, Boolean active) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Competencies(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Every competency, inactive ones too, in their order. */
    @Transactional(readOnly = true)
    public List<Competency> all(String language) {
        return jdbc.sql("select id, code, " + column(language) + ", active from capacity_competency"
                        + " order by position, code")
                .query((rs, i) ->
                        new Competency(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Competency> active(String language) {
        return all(language).stream().filter(Competency::active).toList();
    }

    /** The competencies by code, inactive ones too. */
    @Transactional(readOnly = true)
    public Map<String, Competency> byCode(String language) {
        Map<String, Competency> byCode = new java.util.LinkedHashMap<>();
        all(language).forEach(c -> byCode.put(c.code(), c));
        return byCode;
    }

    @Transactional
    public Competency create(CompetencyInput input, String language) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = Inputs.trimmed(input.code());
        code = code == null ? null : code.toUpperCase(Locale.ROOT);
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "capacity.competency.code.invalid"));
        } else if (byCode("en").containsKey(code)) {
            problems.add(new FieldProblem("code", "capacity.competency.code.taken", code));
        }
        String[] names = names(input, problems);
        Inputs.refuseIfAny(problems);
        UUID id = Ids.newId();
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from capacity_competency")
                .query(Integer.class)
                .single();
        jdbc.sql("insert into capacity_competency (id, code, position, active, name_en, name_fr, name_sw, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        code,
                        position,
                        !Boolean.FALSE.equals(input.active()),
                        names[0],
                        names[1],
                        names[2],
                        Timestamp.from(Instant.now()))
                .update();
        audit.record("COMPETENCY_CREATED", "competency", code, null, null, names[0]);
        return get(id, language);
    }

    /** Renames a competency and switches it on or off; its code never changes. */
    @Transactional
    public Competency update(UUID id, CompetencyInput input, String language) {
        Competency current = get(id, "en");
        List<FieldProblem> problems = new ArrayList<>();
        String[] names = names(input, problems);
        Inputs.refuseIfAny(problems);
        boolean active = input.active() == null ? current.active() : input.active();
        jdbc.sql("update capacity_competency set name_en = ?, name_fr = ?, name_sw = ?, active = ? where id = ?")
                .params(names[0], names[1], names[2], active, id)
                .update();
        audit.record(
                "COMPETENCY_UPDATED", "competency", current.code(), null, null, names[0] + (active ? "" : " (off)"));
        return get(id, language);
    }

    /** Switches a competency on or off, keeping its names. */
    @Transactional
    public Competency activate(UUID id, boolean active, String language) {
        Competency current = get(id, "en");
        jdbc.sql("update capacity_competency set active = ? where id = ?")
                .params(active, id)
                .update();
        audit.record(
                active ? "COMPETENCY_ACTIVATED" : "COMPETENCY_DEACTIVATED",
                "competency",
                current.code(),
                null,
                null,
                current.name());
        return get(id, language);
    }

    @Transactional(readOnly = true)
    public Competency get(UUID id, String language) {
        return all(language).stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(NotFoundException.of("problem.capacityRecordNotFound"));
    }

    /**
     * The ids of the competencies with these codes; a problem on {@code competencies} when there is none, or for a
     * code that is unknown or no longer in use.
     */
    @Transactional(readOnly = true)
    public List<UUID> idsOf(List<String> codes, List<FieldProblem> problems) {
        List<String> given = codes == null
                ? List.of()
                : codes.stream()
                        .map(Inputs::trimmed)
                        .filter(c -> c != null)
                        .distinct()
                        .toList();
        if (given.isEmpty()) {
            problems.add(new FieldProblem("competencies", "capacity.competencies.required"));
            return List.of();
        }
        Map<String, Competency> known = byCode("en");
        List<UUID> ids = new ArrayList<>();
        for (String code : given) {
            Competency c = known.get(code);
            if (c == null || !c.active()) {
                problems.add(new FieldProblem("competencies", "capacity.competency.unknown", code));
            } else {
                ids.add(c.id());
            }
        }
        return ids;
    }

    private static String[] names(CompetencyInput input, List<FieldProblem> problems) {
        return new String[] {
            INPUTS.text("nameEn", input.nameEn(), 200, true, problems),
            INPUTS.text("nameFr", input.nameFr(), 200, true, problems),
            INPUTS.text("nameSw", input.nameSw(), 200, true, problems)
        };
    }

    static String column(String language) {
        return "name_" + (LANGUAGES.contains(language) ? language : "en");
    }
}
