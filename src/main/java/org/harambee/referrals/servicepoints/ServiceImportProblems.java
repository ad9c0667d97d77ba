package org.harambee.referrals.servicepoints;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.harambee.referrals.ServiceCategory;
import org.harambee.system.ImportContext;
import org.harambee.system.ImportRecord;
import org.harambee.system.InvalidInputException.FieldProblem;

/**
 * The form's problems of a service point or a route, reported on an import's record: by the column that holds the
 * field, and in the import's words where the form's speak of its own widgets ("fill in this field", "choose from the
 * list").
 */
final class ServiceImportProblems {

    private ServiceImportProblems() {}

    /** The categories, as a file writes them. */
    static final String CATEGORIES =
            Arrays.stream(ServiceCategory.values()).map(ServiceCategory::name).collect(Collectors.joining(", "));

    /** Reports each problem of {@code record} under the column {@code columns} maps its field to. */
    static void report(
            ImportRecord record, List<FieldProblem> problems, Map<String, String> columns, ImportContext context) {
        for (FieldProblem problem : problems) {
            String column = columns.getOrDefault(problem.field(), problem.field());
            switch (problem.key()) {
                case "servicePoints.required" -> context.problem(record.line(), column, "recordImports.value.required");
                case "servicePoints.tooLong" ->
                    context.problem(record.line(), column, "recordImports.value.tooLong", problem.args());
                case "servicePoints.category.invalid" -> {
                    String cell = record.cell(column);
                    if (cell == null) {
                        context.problem(record.line(), column, "recordImports.value.required");
                    } else {
                        context.problem(record.line(), column, "recordImports.value.oneOf", cell, CATEGORIES);
                    }
                }
                default -> context.problem(record.line(), column, problem.key(), problem.args());
            }
        }
    }
}
