package org.harambee.insights.export;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Maps every place to the DHIS2 organisation unit whose code is its P-code, as read from the configured server:
 * the organisation units are fetched first (no transaction held while DHIS2 answers), then mapped in one.
 */
@Service
@PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
public class Dhis2CodeMatching {

    private final Dhis2Client client;
    private final Dhis2OrgUnitMapping orgUnits;

    Dhis2CodeMatching(Dhis2Client client, Dhis2OrgUnitMapping orgUnits) {
        this.client = client;
        this.orgUnits = orgUnits;
    }

    public Dhis2OrgUnitMapping.CodeMatch mapByCode() {
        return orgUnits.mapByCode(client.orgUnits());
    }
}
