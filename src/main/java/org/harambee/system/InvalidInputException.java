package org.harambee.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input that a service refused after looking at it as a whole (unknown references, rules across fields), with one
 * message key per field. The API answers it as a 400 problem detail listing each field; pages show each message
 * beside its field. Nothing has been written when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

    /** A field's problem: the message key and its arguments. */
    public record FieldProblem(String field, String key, Object... args) {}

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("invalid input: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** Field → problem, the first problem of each field, for a form. */
    public Map<String, FieldProblem> byField() {
        Map<String, FieldProblem> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.putIfAbsent(p.field(), p));
        return byField;
    }
}
