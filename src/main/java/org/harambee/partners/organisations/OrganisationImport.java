package org.harambee.partners.organisations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.harambee.access.Permission;
import org.harambee.partners.OrganisationKind;
import org.harambee.system.ImportColumn;
import org.harambee.system.ImportContext;
import org.harambee.system.ImportCounts;
import org.harambee.system.ImportRecord;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.RecordImporter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Organisations from a spreadsheet: one per record, checked by {@link OrganisationChecks} as the form's and written by
 * {@link OrganisationRegistering} with the form's audit lines. An organisation is known by its name (ignoring case and
 * repeated spaces): a record naming one already registered updates it when it differs, and leaves it alone when it
 * does not; its status (active or not) is left as it is. Organisations are not placed, so, as with the form, holding
 * {@link Permission#MANAGE_PARTNERS} anywhere is enough.
 */
@Component
class OrganisationImport implements RecordImporter<OrganisationImport.Draft> {

    static final String KIND = "organisations";

    /** A record read and checked. */
    record Draft(int line, OrganisationRecords.Details details) {

        String key() {
            return OrganisationRecords.searchName(details.name());
        }
    }

    private final OrganisationChecks checks;
    private final OrganisationRegistering registry;
    private final OrganisationRecords organisations;

    OrganisationImport(OrganisationChecks checks, OrganisationRegistering registry, OrganisationRecords organisations) {
        this.checks = checks;
        this.registry = registry;
        this.organisations = organisations;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String permission() {
        return Permission.MANAGE_PARTNERS.name();
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("name", "Synthetic Child Aid Network"),
                ImportColumn.optional("short_name", "SCAN"),
                ImportColumn.required("kind", "NATIONAL_NGO"),
                ImportColumn.optional("country", "SL"),
                ImportColumn.optional("level", "2"),
                ImportColumn.optional("contact_name", "Aminata Sesay"),
                ImportColumn.optional("contact_email", "contact@example.org"),
                ImportColumn.optional("contact_phone", "+232 76 000 000"),
                ImportColumn.optional("website", "https://example.org"));
    }

    @Override
    public Draft read(ImportRecord record, ImportContext context) {
        int line = record.line();
        boolean ok = true;
        Integer level = null;
        String levelCell = record.cell("level");
        if (levelCell != null) {
            try {
                level = Integer.valueOf(levelCell);
            } catch (NumberFormatException notANumber) {
                level = -1;
            }
            if (level < 0) {
                context.problem(line, "level", "recordImports.value.notCount", levelCell);
                ok = false;
                level = null;
            }
        }
        OrganisationRegistering.OrganisationInput input = new OrganisationRegistering.OrganisationInput(
                record.cell("name"),
                record.cell("short_name"),
                record.cell("kind"),
                record.cell("country"),
                level,
                record.cell("contact_name"),
                record.cell("contact_email"),
                record.cell("contact_phone"),
                record.cell("website"));
        List<FieldProblem> problems = new ArrayList<>();
        OrganisationRecords.Details details = checks.checked(input, problems);
        for (FieldProblem problem : problems) {
            report(record, problem, context);
        }
        return ok && problems.isEmpty() ? new Draft(line, details) : null;
    }

    @Override
    public void check(List<Draft> drafts, ImportContext context) {
        Map<String, Draft> byKey = new HashMap<>();
        for (Draft draft : drafts) {
            Draft first = byKey.putIfAbsent(draft.key(), draft);
            if (first != null) {
                context.problem(draft.line(), "name", "recordImports.duplicate", first.line());
            }
        }
    }

    @Override
    public ImportCounts write(List<Draft> drafts, ImportContext context) {
        Map<String, OrganisationRecords.Row> stored = new HashMap<>();
        for (OrganisationRecords.Row row :
                organisations.named(drafts.stream().map(Draft::key).toList())) {
            stored.put(OrganisationRecords.searchName(row.details().name()), row);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Draft draft : drafts) {
            OrganisationRecords.Row before = stored.get(draft.key());
            try {
                if (before == null) {
                    registry.register(draft.details(), context.user());
                    created++;
                } else if (before.details().equals(draft.details())) {
                    unchanged++;
                } else {
                    registry.correct(before.id(), draft.details(), context.user());
                    updated++;
                }
            } catch (DuplicateKeyException takenMeanwhile) {
                context.problem(draft.line(), "name", "partners.organisation.nameTaken");
                break;
            }
            context.progress(created + updated + unchanged);
        }
        return new ImportCounts(created, updated, unchanged);
    }

    /** A problem of the form's checks, on its column; the kind is told with the values it may take. */
    private static void report(ImportRecord record, FieldProblem problem, ImportContext context) {
        String column = column(problem.field());
        if (column.equals("kind")) {
            String cell = record.cell("kind");
            if (cell == null) {
                context.problem(record.line(), column, "recordImports.value.required");
            } else {
                context.problem(
                        record.line(),
                        column,
                        "recordImports.value.oneOf",
                        cell,
                        Arrays.stream(OrganisationKind.values())
                                .map(OrganisationKind::name)
                                .collect(Collectors.joining(", ")));
            }
            return;
        }
        context.problem(record.line(), column, problem.key(), problem.args());
    }

    /** The column of a form's field: {@code contactEmail} is {@code contact_email}. */
    private static String column(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
