package org.harambee.capacity.trainings;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The facilitator records a participant may be linked to (the facilitators part of this module owns them). */
@Repository
class FacilitatorNames {

    record Facilitator(UUID id, String name, String sex, String username, String unitPath, String phone) {}

    private final JdbcClient jdbc;

    FacilitatorNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Facilitator> find(UUID id) {
        return jdbc.sql("select id, name, sex, username, unit_path, phone from capacity_facilitator where id = ?")
                .param(id)
                .query((rs, i) -> new Facilitator(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .optional();
    }
}
