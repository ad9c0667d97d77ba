package org.harambee.notifications;

/** How a message leaves the platform. In-app notices stay with the module that writes them. */
public enum Channel {
    EMAIL,
    SMS
}
