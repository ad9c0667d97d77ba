package org.harambee.capacity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The capacity module's API for the communities a facilitator on the platform is assigned to on a day (their
 * assignments that have started and not ended), for the offline app. No scope check here: callers check.
 */
@Service
@Transactional(readOnly = true)
public class AssignedCommunities {

    private final JdbcClient jdbc;

    AssignedCommunities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the communities that the active facilitator with this username is assigned to on {@code day}. */
    public List<UUID> of(String username, LocalDate day) {
        return jdbc.sql("select distinct a.community_id from capacity_assignment a join capacity_facilitator f"
                        + " on f.id = a.facilitator_id where f.username = :user and f.active = true"
                        + " and a.starts_on <= :day and (a.ends_on is null or a.ends_on >= :day)")
                .param("user", username)
                .param("day", day)
                .query(UUID.class)
                .list();
    }
}
