package org.harambee.access;

import java.util.UUID;

/** An account named in passing by other modules: who, by username and display name, and whether it may sign in. */
public record AccountRef(UUID id, String username, String displayName, boolean active) {}
