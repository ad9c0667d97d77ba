package org.harambee.partners;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * How the partners module names the communities a forum represents without depending on the communities module (which
 * depends on this one): communities provides the implementation.
 */
public interface CommunityDirectory {

    /** A community as a forum shows it, with the path of its unit. */
    record Community(UUID id, String name, String unitPath) {}

    /** The communities with these ids that exist; unknown ids are left out. */
    List<Community> byIds(Collection<UUID> ids);

    /** Up to {@code limit} communities inside the subtree at {@code unitPath}, by name. */
    List<Community> within(String unitPath, int limit);
}
