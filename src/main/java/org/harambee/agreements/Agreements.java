package org.harambee.agreements;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.harambee.agreements.internal.AgreementRecords;
import org.harambee.agreements.internal.AgreementSearch;
import org.harambee.agreements.internal.Parties;
import org.harambee.agreements.model.Agreement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreements module's API for other modules (scale-up gates, indicators). No scope check here: callers check the
 * returned unit paths against the user's scope. Statuses are as of today: an agreement past its review date without a
 * review counts as lapsed, not in force, even before the daily lapse job has stored it.
 */
@Service
@Transactional(readOnly = true)
public class Agreements {

    private final AgreementRecords records;
    private final AgreementSearch search;
    private final Parties parties;

    Agreements(AgreementRecords records, AgreementSearch search, Parties parties) {
        this.records = records;
        this.search = search;
        this.parties = parties;
    }

    /** Agreements in force placed in the subtree at {@code areaPath}, by title. */
    public List<AgreementRef> inForceWithin(String areaPath) {
        return search.withStatus(AgreementStatus.IN_FORCE, areaPath, LocalDate.now()).stream()
                .map(this::ref)
                .toList();
    }

    /**
     * The communities tied in (directly or through a cluster) by an agreement in force placed in the subtree at
     * {@code areaPath} (everywhere when null): the numerator of linkage coverage.
     */
    public Set<UUID> communitiesWithAgreementInForce(String areaPath) {
        Set<UUID> ids = new LinkedHashSet<>();
        inForceWithin(areaPath).forEach(a -> ids.addAll(a.communityIds()));
        return ids;
    }

    /** The agreement, with its status as of today. */
    public Optional<AgreementRef> find(UUID id) {
        return records.find(id).map(this::ref);
    }

    private AgreementRef ref(AgreementRecords.Row row) {
        return new AgreementRef(
                row.id(),
                row.title(),
                row.formality(),
                Agreement.effective(row.status(), row.reviewDate(), LocalDate.now()),
                row.unitId(),
                row.unitPath(),
                row.reviewDate(),
                parties.communityIds(records.parties(row.id())));
    }
}
