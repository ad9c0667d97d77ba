package org.harambee.agreements;

import java.util.HashMap;
import java.util.Map;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.access.UnitPaths;
import org.harambee.system.ResultPage;
import org.harambee.system.SearchHit;
import org.harambee.system.SearchTerms;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements for the search box: by any word of their title, inside the area where the reader may read the programme,
 * as the agreements list shows them.
 */
@Service
@Transactional(readOnly = true)
public class AgreementTitleSearch {

    private final JdbcClient jdbc;
    private final Scopes scopes;

    AgreementTitleSearch(JdbcClient jdbc, Scopes scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    public ResultPage<SearchHit> find(SearchTerms terms, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = " from agreement c where "
                + UnitPaths.within(scopes.of(Permission.VIEW_PROGRAMME), "c.unit_path", "scope", params) + " and "
                + terms.matchAll("coalesce(c.search_words, ' ' || lower(c.title))", "word", params);
        return SearchTerms.page(
                jdbc, "select c.id, c.title as label", where, "c.title, c.id", params, page, size, "/agreements/");
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void fillMissingWords() {
        SearchTerms.fillMissing(
                jdbc,
                "select id, title from agreement where search_words is null limit :limit",
                "update agreement set search_words = ? where id = ?");
    }
}
