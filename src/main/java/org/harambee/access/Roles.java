package org.harambee.access;

import java.util.Locale;

/** Reading role names from the database and from requests. */
public final class Roles {

    private Roles() {}

    /** The role of that name (any case), or null when there is none: a removed role grants nothing. */
    public static Role parse(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Role.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
