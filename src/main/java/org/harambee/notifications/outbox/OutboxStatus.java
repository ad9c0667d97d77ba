package org.harambee.notifications.outbox;

/**
 * Where a message is: waiting ({@code QUEUED}, also between attempts), claimed by a sender for a lease
 * ({@code SENDING}), handed to the gateway ({@code SENT}), or given up after the last attempt ({@code FAILED}).
 */
public enum OutboxStatus {
    QUEUED,
    SENDING,
    SENT,
    FAILED
}
