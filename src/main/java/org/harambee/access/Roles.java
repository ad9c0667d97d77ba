package org.harambee.access;

/** The roles a user may hold; the full role and scope model is documented in docs/access.md. */
public final class Roles {

    /** Manages accounts, boundaries and settings everywhere. */
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    private Roles() {}
}
