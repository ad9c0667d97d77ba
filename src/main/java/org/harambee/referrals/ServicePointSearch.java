package org.harambee.referrals;

import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.referrals.servicepoints.ServicePointSearchRecords;
import org.harambee.system.ResultPage;
import org.harambee.system.SearchHit;
import org.harambee.system.SearchTerms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service points for the search box: by any word of their name, those the reader finds on the service points list
 * (where they may read the programme, a service point that sits or serves there).
 */
@Service
@Transactional(readOnly = true)
public class ServicePointSearch {

    private final ServicePointSearchRecords records;
    private final Scopes scopes;

    ServicePointSearch(ServicePointSearchRecords records, Scopes scopes) {
        this.records = records;
        this.scopes = scopes;
    }

    public ResultPage<SearchHit> find(SearchTerms terms, int page, int size) {
        return records.find(terms, scopes.of(Permission.VIEW_PROGRAMME), page, size);
    }
}
