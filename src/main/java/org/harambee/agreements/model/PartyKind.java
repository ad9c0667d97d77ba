package org.harambee.agreements.model;

/**
 * Who can be party to an agreement: on the community side a community or a cluster; on the system side an
 * organisation, a service point, or a government office that is not on the platform (named by hand).
 */
public enum PartyKind {
    COMMUNITY,
    CLUSTER,
    PARTNER,
    SERVICE_POINT,
    OFFICE;

    public boolean communitySide() {
        return this == COMMUNITY || this == CLUSTER;
    }
}
