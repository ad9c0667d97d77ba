/** Escalation of referrals that passed their deadline without an answer, and the deadlines of each priority. */
package org.harambee.referrals.escalation;
