package org.harambee.capacity;

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
 * Trainings for the search box: by any word of their title, inside the area where the reader may read the programme,
 * as the trainings list shows them.
 */
@Service
@Transactional(readOnly = true)
public class TrainingSearch {

    private final JdbcClient jdbc;
    private final Scopes scopes;

    TrainingSearch(JdbcClient jdbc, Scopes scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    public ResultPage<SearchHit> find(SearchTerms terms, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = " from capacity_training c where "
                + UnitPaths.within(scopes.of(Permission.VIEW_PROGRAMME), "c.unit_path", "scope", params) + " and "
                + terms.matchAll("coalesce(c.search_words, ' ' || lower(c.title))", "word", params);
        return SearchTerms.page(
                jdbc,
                "select c.id, c.title as label",
                where,
                "c.starts_on desc, c.id",
                params,
                page,
                size,
                "/trainings/");
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void fillMissingWords() {
        SearchTerms.fillMissing(
                jdbc,
                "select id, title from capacity_training where search_words is null limit :limit",
                "update capacity_training set search_words = ? where id = ?");
    }
}
