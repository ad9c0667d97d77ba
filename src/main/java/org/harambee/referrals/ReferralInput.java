package org.harambee.referrals;

import java.time.LocalDate;
import java.util.UUID;
import org.harambee.system.Inputs;

/**
 * A referral as the referrer writes it. Enumerations travel as their names, so that a wrong one is answered beside
 * its field. {@code servicePointId} is a choice by hand; without one the pathway routes the referral.
 */
public record ReferralInput(
        UUID communityId,
        String category,
        String priority,
        String ageBand,
        String sex,
        Boolean disability,
        String reason,
        UUID servicePointId,
        String childName,
        LocalDate birthDate,
        String caregiver,
        String contact,
        String address,
        String narrative) {

    public ChildIdentity identity() {
        return new ChildIdentity(
                Inputs.trimmed(childName),
                birthDate,
                Inputs.trimmed(caregiver),
                Inputs.trimmed(contact),
                Inputs.trimmed(address),
                Inputs.trimmed(narrative));
    }
}
