package org.harambee.referrals.servicepoints;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitRef;
import org.harambee.referrals.EmergencyNumbers;
import org.harambee.referrals.persistence.RecordParams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emergency and child-helpline numbers recorded per unit. A place's numbers are read from the units on its path
 * (found from the path, without walking the tree), each number from the deepest unit that has one.
 */
@Repository
public class EmergencyNumberRecords {

    /** The numbers recorded at one unit. */
    record Row(UUID unitId, String unitPath, String emergencyNumber, String helplineNumber) {}

    private final JdbcClient jdbc;
    private final Geography geography;

    EmergencyNumberRecords(JdbcClient jdbc, Geography geography) {
        this.jdbc = jdbc;
        this.geography = geography;
    }

    /** The numbers that hold at the unit of {@code unitPath}, inherited from above where it has none of its own. */
    @Transactional(readOnly = true)
    public EmergencyNumbers nearest(String unitPath, String language) {
        List<UUID> path = ids(unitPath);
        if (path.isEmpty()) {
            return EmergencyNumbers.NONE;
        }
        List<Row> rows = new ArrayList<>(jdbc.sql("select unit_id, unit_path, emergency_number, helpline_number"
                        + " from referral_emergency_numbers where unit_id in (:ids)")
                .param("ids", path)
                .query(Row.class)
                .list());
        rows.sort(Comparator.comparingInt((Row r) -> r.unitPath().length()).reversed());
        Optional<Row> emergency = deepest(rows, Row::emergencyNumber);
        Optional<Row> helpline = deepest(rows, Row::helplineNumber);
        Set<UUID> from = new HashSet<>();
        emergency.ifPresent(r -> from.add(r.unitId()));
        helpline.ifPresent(r -> from.add(r.unitId()));
        Map<UUID, UnitRef> names = from.isEmpty() ? Map.of() : geography.byIds(from, language);
        Function<Row, String> name =
                r -> names.containsKey(r.unitId()) ? names.get(r.unitId()).name() : null;
        return new EmergencyNumbers(
                emergency.map(Row::emergencyNumber).orElse(null),
                emergency.map(name).orElse(null),
                helpline.map(Row::helplineNumber).orElse(null),
                helpline.map(name).orElse(null));
    }

    /** What the unit itself records (none when it inherits everything). */
    Optional<Row> at(UUID unitId) {
        return jdbc.sql("select unit_id, unit_path, emergency_number, helpline_number"
                        + " from referral_emergency_numbers where unit_id = ?")
                .param(unitId)
                .query(Row.class)
                .optional();
    }

    void save(Row row, String user, Instant now) {
        if (row.emergencyNumber() == null && row.helplineNumber() == null) {
            jdbc.sql("delete from referral_emergency_numbers where unit_id = ?")
                    .param(row.unitId())
                    .update();
            return;
        }
        int updated = jdbc.sql("update referral_emergency_numbers set unit_path = :unitPath,"
                        + " emergency_number = :emergencyNumber, helpline_number = :helplineNumber,"
                        + " updated_by = :user, updated_at = :now where unit_id = :unitId")
                .paramSource(RecordParams.of(row).and("user", user).and("now", now))
                .update();
        if (updated == 0) {
            jdbc.sql("insert into referral_emergency_numbers (unit_id, unit_path, emergency_number, helpline_number,"
                            + " updated_by, updated_at) values (:unitId, :unitPath, :emergencyNumber, :helplineNumber,"
                            + " :user, :now)")
                    .paramSource(RecordParams.of(row).and("user", user).and("now", now))
                    .update();
        }
    }

    private static Optional<Row> deepest(List<Row> rows, Function<Row, String> number) {
        return rows.stream().filter(r -> number.apply(r) != null).findFirst();
    }

    private static List<UUID> ids(String unitPath) {
        List<UUID> ids = new ArrayList<>();
        if (unitPath == null) {
            return ids;
        }
        for (String part : unitPath.split("/")) {
            if (!part.isEmpty()) {
                try {
                    ids.add(UUID.fromString(part));
                } catch (IllegalArgumentException e) {
                    return List.of();
                }
            }
        }
        return ids;
    }
}
