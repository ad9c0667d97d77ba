package org.harambee.referrals;

import java.time.LocalDate;

/**
 * A child's identifying details: sealed in the database, opened only for the sender and the accepting service point,
 * every opening audited. All optional: a referral may go with none of them (an emergency phoned in, say).
 */
public record ChildIdentity(
        String name, LocalDate birthDate, String caregiver, String contact, String address, String narrative) {

    public static final ChildIdentity NONE = new ChildIdentity(null, null, null, null, null, null);

    public boolean isEmpty() {
        return blank(name)
                && birthDate == null
                && blank(caregiver)
                && blank(contact)
                && blank(address)
                && blank(narrative);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
