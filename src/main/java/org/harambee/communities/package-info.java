/**
 * Communities and their process: registration at a unit of the lowest level, clusters, the append-only history of
 * process phases, meetings (attendance as counts), harm selections and action plans, peer-spread links and the
 * backlog of communities that asked to start. Listens to {@link org.harambee.geography.UnitMoved}; publishes
 * {@link org.harambee.communities.CommunityRegistered} (an import's batch: one
 * {@link org.harambee.communities.CommunitiesRegistered}), {@link org.harambee.communities.CommunityStarted},
 * {@link org.harambee.communities.PhaseChanged}, {@link org.harambee.communities.MeetingHeld} and
 * {@link org.harambee.communities.SpreadLinkRecorded}. Other modules look communities up through
 * {@link org.harambee.communities.Communities}. A community's facilitators are people of the capacity register, named
 * and read through {@link org.harambee.communities.CommunityFacilitators}, which capacity implements (decision 32).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Communities",
        allowedDependencies = {"access", "geography", "partners", "system"})
package org.harambee.communities;
