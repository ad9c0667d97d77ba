package org.harambee.capacity;

/**
 * One criterion of a district's readiness, evaluated: what it asks ({@code criterion}, shown with the message
 * {@code capacity.criterion.<criterion>} and the arguments {@code actual}, {@code required}), and whether it is met.
 */
public record ReadinessCheck(String criterion, boolean met, long actual, long required) {}
