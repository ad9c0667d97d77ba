package org.harambee.communities;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who facilitates a community, kept in one place: the capacity module's register of facilitators (a person, with or
 * without an account) and their assignments to communities, which the capacity module implements this port with
 * (decision 0032). The communities module names a community's facilitators through it when a community is registered
 * or corrected, in the same transaction, and reads them back for its page and API; it never keeps names of its own.
 */
public interface CommunityFacilitators {

    /** A facilitator as a community form or the API names them: a name and whether they live in the community. */
    record NamedFacilitator(String name, boolean insideCommunity) {}

    /**
     * A person assigned to the community on the day asked: their record in the register (placed at {@code unitPath}),
     * and whether they completed a training in facilitation.
     */
    record AssignedFacilitator(UUID id, String name, boolean insideCommunity, boolean trained, String unitPath) {}

    /** The people assigned to the community on {@code day}, in the order they were assigned. */
    List<AssignedFacilitator> of(UUID communityId, LocalDate day);

    /**
     * The names of the people assigned on {@code day} to each of {@code communityIds} (at most a few hundred, a batch
     * of a list), in the order they were assigned; a community with none is left out. One query for the whole batch.
     */
    Map<UUID, List<String>> names(Collection<UUID> communityIds, LocalDate day);

    /** The communities the person {@code facilitatorId} of the register is assigned to on {@code day}. */
    Set<UUID> communitiesOf(UUID facilitatorId, LocalDate day);

    /**
     * Makes {@code named} the people assigned to the community from {@code day}: a name already assigned stays, a new
     * one is assigned from that day (the register's person of the same name in the same district, or a new person
     * placed at the community's unit), and an assignment whose name is no longer given ends the day before (one that
     * started that day is withdrawn). No person and no training record is deleted. The caller has checked that the
     * user may manage the community.
     */
    void assign(CommunityRef community, List<NamedFacilitator> named, LocalDate day);
}
