package org.harambee.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V160/V161 (decision 0032): the names communities kept as text become people of the register, one per name and
 * district, the register's own person reused, each assigned from the day its community was registered, and the old
 * table is gone.
 */
class FacilitatorMigrationTests {

    DataSource dataSource() {
        return new DriverManagerDataSource("jdbc:h2:mem:facilitator-migration-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=MONTH,VALUE;"
                + "DB_CLOSE_DELAY=-1");
    }

    String vendor() {
        return "h2";
    }

    record Person(String name, String sex, boolean insideCommunity, String unitPath) {}

    record Assignment(UUID facilitatorId, UUID communityId, LocalDate startsOn) {}

    @Test
    void communityNamesBecomePeopleOfTheRegisterAssignedFromTheCommunitysRegistration() {
        DataSource dataSource = dataSource();
        migrate(dataSource, lastBefore(160));
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String country = "/" + UUID.randomUUID() + "/" + UUID.randomUUID() + "/";
        String amber = country + UUID.randomUUID() + "/";
        String cedar = country + UUID.randomUUID() + "/";
        String kpetemaPath = amber + UUID.randomUUID() + "/";
        UUID kpetema = community(jdbc, "Kpetema", kpetemaPath, "2026-03-01T10:00:00Z");
        UUID gbanja = community(jdbc, "Gbanja", amber + UUID.randomUUID() + "/", "2026-04-01T10:00:00Z");
        UUID largo = community(jdbc, "Largo", cedar + UUID.randomUUID() + "/", "2026-05-01T10:00:00Z");
        named(jdbc, kpetema, 0, "Fatmata Sesay", true);
        named(jdbc, kpetema, 1, "Joseph Koroma", false);
        named(jdbc, gbanja, 0, " fatmata SESAY ", true);
        named(jdbc, largo, 0, "Fatmata Sesay", false);
        UUID joseph = UUID.randomUUID();
        jdbc.sql("insert into capacity_facilitator (id, name, search_name, sex, inside_community, unit_id, unit_path,"
                        + " active, created_by, created_at, updated_at) values (?, 'Joseph Koroma', 'joseph koroma',"
                        + " 'MALE', false, ?, ?, true, 'test', ?, ?)")
                .params(joseph, UUID.randomUUID(), amber, now(), now())
                .update();
        jdbc.sql("insert into capacity_assignment (id, facilitator_id, community_id, unit_id, unit_path, starts_on,"
                        + " created_by, created_at) values (?, ?, ?, ?, ?, ?, 'test', ?)")
                .params(
                        UUID.randomUUID(),
                        joseph,
                        kpetema,
                        UUID.randomUUID(),
                        kpetemaPath,
                        LocalDate.of(2026, 1, 1),
                        now())
                .update();

        migrate(dataSource, null);

        assertThat(jdbc.sql("select name, sex, inside_community, unit_path from capacity_facilitator"
                                + " order by name, unit_path")
                        .query(Person.class)
                        .list())
                .containsExactlyInAnyOrder(
                        new Person("Fatmata Sesay", "UNKNOWN", true, kpetemaPath),
                        new Person(
                                "Fatmata Sesay",
                                "UNKNOWN",
                                false,
                                jdbc.sql("select unit_path from community where id = ?")
                                        .param(largo)
                                        .query(String.class)
                                        .single()),
                        new Person("Joseph Koroma", "MALE", false, amber));
        UUID fatmataAmber = jdbc.sql("select id from capacity_facilitator where unit_path = ?")
                .param(kpetemaPath)
                .query(UUID.class)
                .single();
        UUID fatmataCedar = jdbc.sql("select id from capacity_facilitator where name = 'Fatmata Sesay' and id <> ?")
                .param(fatmataAmber)
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("select facilitator_id, community_id, starts_on from capacity_assignment")
                        .query(Assignment.class)
                        .list())
                .containsExactlyInAnyOrder(
                        new Assignment(joseph, kpetema, LocalDate.of(2026, 1, 1)),
                        new Assignment(fatmataAmber, kpetema, LocalDate.of(2026, 3, 1)),
                        new Assignment(fatmataAmber, gbanja, LocalDate.of(2026, 4, 1)),
                        new Assignment(fatmataCedar, largo, LocalDate.of(2026, 5, 1)));
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = current_schema"
                                + " and lower(table_name) in ('community_facilitator', 'capacity_named_facilitator')")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private void migrate(DataSource dataSource, String target) {
        var configuration = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor());
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    /** The last migration before {@code version}: others may land between V141 and V160. */
    private static String lastBefore(int version) {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return Integer.toString(files.map(f -> f.getFileName().toString())
                    .filter(f -> f.matches("V\\d+__.*\\.sql"))
                    .mapToInt(f -> Integer.parseInt(f.substring(1, f.indexOf("__"))))
                    .filter(v -> v < version)
                    .max()
                    .orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UUID community(JdbcClient jdbc, String name, String path, String createdAt) {
        UUID id = UUID.randomUUID();
        Timestamp at = Timestamp.from(Instant.parse(createdAt));
        jdbc.sql("insert into community (id, name, search_name, unit_id, unit_path, origin, created_by, created_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, 'AGENCY_INITIATED', 'test', ?, ?)")
                .params(
                        id,
                        name,
                        name.toLowerCase(),
                        UUID.fromString(path.substring(path.length() - 37, path.length() - 1)),
                        path,
                        at,
                        at)
                .update();
        return id;
    }

    private static void named(JdbcClient jdbc, UUID community, int position, String name, boolean inside) {
        jdbc.sql("insert into community_facilitator (community_id, position, name, from_community) values (?, ?, ?, ?)")
                .params(community, position, name, inside)
                .update();
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
