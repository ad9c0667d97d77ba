package org.harambee.referrals.servicepoints;

import java.util.HashMap;
import java.util.Map;
import org.harambee.access.Scope;
import org.harambee.system.ResultPage;
import org.harambee.system.SearchHit;
import org.harambee.system.SearchTerms;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search box's reads of the service point table: by any word of the name, where the service points list finds
 * them (a service point that sits or serves inside the scope, or above part of it).
 */
@Repository
public class ServicePointSearchRecords {

    private final JdbcClient jdbc;

    ServicePointSearchRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ResultPage<SearchHit> find(SearchTerms terms, Scope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = " from referral_service_point p where "
                + new ServicePointFilter(null, null, null, null).where(scope, params) + " and "
                + terms.matchAll("coalesce(p.search_words, ' ' || p.search_name)", "word", params);
        return SearchTerms.page(
                jdbc,
                "select p.id, p.name as label",
                where,
                "p.search_name, p.id",
                params,
                page,
                size,
                "/service-points/");
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void fillMissingWords() {
        SearchTerms.fillMissing(
                jdbc,
                "select id, name from referral_service_point where search_words is null limit :limit",
                "update referral_service_point set search_words = ? where id = ?");
    }
}
