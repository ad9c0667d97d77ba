package org.harambee.communities;

/** Where a community's request to start stands: waiting in the district's backlog, accepted, or declined. */
enum RequestStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED
}
