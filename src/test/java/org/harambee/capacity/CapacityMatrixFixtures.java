package org.harambee.capacity;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.harambee.communities.CommunityTables;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the authorisation matrix needs of the capacity module: records placed in a district, fresh codes. */
public final class CapacityMatrixFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;

    public CapacityMatrixFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A training held yesterday in {@code district}. */
    public UUID training(String district) {
        return CapacityTables.training(jdbc, district);
    }

    /** A facilitator based in {@code district}. */
    public UUID facilitator(String district) {
        return CapacityTables.facilitator(jdbc, "Matrix Facilitator " + SEQUENCE.incrementAndGet(), district);
    }

    /** An open assignment, since the first of January, of a facilitator to a community at the district's first chiefdom. */
    public UUID assignment(String district) {
        UUID community =
                CommunityTables.community(jdbc, "Matrix Village " + SEQUENCE.incrementAndGet(), district + "01");
        return CapacityTables.assign(jdbc, facilitator(district), community);
    }

    /** A fresh competency. */
    public UUID competency() {
        return CapacityTables.competency(jdbc, code());
    }

    /** A competency code nobody has used. */
    public String code() {
        return "MATRIX_" + SEQUENCE.incrementAndGet() + "_"
                + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A fresh active government organisation. */
    public UUID government() {
        return CommunityTables.organisation(jdbc, "Matrix Ministry " + UUID.randomUUID(), "GOVERNMENT");
    }

    /** A valid training placed in {@code district}. */
    public static String trainingJson(String district) {
        return QuzlandCapacity.training(district, "FACILITATION", null);
    }
}
