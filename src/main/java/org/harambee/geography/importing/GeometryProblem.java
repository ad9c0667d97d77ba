package org.harambee.geography.importing;

import java.util.List;

/** Why a boundary cannot be imported: a message key of {@code i18n/import} and its arguments. */
final class GeometryProblem extends Exception {

    private final String code;
    private final transient List<Object> args;

    GeometryProblem(String code, Object... args) {
        super(code, null, false, false);
        this.code = code;
        this.args = List.of(args);
    }

    String code() {
        return code;
    }

    Object[] args() {
        return args.toArray();
    }
}
