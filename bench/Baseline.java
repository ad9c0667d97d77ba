import java.io.BufferedReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The same units written without the server: a plain bulk load of units.csv into scratch twins of geo_unit and
 * geo_unit_name, in one transaction, as the import writes them. The twins are copied from the live schema the server's
 * migrations made (columns, collations, constraints and every index of geo_unit), so they follow the schema as it
 * changes; only the foreign keys are spelled out here.
 *
 * <pre>java -cp H2.jar:POSTGRESQL.jar Baseline.java JDBC_URL USER PASSWORD UNITS_CSV MODE</pre>
 *
 * MODE {@code copy}: PostgreSQL {@code COPY FROM STDIN} (the driver's CopyManager, what psql's \copy does), H2
 * {@code INSERT ... SELECT FROM CSVREAD(...)}; then the names with one {@code INSERT ... SELECT}. MODE {@code batch}:
 * JDBC batches of 1,000 prepared inserts, units then names, as the server's writer sends them; MODE
 * {@code batch-chunked} the same with a commit every 10,000 rows (not what an all-or-nothing import can do). MODE
 * {@code copy-late-index}: as {@code copy} into twins with only their primary keys, unique constraints and foreign
 * keys, then geo_unit's secondary indexes built after the load, all timed (the fastest a fresh country can be loaded).
 * Prints {@code key=value} lines; the scratch tables are dropped afterwards.
 */
public class Baseline {

    static final String COLUMNS = "id, country_id, pcode, parent_id, depth, path, name, search_name";

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println(
                    "usage: Baseline JDBC_URL USER PASSWORD UNITS_CSV copy|batch|batch-chunked|copy-late-index");
            System.exit(2);
        }
        String url = args[0];
        Path csv = Path.of(args[3]).toAbsolutePath();
        String mode = args[4];
        boolean postgres = url.startsWith("jdbc:postgresql:");
        boolean lateIndexes = mode.equals("copy-late-index");
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            db.setAutoCommit(true);
            drop(db);
            List<String> secondary = postgres ? createPostgres(db) : createH2(db);
            if (!lateIndexes) {
                execute(db, secondary);
            }
            db.setAutoCommit(false);
            try (PreparedStatement ps = db.prepareStatement(
                    "insert into bench_country (id, pcode, default_language, created_at) values (?, 'ZB', 'en', ?)")) {
                ps.setObject(1, countryOf(csv));
                ps.setTimestamp(2, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
            db.commit();

            long t0 = System.nanoTime();
            long units;
            if (mode.equals("copy") || lateIndexes) {
                units = postgres ? copyPostgres(db, csv) : copyH2(db, csv);
                try (Statement st = db.createStatement()) {
                    st.executeUpdate("insert into bench_unit_name (unit_id, language, name)"
                            + " select id, 'en', name from bench_unit");
                }
                if (lateIndexes) {
                    execute(db, secondary);
                }
            } else if (mode.equals("batch") || mode.equals("batch-chunked")) {
                units = batch(db, csv, mode.equals("batch-chunked") ? 10 : 0);
            } else {
                throw new IllegalArgumentException("mode " + mode);
            }
            db.commit();
            long t1 = System.nanoTime();
            long names;
            try (Statement st = db.createStatement();
                    ResultSet rs = st.executeQuery("select count(*) from bench_unit_name")) {
                rs.next();
                names = rs.getLong(1);
            }
            System.out.println("mode=" + mode);
            System.out.println("units=" + units);
            System.out.println("names=" + names);
            System.out.println("secondary_indexes=" + secondary.size());
            System.out.printf(Locale.ROOT, "seconds=%.2f%n", (t1 - t0) / 1e9);
            db.setAutoCommit(true);
            drop(db);
        }
    }

    static void drop(Connection db) throws Exception {
        execute(db, List.of(
                "drop table if exists bench_unit_name",
                "drop table if exists bench_unit",
                "drop table if exists bench_country"));
    }

    static void execute(Connection db, List<String> statements) throws Exception {
        try (Statement st = db.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    /**
     * Twins by {@code LIKE ... INCLUDING ALL} (columns, collations, defaults, checks, all indexes), plus the foreign
     * keys; returns geo_unit's secondary indexes as statements on the twin, after dropping them from it.
     */
    static List<String> createPostgres(Connection db) throws Exception {
        execute(db, List.of(
                "create table bench_country (like geo_country including all)",
                "create table bench_unit (like geo_unit including all)",
                "alter table bench_unit alter column created_at set default now(),"
                        + " alter column updated_at set default now()",
                "alter table bench_unit add foreign key (country_id) references bench_country (id),"
                        + " add foreign key (parent_id) references bench_unit (id)",
                "create table bench_unit_name (like geo_unit_name including all)",
                "alter table bench_unit_name add foreign key (unit_id) references bench_unit (id) on delete cascade"));
        List<String> secondary = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("select i.indexname, i.indexdef from pg_indexes i"
                        + " where i.tablename = 'bench_unit' and i.schemaname = current_schema()"
                        + " and not exists (select 1 from pg_constraint c"
                        + " where c.conindid"
                        + " = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)"
                        + " order by i.indexname")) {
            while (rs.next()) {
                names.add(rs.getString(1));
                secondary.add(rs.getString(2));
            }
        }
        for (String name : names) {
            execute(db, List.of("drop index \"" + name + "\""));
        }
        return secondary;
    }

    /**
     * Twins with geo_unit's columns ({@code CREATE TABLE ... AS ... WITH NO DATA}), the keys of V3, and geo_unit's
     * secondary indexes read from H2's catalog, which are returned rather than created.
     */
    static List<String> createH2(Connection db) throws Exception {
        execute(db, List.of(
                "create table bench_country as select * from geo_country with no data",
                "alter table bench_country alter column id set not null",
                "alter table bench_country add primary key (id)",
                "create table bench_unit as select * from geo_unit with no data",
                "alter table bench_unit alter column id set not null",
                "alter table bench_unit add primary key (id)",
                "alter table bench_unit add constraint bench_unit_pcode_uq unique (pcode)",
                "alter table bench_unit add foreign key (country_id) references bench_country (id)",
                "alter table bench_unit add foreign key (parent_id) references bench_unit (id)",
                "create table bench_unit_name as select * from geo_unit_name with no data",
                "alter table bench_unit_name alter column unit_id set not null",
                "alter table bench_unit_name alter column language set not null",
                "alter table bench_unit_name add primary key (unit_id, language)",
                "alter table bench_unit_name add foreign key (unit_id) references bench_unit (id) on delete cascade"));
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("select i.index_name, c.column_name from information_schema.indexes i"
                        + " join information_schema.index_columns c on c.index_schema = i.index_schema"
                        + " and c.index_name = i.index_name"
                        + " where lower(i.table_name) = 'geo_unit' and i.index_type_name = 'INDEX'"
                        + " and lower(i.index_name) like 'geo_unit%'"
                        + " order by i.index_name, c.ordinal_position")) {
            while (rs.next()) {
                indexes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add("\"" + rs.getString(2) + "\"");
            }
        }
        List<String> secondary = new ArrayList<>();
        indexes.forEach((name, columns) -> secondary.add("create index \"bench_" + name + "\" on bench_unit ("
                + String.join(", ", columns) + ")"));
        return secondary;
    }

    static UUID countryOf(Path csv) throws Exception {
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            r.readLine();
            return UUID.fromString(r.readLine().split(",")[1]);
        }
    }

    static long copyPostgres(Connection db, Path csv) throws Exception {
        var copy = db.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return copy.copyIn(
                    "copy bench_unit (" + COLUMNS + ") from stdin with (format csv, header true)", in);
        }
    }

    static long copyH2(Connection db, Path csv) throws Exception {
        try (PreparedStatement ps = db.prepareStatement("insert into bench_unit"
                + " (" + COLUMNS + ", version, created_at, updated_at)"
                + " select cast(\"ID\" as uuid), cast(\"COUNTRY_ID\" as uuid), \"PCODE\","
                + " cast(nullif(\"PARENT_ID\", '') as uuid), cast(\"DEPTH\" as int), \"PATH\", \"NAME\","
                + " \"SEARCH_NAME\", 0, current_timestamp, current_timestamp"
                + " from csvread('" + csv.toString().replace("'", "''") + "', null, 'charset=UTF-8')")) {
            return ps.executeUpdate();
        }
    }

    /** Inserts in batches of 1,000 rows; with {@code commitEvery} > 0, commits after that many batches. */
    static long batch(Connection db, Path csv, int commitEvery) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        long n = 0;
        List<String[]> names = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                PreparedStatement ps = db.prepareStatement("insert into bench_unit (id, country_id, pcode, parent_id,"
                        + " depth, path, name, valid_from, valid_to, population_total, population_children, geometry,"
                        + " version, created_at, updated_at, search_name)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)")) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                String[] c = line.split(",", 8);
                ps.setObject(1, UUID.fromString(c[0]));
                ps.setObject(2, UUID.fromString(c[1]));
                ps.setString(3, c[2]);
                ps.setObject(4, c[3].isEmpty() ? null : UUID.fromString(c[3]));
                ps.setInt(5, Integer.parseInt(c[4]));
                ps.setString(6, c[5]);
                ps.setString(7, c[6]);
                ps.setNull(8, java.sql.Types.DATE);
                ps.setNull(9, java.sql.Types.DATE);
                ps.setNull(10, java.sql.Types.BIGINT);
                ps.setNull(11, java.sql.Types.BIGINT);
                ps.setString(12, null);
                ps.setTimestamp(13, now);
                ps.setTimestamp(14, now);
                ps.setString(15, c[7]);
                ps.addBatch();
                names.add(new String[] {c[0], c[6]});
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                    if (commitEvery > 0 && n % (1000L * commitEvery) == 0) {
                        db.commit();
                    }
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps =
                db.prepareStatement("insert into bench_unit_name (unit_id, language, name) values (?, 'en', ?)")) {
            int i = 0;
            for (String[] name : names) {
                ps.setObject(1, UUID.fromString(name[0]));
                ps.setString(2, name[1]);
                ps.addBatch();
                if (++i % 1000 == 0) {
                    ps.executeBatch();
                    if (commitEvery > 0 && i % (1000L * commitEvery) == 0) {
                        db.commit();
                    }
                }
            }
            ps.executeBatch();
        }
        return n;
    }
}
