package org.harambee.home;

import java.util.Optional;
import org.harambee.access.Role;

/**
 * The extension point of a role's section: a bean of this type adds one count to the section of its role, after
 * the built-in ones. Consent decisions waiting for a district coordinator plug in here (decision 0027): a class of
 * this module that asks the referrals module's API for the count, so that no module depends back on this one.
 */
public interface WaitingWork {

    /** The role whose section shows the count. */
    Role role();

    /** The count for the signed-in user, or empty when there is nothing to show them. */
    Optional<Home.Item> item(Reader reader);
}
