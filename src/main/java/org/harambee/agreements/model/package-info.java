/**
 * The core of agreements: the {@link org.harambee.agreements.model.Agreement} aggregate, which owns the rules of an
 * agreement's life and returns the events they yield, without Spring, storage or a clock.
 */
package org.harambee.agreements.model;
