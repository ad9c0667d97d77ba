package org.harambee.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.harambee.access.AccountSearch;
import org.harambee.agreements.AgreementTitleSearch;
import org.harambee.capacity.TrainingSearch;
import org.harambee.communities.CommunitySearch;
import org.harambee.partners.OrganisationSearch;
import org.harambee.referrals.ReferralSearch;
import org.harambee.referrals.ServicePointSearch;
import org.harambee.system.ResultPage;
import org.harambee.system.SearchHit;
import org.harambee.system.SearchTerms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One search across the modules: the query checked and folded once, then each module asked for its own records within
 * the reader's area and permissions. Nothing is logged: the query may name a person.
 */
@Service
@Transactional(readOnly = true)
class Searching {

    private final ReferralSearch referrals;
    private final CommunitySearch communities;
    private final OrganisationSearch organisations;
    private final ServicePointSearch servicePoints;
    private final TrainingSearch trainings;
    private final AgreementTitleSearch agreements;
    private final AccountSearch accounts;

    Searching(
            ReferralSearch referrals,
            CommunitySearch communities,
            OrganisationSearch organisations,
            ServicePointSearch servicePoints,
            TrainingSearch trainings,
            AgreementTitleSearch agreements,
            AccountSearch accounts) {
        this.referrals = referrals;
        this.communities = communities;
        this.organisations = organisations;
        this.servicePoints = servicePoints;
        this.trainings = trainings;
        this.agreements = agreements;
        this.accounts = accounts;
    }

    /** Every kind, or the one asked for; {@code page} and {@code size} page each group. 400 for a bad query. */
    SearchAnswer search(String q, Kind kind, int page, int size) {
        SearchTerms terms = SearchTerms.of(q);
        List<SearchAnswer.Group> groups = new ArrayList<>();
        for (Kind k : kind == null ? Arrays.asList(Kind.values()) : List.of(kind)) {
            groups.add(new SearchAnswer.Group(k, find(k, terms, page, size)));
        }
        return new SearchAnswer(terms.text(), groups);
    }

    private ResultPage<SearchHit> find(Kind kind, SearchTerms terms, int page, int size) {
        return switch (kind) {
            case REFERRAL -> referrals.find(terms, page, size);
            case COMMUNITY -> communities.find(terms, page, size);
            case ORGANISATION -> organisations.find(terms, page, size);
            case SERVICE_POINT -> servicePoints.find(terms, page, size);
            case TRAINING -> trainings.find(terms, page, size);
            case AGREEMENT -> agreements.find(terms, page, size);
            case ACCOUNT -> accounts.find(terms, page, size);
        };
    }
}
