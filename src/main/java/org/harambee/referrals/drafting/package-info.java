/**
 * Writing and sending a referral: the draft and its form, consent and its decisions with their notices, the referral
 * pages and the referral API.
 */
package org.harambee.referrals.drafting;
