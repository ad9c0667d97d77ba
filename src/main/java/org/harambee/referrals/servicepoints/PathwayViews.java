package org.harambee.referrals.servicepoints;

import java.util.List;
import java.util.UUID;
import org.harambee.referrals.ServiceCategory;

/** What pages and the API show of a referral pathway: records only. */
final class PathwayViews {

    private PathwayViews() {}

    /** A route: referrals of {@code category} from the subtree of {@code unit} go to {@code servicePoint}. */
    record Route(
            UUID id, ServiceCategory category, ServicePointViews.Place unit, ServicePointViews.Summary servicePoint) {}

    /** Where a referral of {@code category} from a unit goes; {@code servicePoint} null when the pathway names none. */
    record Resolution(ServiceCategory category, ServicePointViews.Summary servicePoint) {}

    /** A unit below the pathway's unit with the service point per category. */
    record Child(ServicePointViews.Place unit, List<Resolution> resolved) {}

    /**
     * The pathway of an area: the routes set at its unit and below (those the reader's area reaches), the service
     * point per category for the unit itself and for each unit below it.
     */
    record Pathway(
            ServicePointViews.Place unit,
            List<ServicePointViews.Place> ancestors,
            List<Route> routes,
            List<Resolution> resolved,
            List<Child> children) {}

    /** A unit's route for one category on the poster, and the units below it that send elsewhere. */
    record PosterEntry(ServiceCategory category, ServicePointViews.Summary servicePoint, List<Route> exceptions) {}

    /** One category's route as entered: {@code unit} a P-code. */
    record RouteInput(String category, String unit, UUID servicePointId) {}
}
