package org.harambee.scaleup.plans;

/**
 * The level a plan aims at. Each is tied to a depth of the hierarchy (country 0, province 1, district 2), the depths
 * the OCHA common operational datasets use for these levels; the goal unit must be of that depth.
 */
enum GoalLevel {
    NATION(0),
    PROVINCE(1),
    DISTRICT(2);

    private final int depth;

    GoalLevel(int depth) {
        this.depth = depth;
    }

    int depth() {
        return depth;
    }
}
