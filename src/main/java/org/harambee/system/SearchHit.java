package org.harambee.system;

import java.util.UUID;

/**
 * One record a search found, as its owning module shows it to the search box: its name (a referral's reference, never
 * who the child is) and the local address of its page.
 */
public record SearchHit(UUID id, String label, String href) {}
