package org.harambee.sync;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Changes as the offline app queues them, and batches of them, for the sync tests. */
final class SyncFixtures {

    static final String YESTERDAY = LocalDate.now().minusDays(1).toString();

    private SyncFixtures() {}

    static String batch(String... changes) {
        return batch(List.of(changes));
    }

    static String batch(List<String> changes) {
        return "{\"changes\":[" + String.join(",", changes) + "]}";
    }

    static String change(UUID clientId, String type, Integer baseVersion, String payload) {
        return "{\"clientId\":\"" + clientId + "\",\"type\":\"" + type + "\",\"baseVersion\":" + baseVersion
                + ",\"payload\":" + payload + "}";
    }

    static String meeting(UUID clientId, UUID community, int girls) {
        return change(
                clientId,
                "MEETING",
                null,
                "{\"communityId\":\"" + community + "\",\"type\":\"COMMUNITY_MEETING\",\"heldOn\":\"" + YESTERDAY
                        + "\",\"girls\":" + girls + ",\"boys\":4,\"women\":6,\"men\":2,\"facilitation\":\"COMMUNITY\","
                        + "\"decisions\":\"Walk to school in groups\"}");
    }

    static String phase(UUID clientId, UUID community, String phase, Integer baseVersion) {
        return change(
                clientId,
                "PHASE",
                baseVersion,
                "{\"communityId\":\"" + community + "\",\"phase\":\"" + phase + "\",\"enteredOn\":\"" + YESTERDAY
                        + "\"}");
    }

    static String spread(UUID clientId, UUID source, UUID target) {
        return change(
                clientId,
                "SPREAD",
                null,
                "{\"sourceId\":\"" + source + "\",\"targetId\":\"" + target + "\",\"kind\":\"REQUESTED_TO_START\","
                        + "\"occurredOn\":\"" + YESTERDAY + "\"}");
    }

    static String referral(UUID clientId, UUID community, UUID servicePoint, String childName) {
        return change(
                clientId,
                "REFERRAL",
                null,
                "{\"communityId\":\"" + community + "\",\"category\":\"HEALTH\",\"priority\":\"URGENT\","
                        + "\"ageBand\":\"AGE_5_9\",\"sex\":\"FEMALE\",\"disability\":false,"
                        + "\"reason\":\"Synthetic: needs a health check\",\"servicePointId\":\"" + servicePoint + "\","
                        + (childName == null ? "" : "\"childName\":\"" + childName + "\",")
                        + "\"caregiverConsent\":true,\"childAssent\":true,\"consentScope\":\"Health post staff\","
                        + "\"send\":true}");
    }

    /** {@code count} meetings of {@code community}, in batches of {@code size}, as the app sends a long queue. */
    static List<String> meetingBatches(UUID community, int count, int size) {
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            changes.add(meeting(UUID.randomUUID(), community, 1 + i % 20));
        }
        List<String> batches = new ArrayList<>();
        for (int i = 0; i < count; i += size) {
            batches.add(batch(changes.subList(i, Math.min(count, i + size))));
        }
        return batches;
    }

    static String ids(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }
}
