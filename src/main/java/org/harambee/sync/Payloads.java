package org.harambee.sync;

import java.time.LocalDate;
import java.util.UUID;
import org.harambee.communities.FieldRecording;
import org.harambee.referrals.ConsentInput;
import org.harambee.referrals.ReferralInput;

/** The payloads of the change types, field for field as the modules' own APIs take them, plus the community. */
final class Payloads {

    private Payloads() {}

    record Meeting(
            UUID communityId,
            String type,
            String heldOn,
            Integer girls,
            Integer boys,
            Integer women,
            Integer men,
            String facilitation,
            String decisions) {

        FieldRecording.MeetingData data() {
            return new FieldRecording.MeetingData(type, heldOn, girls, boys, women, men, facilitation, decisions);
        }
    }

    record Phase(UUID communityId, String phase, String enteredOn, String note, String reason) {

        FieldRecording.PhaseData data() {
            return new FieldRecording.PhaseData(phase, enteredOn, note, reason);
        }
    }

    record Spread(UUID sourceId, UUID targetId, String kind, String occurredOn, String note) {

        FieldRecording.SpreadData data() {
            return new FieldRecording.SpreadData(sourceId, targetId, kind, occurredOn, note);
        }
    }

    /** A referral with its consent; sent at once when {@code send}. Identifying details are optional. */
    record Referral(
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
            String narrative,
            Boolean caregiverConsent,
            Boolean childAssent,
            String consentScope,
            String overrideReason,
            Boolean send) {

        ReferralInput input() {
            return new ReferralInput(
                    communityId,
                    category,
                    priority,
                    ageBand,
                    sex,
                    disability,
                    reason,
                    servicePointId,
                    childName,
                    birthDate,
                    caregiver,
                    contact,
                    address,
                    narrative);
        }

        ConsentInput consent() {
            return new ConsentInput(caregiverConsent, childAssent, consentScope, overrideReason);
        }
    }
}
