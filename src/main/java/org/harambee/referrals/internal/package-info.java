/**
 * What the referral features share: the referral tables, reading a referral, who may open it, the sealed
 * identifying details and their key rotation, unit paths, the list page.
 */
package org.harambee.referrals.internal;
