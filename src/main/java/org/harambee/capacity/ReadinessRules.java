package org.harambee.capacity;

/**
 * The arithmetic of readiness, apart from the queries that feed it. Each rule answers a {@link ReadinessCheck} whose
 * {@code actual} and {@code required} are the two figures its message shows.
 */
final class ReadinessRules {

    private ReadinessRules() {}

    /**
     * {@code perTen} trained facilitators for every 10 communities of the area (rounded up, so 11 communities need 2
     * at 1 per 10). An area without communities is not ready while {@code perTen} is above 0: nobody can have been
     * assigned there yet, and it asks for as many as 1 to 10 communities would.
     */
    static ReadinessCheck facilitators(long perTen, long communities, long trained) {
        long required = perTen == 0 ? 0 : ceilDiv(perTen * Math.max(communities, 1), 10);
        boolean met = trained >= required && (communities > 0 || required == 0);
        return new ReadinessCheck(Criterion.TRAINED_FACILITATORS_PER_10_COMMUNITIES.name(), met, trained, required);
    }

    /**
     * Every service point of the pathway has at least {@code perPoint} trained officers: actual = service points so
     * covered, required = service points on the pathway. A pathway without service points is not ready: nobody could
     * receive a referral.
     */
    static ReadinessCheck officers(long servicePoints, long covered) {
        return new ReadinessCheck(
                Criterion.TRAINED_OFFICER_PER_SERVICE_POINT.name(),
                servicePoints > 0 && covered >= servicePoints,
                covered,
                servicePoints);
    }

    /** At least {@code required} records of government support for the area. */
    static ReadinessCheck governmentSupport(long required, long recorded) {
        return new ReadinessCheck(
                Criterion.GOVERNMENT_SUPPORT_RECORDED.name(), recorded >= required, recorded, required);
    }

    /** A service point is covered when at least {@code perPoint} of its officers are trained (at least one). */
    static boolean covered(long trainedOfficers, long perPoint) {
        return trainedOfficers >= Math.max(perPoint, 1);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
