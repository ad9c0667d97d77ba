package org.harambee.communities.internal;

/** Where a community's request to start stands: waiting in the district's backlog, accepted, or declined. */
public enum RequestStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED
}
