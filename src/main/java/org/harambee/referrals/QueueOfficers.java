package org.harambee.referrals;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The officers who work the queues of several service points, read in one query (not one per service point). */
@Service
@Transactional(readOnly = true)
public class QueueOfficers {

    private final JdbcClient jdbc;

    QueueOfficers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By service point id: the usernames of its officers, by username; a service point without officers is absent. */
    public Map<UUID, List<String>> of(Collection<UUID> servicePointIds) {
        Map<UUID, List<String>> officers = new HashMap<>();
        if (servicePointIds.isEmpty()) {
            return officers;
        }
        jdbc.sql("select service_point_id, username from referral_service_point_officer"
                        + " where service_point_id in (:ids) order by username")
                .param("ids", servicePointIds)
                .query((rs, i) -> officers.computeIfAbsent(
                                rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return officers;
    }
}
