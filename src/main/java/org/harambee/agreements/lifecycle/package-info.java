/**
 * An agreement's life: coming into force, reviews, ending, the daily lapse of those past their review date, and the
 * reminders of reviews and commitments due.
 */
package org.harambee.agreements.lifecycle;
