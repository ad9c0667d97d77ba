package org.harambee.referrals.servicepoints;

/**
 * The emergency numbers form of the pathway page, as typed (a number that is wrong comes back as typed), checked by
 * {@link EmergencyNumberSetting}.
 */
record NumbersForm(String emergency, String helpline) {

    EmergencyNumberSetting.NumbersInput input() {
        return new EmergencyNumberSetting.NumbersInput(emergency, helpline);
    }
}
