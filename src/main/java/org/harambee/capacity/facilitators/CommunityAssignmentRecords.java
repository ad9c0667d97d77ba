package org.harambee.capacity.facilitators;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.harambee.access.UnitPaths;
import org.harambee.capacity.trainings.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register seen from one community: who is assigned to it on a day, and the people a name may already mean. */
@Repository
class CommunityAssignmentRecords {

    /** The competency a facilitator is trained in when they completed a training covering it. */
    static final String FACILITATION = "FACILITATION";

    /** An assignment of the community on a day, with its person. */
    record Assigned(
            UUID assignmentId,
            UUID facilitatorId,
            String name,
            boolean insideCommunity,
            boolean trained,
            String unitPath,
            LocalDate startsOn) {

        String folded() {
            return fold(name);
        }
    }

    private final JdbcClient jdbc;

    CommunityAssignmentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How names are compared: case folded, as {@code search_name} is written. */
    static String fold(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /** The assignments of the community that have started on {@code day} and not ended, oldest first. */
    List<Assigned> of(UUID communityId, LocalDate day) {
        return jdbc.sql("select a.id as assignment_id, f.id as facilitator_id, f.name, f.inside_community,"
                        + " case when exists (select 1 from capacity_participant p"
                        + " join capacity_training t on t.id = p.training_id"
                        + " join capacity_training_competency tc on tc.training_id = t.id"
                        + " join capacity_competency c on c.id = tc.competency_id"
                        + " where c.code = :competency and " + Outcome.COMPLETED_SQL
                        + " and (p.facilitator_id = f.id or (f.username is not null and p.username = f.username)))"
                        + " then true else false end as trained, f.unit_path, a.starts_on"
                        + " from capacity_assignment a join capacity_facilitator f on f.id = a.facilitator_id"
                        + " where a.community_id = :community and a.starts_on <= :day"
                        + " and (a.ends_on is null or a.ends_on >= :day)"
                        + " order by a.starts_on, a.created_at, f.search_name")
                .param("competency", FACILITATION)
                .param("community", communityId)
                .param("day", day)
                .query(Assigned.class)
                .list();
    }

    /** The names of the people assigned to each of these communities on {@code day}, in the order assigned. */
    Map<UUID, List<String>> names(Collection<UUID> communityIds, LocalDate day) {
        Map<UUID, List<String>> names = new LinkedHashMap<>();
        if (communityIds.isEmpty()) {
            return names;
        }
        jdbc.sql("select a.community_id, f.name from capacity_assignment a"
                        + " join capacity_facilitator f on f.id = a.facilitator_id"
                        + " where a.community_id in (:communities) and a.starts_on <= :day"
                        + " and (a.ends_on is null or a.ends_on >= :day)"
                        + " order by a.community_id, a.starts_on, a.created_at, f.search_name")
                .param("communities", communityIds)
                .param("day", day)
                .query(rs -> {
                    names.computeIfAbsent(rs.getObject(1, UUID.class), c -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return names;
    }

    /** The communities the person is assigned to on {@code day}. */
    Set<UUID> communitiesOf(UUID facilitatorId, LocalDate day) {
        return new HashSet<>(jdbc.sql("select community_id from capacity_assignment where facilitator_id = :person"
                        + " and starts_on <= :day and (ends_on is null or ends_on >= :day)")
                .param("person", facilitatorId)
                .param("day", day)
                .query(UUID.class)
                .list());
    }

    /**
     * The person of the register a name means at a place (decision 0032): the same name, case folded, inside the
     * place's district.
     */
    Optional<UUID> samePerson(String name, String placePath) {
        return sameName(fold(name), UnitPaths.ancestor(placePath, CommunityAssignments.DISTRICT_DEPTH));
    }

    /**
     * The person of the register with this folded name placed inside the district at {@code districtPath}: an active
     * one first, then the one registered first.
     */
    private Optional<UUID> sameName(String folded, String districtPath) {
        return jdbc
                .sql("select id from capacity_facilitator where search_name = :name and unit_path like :district"
                        + " order by case when active then 0 else 1 end, created_at, id")
                .param("name", folded)
                .param("district", districtPath + "%")
                .query(UUID.class)
                .list()
                .stream()
                .findFirst();
    }

    void setInside(UUID facilitatorId, boolean inside) {
        jdbc.sql("update capacity_facilitator set inside_community = ?, updated_at = ? where id = ?")
                .params(inside, Timestamp.from(Instant.now()), facilitatorId)
                .update();
    }

    /** Withdraws an assignment made by mistake on the day it started. */
    void withdraw(UUID assignmentId) {
        jdbc.sql("delete from capacity_assignment where id = ?")
                .param(assignmentId)
                .update();
    }
}
