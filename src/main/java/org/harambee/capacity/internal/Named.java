package org.harambee.capacity.internal;

import java.util.UUID;

/** A record of another module named in passing in the module's views: an organisation, a community. */
public record Named(UUID id, String name) {}
