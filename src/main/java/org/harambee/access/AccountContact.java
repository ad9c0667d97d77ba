package org.harambee.access;

/**
 * Where an account takes messages outside the screen: its e-mail address and phone (either may be missing), the
 * language it reads the pages in (missing when never chosen), and whether it may still sign in.
 */
public record AccountContact(String username, String email, String phone, String language, boolean active) {}
