package org.harambee.access.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.AuditEntry;
import org.harambee.access.AuditTrail;
import org.harambee.access.Scope;
import org.harambee.access.UnitDirectory;
import org.harambee.system.CsvSheet;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The audit filters of the page and the API, read the same way: a place (P-code, its whole subtree), dates from and to
 * (inclusive, UTC), an action and an actor. Also writes the CSV export.
 */
@Component
class AuditFilters {

    static final int EXPORT_LIMIT = 100_000;
    static final List<String> HEADER =
            List.of("seq", "at", "actor", "remote_address", "action", "record_type", "record_id", "unit_id", "detail");

    private final UnitDirectory directory;

    AuditFilters(UnitDirectory directory) {
        this.directory = directory;
    }

    AuditTrail.AuditQuery query(String action, String actor, String unit, String from, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        String unitPath = null;
        if (unit != null && !unit.isBlank()) {
            unitPath = directory
                    .byPcode(unit.trim())
                    .map(UnitDirectory.Place::path)
                    .orElse(null);
            if (unitPath == null) {
                problems.add(new FieldProblem("unit", "accounts.roles.unknownUnit", unit.trim()));
            }
        }
        LocalDate fromDate = date("from", from, problems);
        LocalDate toDate = date("to", to, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new AuditTrail.AuditQuery(
                action,
                actor,
                unitPath,
                fromDate == null ? null : fromDate.atStartOfDay(ZoneOffset.UTC).toInstant(),
                toDate == null
                        ? null
                        : toDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** "Name (P-code)" of the units the lines are placed in, for display. */
    Map<UUID, String> places(Collection<AuditEntry> entries) {
        Map<UUID, String> places = new LinkedHashMap<>();
        List<UUID> ids = entries.stream()
                .map(AuditEntry::unitId)
                .filter(id -> id != null)
                .distinct()
                .toList();
        directory.byIds(ids).forEach(p -> places.put(p.id(), p.name() + " (" + p.pcode() + ")"));
        return places;
    }

    /**
     * Answers the filtered lines as a CSV download (page and API alike), recording the export itself first.
     */
    void export(
            AuditTrail audit,
            Scope scope,
            String action,
            String actor,
            String unit,
            String from,
            String to,
            jakarta.servlet.http.HttpServletResponse response)
            throws IOException {
        AuditTrail.AuditQuery query = query(action, actor, unit, from, to);
        audit.record("AUDIT_EXPORTED", "audit", null, null, null, describe(action, actor, unit, from, to));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        writeCsv(audit, query, scope, response.getWriter());
    }

    /** The filters of an export, for its audit line. */
    static String describe(String action, String actor, String unit, String from, String to) {
        StringBuilder sb = new StringBuilder();
        String[] names = {"action", "actor", "unit", "from", "to"};
        String[] values = {action, actor, unit, from, to};
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null && !values[i].isBlank()) {
                sb.append(names[i]).append('=').append(values[i].trim()).append(' ');
            }
        }
        return sb.length() == 0 ? "all" : sb.toString().trim();
    }

    /** The lines as CSV (RFC 4180), a cell that a spreadsheet would run as a formula made plain text. */
    void writeCsv(AuditTrail audit, AuditTrail.AuditQuery query, Scope scope, Writer out) throws IOException {
        try (CsvSheet csv = new CsvSheet(out, HEADER)) {
            audit.each(
                    query,
                    scope,
                    EXPORT_LIMIT,
                    e -> csv.row(
                            e.seq(),
                            e.at().toString(),
                            e.actor(),
                            e.remoteAddress(),
                            e.action(),
                            e.recordType(),
                            e.recordId(),
                            e.unitId(),
                            e.detail()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static LocalDate date(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "audit.dateInvalid"));
            return null;
        }
    }
}
