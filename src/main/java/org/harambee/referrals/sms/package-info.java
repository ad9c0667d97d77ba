/**
 * SMS intake from RapidPro: the webhook, the payloads, the dead letters that could not be taken in and their replay.
 */
package org.harambee.referrals.sms;
