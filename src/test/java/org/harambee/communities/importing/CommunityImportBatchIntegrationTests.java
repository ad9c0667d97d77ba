package org.harambee.communities.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.communities.CommunityFacilitators;
import org.harambee.communities.CommunityTables;
import org.harambee.communities.Origin;
import org.harambee.communities.QuzlandCommunities;
import org.harambee.communities.internal.CommunityRecords;
import org.harambee.communities.registration.CommunityRegistration;
import org.harambee.sync.RoundTrips;
import org.harambee.system.ImportContext;
import org.harambee.system.ImportCounts;
import org.harambee.system.ImportPlace;
import org.harambee.system.ImportRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * New communities of an import are written in batches (decision 0040): the same rows, search words, facilitators,
 * audit lines and insights facts as the form's registration one by one, in a few statements a batch rather than
 * several a community, counted as {@code SyncRoundTripsIntegrationTests} counts a sync's.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(RoundTrips.class)
class CommunityImportBatchIntegrationTests extends QuzlandCommunities {

    /** At most this many statements a new community (the batch's few spread over its communities). */
    static final double PER_COMMUNITY = 0.05;

    static final List<String> VILLAGES = List.of("QZ010101", "QZ010102");

    @Autowired
    CommunityImport importer;

    @Autowired
    CommunityRegistration registration;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    RoundTrips roundTrips;

    @Test
    void anImportWritesWhatRegisteringEachOnTheFormWouldWrite() {
        CommunityTables.organisation(jdbc, "Children First", "INTERNATIONAL_NGO");
        List<Map<String, String>> lines = List.of(
                line("QZ010101", "Kpetema", "1200", "540", "Synthetic test partner Children First", null, null),
                line("QZ010102", "Mano", "800", null, null, "NEIGHBOUR_REQUEST", "Kpetema"),
                line("QZ010101", "Baoma Kpenge", null, null, null, "SELF_INITIATED", null),
                line("QZ010102", "Ngiehun", "300", "120", null, null, null));
        lines.get(0).put("facilitators", "Fatmata Sesay; Musa Kamara");
        lines.get(3).put("outside_facilitators", "Isatu Bangura");

        ImportCounts counts = importAll(lines);
        assertThat(counts).isEqualTo(new ImportCounts(4, 0, 0));
        Map<String, String> imported = written();
        assertThat(imported).hasSize(4);

        CommunityTables.clear(jdbc);
        UUID partnerId = CommunityTables.organisation(jdbc, "Children First", "INTERNATIONAL_NGO");
        transaction.executeWithoutResult(tx -> {
            UUID kpetema = registration.register(
                    details("Kpetema", "QZ010101", 1200L, 540L, partnerId, Origin.AGENCY_INITIATED, null),
                    List.of(
                            new CommunityFacilitators.NamedFacilitator("Fatmata Sesay", true),
                            new CommunityFacilitators.NamedFacilitator("Musa Kamara", true)),
                    COORDINATOR);
            registration.register(
                    details("Mano", "QZ010102", 800L, null, null, Origin.NEIGHBOUR_REQUEST, kpetema),
                    List.of(),
                    COORDINATOR);
            registration.register(
                    details("Baoma Kpenge", "QZ010101", null, null, null, Origin.SELF_INITIATED, null),
                    List.of(),
                    COORDINATOR);
            registration.register(
                    details("Ngiehun", "QZ010102", 300L, 120L, null, Origin.AGENCY_INITIATED, null),
                    List.of(new CommunityFacilitators.NamedFacilitator("Isatu Bangura", false)),
                    COORDINATOR);
        });

        assertThat(imported).isEqualTo(written());
    }

    @Test
    void aThousandNewCommunitiesCostAFewStatementsABatchNotSeveralEach() {
        importAll(lines(5, "Warm-up"));

        List<String> ten = roundTrips.during(() -> importAll(lines(10, "Ten")));
        List<String> thousand = roundTrips.during(() -> importAll(lines(1_010, "Thousand")));

        assertThat((thousand.size() - ten.size()) / 1_000.0)
                .as("statements a community; 1,010 communities sent %s", tally(thousand))
                .isLessThanOrEqualTo(PER_COMMUNITY);
        assertThat(count("community")).isEqualTo(1_025);
        assertThat(jdbc.sql("select count(*) from community where search_words is null")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from insight_community c join community s on s.id = c.community_id")
                        .query(Long.class)
                        .single())
                .isEqualTo(1_025);
    }

    @Test
    void theSameFileAgainChangesNothingAndAChangedLineGoesThroughTheCorrection() {
        List<Map<String, String>> lines = lines(600, "Again");
        assertThat(importAll(lines)).isEqualTo(new ImportCounts(600, 0, 0));
        assertThat(importAll(lines)).isEqualTo(new ImportCounts(0, 0, 600));

        lines.get(7).put("population_total", "9999");
        lines.add(line("QZ010101", "A late neighbour", null, null, null, "NEIGHBOUR_REQUEST", "Again 0007"));
        assertThat(importAll(lines)).isEqualTo(new ImportCounts(1, 1, 599));
        assertThat(jdbc.sql("select s.name from community c join community s on s.id = c.source_community_id"
                                + " where c.name = 'A late neighbour'")
                        .query(String.class)
                        .single())
                .isEqualTo("Again 0007");
    }

    /** Reads, checks and writes the lines as the import machinery does, on this thread, in one transaction. */
    ImportCounts importAll(List<Map<String, String>> lines) {
        List<String> problems = new ArrayList<>();
        ImportContext context = new ImportContext() {
            @Override
            public String user() {
                return COORDINATOR;
            }

            @Override
            public boolean covers(String unitPath) {
                return unitPath.startsWith(unitPath("QZ0101"));
            }

            @Override
            public void problem(int line, String column, String code, Object... args) {
                problems.add(line + " " + column + " " + code);
            }

            @Override
            public boolean hasProblems() {
                return !problems.isEmpty();
            }

            @Override
            public void progress(int written) {}
        };
        Map<String, ImportPlace> places = new HashMap<>();
        List<ImportedCommunity> drafts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Map<String, String> cells = lines.get(i);
            ImportPlace place = places.computeIfAbsent(cells.get("pcode"), this::place);
            drafts.add(importer.read(new ImportRecord(i + 2, cells, place), context));
        }
        importer.check(drafts, context);
        assertThat(problems).isEmpty();
        return transaction.execute(tx -> importer.write(drafts, context));
    }

    ImportPlace place(String pcode) {
        return jdbc.sql("select id, path, pcode, name, depth from geo_unit where pcode = ?")
                .param(pcode)
                .query((rs, n) -> new ImportPlace(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .single();
    }

    CommunityRecords.Details details(
            String name, String pcode, Long total, Long children, UUID partner, Origin origin, UUID source) {
        ImportPlace place = place(pcode);
        return new CommunityRecords.Details(name, place.id(), place.path(), total, children, partner, origin, source);
    }

    static Map<String, String> line(
            String pcode, String name, String total, String children, String partner, String origin, String heardFrom) {
        Map<String, String> cells = new HashMap<>();
        cells.put("pcode", pcode);
        cells.put("name", name);
        cells.put("population_total", total);
        cells.put("population_children", children);
        cells.put("partner", partner);
        cells.put("origin", origin);
        cells.put("heard_from", heardFrom);
        return cells;
    }

    static List<Map<String, String>> lines(int count, String prefix) {
        List<Map<String, String>> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(line(
                    VILLAGES.get(i % 2),
                    String.format(Locale.ROOT, "%s %04d", prefix, i),
                    Integer.toString(300 + i),
                    null,
                    null,
                    i % 3 == 0 ? "SELF_INITIATED" : null,
                    null));
        }
        return lines;
    }

    /**
     * What is stored of each community, by name: its row (but its id and times), its facilitators, its audit lines,
     * and its insights facts (the facts row, the first-time key, and its registrations counted whether folded yet or
     * not, read in one statement).
     */
    Map<String, String> written() {
        Map<String, String> rows = new LinkedHashMap<>();
        jdbc.sql("select c.id, c.name, c.search_name, c.search_words, c.unit_id, c.unit_path, c.population_total,"
                        + " c.population_children, p.name partner, c.origin, s.name source, c.current_phase,"
                        + " c.request_status, c.requested_on, c.created_by from community c"
                        + " left join community s on s.id = c.source_community_id"
                        + " left join partner_organisation p on p.id = c.partner_id order by c.name")
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    StringBuilder row = new StringBuilder();
                    for (String column : List.of(
                            "search_name",
                            "search_words",
                            "unit_id",
                            "unit_path",
                            "population_total",
                            "population_children",
                            "partner",
                            "origin",
                            "source",
                            "current_phase",
                            "request_status",
                            "requested_on",
                            "created_by")) {
                        row.append(column)
                                .append('=')
                                .append(rs.getString(column))
                                .append(' ');
                    }
                    rows.put(rs.getString("name"), row + of(id));
                });
        return rows;
    }

    private String of(UUID id) {
        List<String> facilitators = jdbc.sql(
                        "select f.name || ' ' || f.inside_community || ' ' || a.starts_on from capacity_assignment a"
                                + " join capacity_facilitator f on f.id = a.facilitator_id where a.community_id = ?"
                                + " order by f.name")
                .param(id)
                .query(String.class)
                .list();
        List<String> audit = jdbc.sql("select action || ' ' || actor || ' ' || record_type || ' ' || unit_id || ' '"
                        + " || unit_path from access_audit where record_id = ? order by action")
                .param(id.toString())
                .query(String.class)
                .list();
        List<String> facts = jdbc.sql("select unit_path || ' ' || asked || ' ' || registered_on from insight_community"
                        + " where community_id = ?")
                .param(id)
                .query(String.class)
                .list();
        long keys = jdbc.sql("select count(*) from insight_processed where event_key = ?")
                .param("registered:" + id)
                .query(Long.class)
                .single();
        List<String> registered = jdbc.sql("select measure || ' ' || sum(v) from (select measure, value v"
                        + " from insight_delta where community_id = :id union all select measure, value v"
                        + " from insight_community_month where community_id = :id) t group by measure order by measure")
                .param("id", id)
                .query(String.class)
                .list();
        return "facilitators=" + facilitators + " audit=" + audit + " facts=" + facts + " keys=" + keys + " counted="
                + registered;
    }

    static Map<String, Long> tally(List<String> sent) {
        return sent.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }
}
