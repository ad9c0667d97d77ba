package org.harambee.partners;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the organisations table for other modules. */
@Repository
class Organisations {

    static final String REF_COLUMNS = "id, name, short_name, kind, active";

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrganisationRef> ref(UUID id) {
        return jdbc.sql("select " + REF_COLUMNS + " from partner_organisation where id = ?")
                .param(id)
                .query(Organisations::ref)
                .optional();
    }

    List<OrganisationRef> refs(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + REF_COLUMNS + " from partner_organisation where id in (:ids) order by name")
                .param("ids", ids)
                .query(Organisations::ref)
                .list();
    }

    List<OrganisationRef> active() {
        return jdbc.sql("select " + REF_COLUMNS + " from partner_organisation where active = true order by search_name")
                .query(Organisations::ref)
                .list();
    }

    static OrganisationRef ref(ResultSet rs, int i) throws SQLException {
        return new OrganisationRef(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("short_name"),
                OrganisationKind.valueOf(rs.getString("kind")),
                rs.getBoolean("active"));
    }
}
