package org.harambee.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.harambee.FreshQuzland;
import org.harambee.OnPostgres;
import org.harambee.access.Role;
import org.harambee.access.Scope;
import org.harambee.access.TestAccounts;
import org.harambee.access.UnitPaths;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.system.SearchTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL the search box's word columns are indexed by trigrams (V241): every searched table has its index on
 * the very expression its search compares, a search among many communities reads it, and it finds what a scan of the
 * table finds.
 */
@OnPostgres
@SpringBootTest
@AutoConfigureMockMvc
class SearchIndexPostgresTests {

    static final String NATIONAL = "search-index-national";

    /** The condition CommunitySearch asks, for a reader whose area is Quzland. */
    static final String COMMUNITY_WORDS = "coalesce(c.search_words, ' ' || c.search_name)";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void manyCommunities() {
        FreshQuzland.importInto(jdbc, jobs);
        TestAccounts.create(jdbc, NATIONAL, "synthetic-index-pass-1", Role.NATIONAL_COORDINATOR, "QZ");
        ManyCommunities.add(jdbc, 0, 20_000);
    }

    @AfterEach
    void clear() {
        CommunityTables.clear(jdbc);
    }

    @Test
    void everySearchedTableHasATrigramIndexOnTheExpressionItsSearchCompares() {
        Map<String, String> indexes = new HashMap<>();
        jdbc.sql("select tablename, indexdef from pg_indexes where indexname like '%search_words_trgm_idx'")
                .query((rs, i) -> indexes.put(rs.getString(1), rs.getString(2)))
                .list();

        assertThat(indexes)
                .containsOnlyKeys(
                        "community",
                        "partner_organisation",
                        "referral_service_point",
                        "capacity_training",
                        "agreement");
        assertThat(indexes.values())
                .allSatisfy(definition ->
                        assertThat(definition).contains("USING gin (COALESCE(", "search_words", "gin_trgm_ops"));
        assertThat(indexes.get("community")).contains("search_name");
        assertThat(indexes.get("agreement")).contains("lower(").contains("title");
    }

    @Test
    void aSearchAmongManyCommunitiesReadsTheIndexAndFindsWhatAScanFinds() throws Exception {
        String rareWord = ManyCommunities.RARE;

        assertThat(plan(rareWord)).contains("community_search_words_trgm_idx");
        List<String> scanned = transactions.execute(status -> {
            jdbc.sql("set local enable_bitmapscan = off").update();
            jdbc.sql("set local enable_indexscan = off").update();
            assertThat(plan(rareWord)).doesNotContain("trgm").contains("Seq Scan");
            return names(rareWord);
        });
        assertThat(scanned).hasSize(3).allMatch(n -> n.startsWith("Nikaka "));

        String answer = mvc.get()
                .uri("/api/v1/search?kind=COMMUNITY&size=50&q=" + rareWord)
                .with(TestAccounts.as(NATIONAL, Role.NATIONAL_COORDINATOR))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<String>>read(answer, "$.groups[0].hits.items[*].label"))
                .containsExactlyInAnyOrderElementsOf(scanned);
        assertThat(names(rareWord)).containsExactlyInAnyOrderElementsOf(scanned);
    }

    /** The plan of the community search's query for a word, for a reader whose area is Quzland. */
    private String plan(String word) {
        Map<String, Object> params = new HashMap<>();
        String sql = query(word, params);
        return String.join(
                "\n",
                jdbc.sql("explain " + sql).params(params).query(String.class).list());
    }

    private List<String> names(String word) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql(query(word, params)).params(params).query(String.class).list();
    }

    private String query(String word, Map<String, Object> params) {
        String quzland = jdbc.sql("select path from geo_unit where pcode = 'QZ'")
                .query(String.class)
                .single();
        return "select c.name from community c where "
                + UnitPaths.within(Scope.of(List.of(quzland)), "c.unit_path", "scope", params) + " and "
                + SearchTerms.of(word).matchAll(COMMUNITY_WORDS, "word", params)
                + " order by c.search_name, c.id limit 20";
    }
}
