package org.harambee.referrals.servicepoints;

import java.util.UUID;

/**
 * The form setting a route on the pathway page: the service point chosen read as an id by the binding (one that is no
 * id is refused beside its field before the service is asked), the category and the area as typed, checked by
 * {@link PathwaySetting}.
 */
record RouteForm(String category, String unit, UUID servicePointId) {

    PathwayViews.RouteInput input() {
        return new PathwayViews.RouteInput(category, unit, servicePointId);
    }
}
