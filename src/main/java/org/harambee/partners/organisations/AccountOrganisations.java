package org.harambee.partners.organisations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.OrganisationDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The partners module's answer to the access module: which organisations an account can belong to. */
@Component
@Transactional(readOnly = true)
class AccountOrganisations implements OrganisationDirectory {

    private final OrganisationRecords organisations;
    private final JdbcClient jdbc;

    AccountOrganisations(OrganisationRecords organisations, JdbcClient jdbc) {
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Organisation> byId(UUID id) {
        return organisations.ref(id).map(o -> new Organisation(o.id(), o.name()));
    }

    @Override
    public List<Organisation> active() {
        return jdbc.sql("select id, name from partner_organisation where active = true order by search_name")
                .query((rs, i) -> new Organisation(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }
}
