/**
 * Service points and referral pathways: the register of offices and queues with their areas, contacts and officers;
 * the routes per category and unit that send a referral to a service point; the pathway page and poster of an area.
 * Publishes {@link org.harambee.referrals.ServicePointRegistered}; follows {@code UnitMoved}.
 */
package org.harambee.referrals.servicepoints;
