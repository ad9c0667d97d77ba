package org.harambee.referrals.servicepoints;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.harambee.referrals.ServiceCategory;

/** What pages and the API show of service points: records only. */
final class ServicePointViews {

    private ServicePointViews() {}

    /** A unit named in passing. */
    record Place(String pcode, String name) {}

    /** A service point in a list or on a pathway. */
    record Summary(
            UUID id,
            String name,
            ServiceCategory category,
            Place unit,
            String phone,
            String address,
            String openingHours,
            boolean onPlatform,
            boolean active) {}

    /** The named, trained focal person of a service point off the platform. */
    record FocalPerson(String name, java.time.LocalDate trainedOn) {}

    /** An account that works a service point's queue. */
    record Officer(String username, String displayName, boolean active) {}

    /** One service point with its area, contacts and officers. */
    record ServicePoint(
            UUID id,
            String name,
            ServiceCategory category,
            Place unit,
            List<Place> areas,
            String phone,
            String email,
            String address,
            String openingHours,
            String languages,
            boolean onPlatform,
            boolean active,
            List<Officer> officers,
            String createdBy,
            Instant createdAt,
            Instant updatedAt) {}
}
