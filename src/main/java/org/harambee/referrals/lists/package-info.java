/** The referral lists (mine, inbox, area, consent decisions) with their filters, their exports and the notices. */
package org.harambee.referrals.lists;
