package org.harambee.home;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Who reads the home page and when: one moment for every count of the page, and the reader's language for place
 * names.
 */
public record Reader(String username, Instant now, LocalDate today, String language) {}
