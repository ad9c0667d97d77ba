package org.harambee.system;

import org.springframework.security.access.AccessDeniedException;

/**
 * The place chosen in a form's field ({@link #field()}) lies outside the area where the user may do this. The API
 * answers it as every refusal of access (403, a problem detail); a page form sent through {@link Forms#submit} shows
 * it beside the field, with everything typed kept.
 */
public class OutsideAreaException extends AccessDeniedException {

    private final String field;

    public OutsideAreaException(String field) {
        super("outside the user's scope: " + field);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
