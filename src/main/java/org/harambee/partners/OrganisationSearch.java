package org.harambee.partners;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.system.ResultPage;
import org.harambee.system.SearchHit;
import org.harambee.system.SearchTerms;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations for the search box: by any word of their name or short name. Organisations are not placed: whoever may
 * read the programme somewhere finds them all, as on the organisations list.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationSearch {

    private final JdbcClient jdbc;
    private final Scopes scopes;

    OrganisationSearch(JdbcClient jdbc, Scopes scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    public ResultPage<SearchHit> find(SearchTerms terms, int page, int size) {
        if (scopes.of(Permission.VIEW_PROGRAMME).isEmpty()) {
            return new ResultPage<>(List.of(), Math.max(page, 0), ResultPage.size(size), 0);
        }
        Map<String, Object> params = new HashMap<>();
        String where = " from partner_organisation o where "
                + terms.matchAll("coalesce(o.search_words, ' ' || o.search_name)", "word", params);
        return SearchTerms.page(
                jdbc,
                "select o.id, o.name as label",
                where,
                "o.search_name, o.id",
                params,
                page,
                size,
                "/organisations/");
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void fillMissingWords() {
        SearchTerms.fillMissing(
                jdbc,
                "select id, name || ' ' || coalesce(short_name, '') from partner_organisation"
                        + " where search_words is null limit :limit",
                "update partner_organisation set search_words = ? where id = ?");
    }
}
