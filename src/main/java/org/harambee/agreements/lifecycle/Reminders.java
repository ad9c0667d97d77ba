package org.harambee.agreements.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.agreements.internal.AgreementRecords;
import org.harambee.agreements.internal.AgreementViews;
import org.harambee.agreements.internal.Parties;
import org.harambee.agreements.model.Agreement;
import org.harambee.agreements.parts.PartRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What is due in the reader's area: reviews and open commitments due within some days, and those overdue. */
@Service
@Transactional(readOnly = true)
public class Reminders {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;

    private final AgreementRecords records;
    private final PartRecords parts;
    private final Parties parties;
    private final Scopes scopes;

    Reminders(AgreementRecords records, PartRecords parts, Parties parties, Scopes scopes) {
        this.records = records;
        this.parts = parts;
        this.parties = parties;
        this.scopes = scopes;
    }

    public AgreementViews.Reminders due(int days) {
        int within = Math.max(0, Math.min(days, MAX_DAYS));
        LocalDate today = LocalDate.now();
        LocalDate by = today.plusDays(within);
        Scope scope = scopes.of(Permission.VIEW_PROGRAMME);
        List<AgreementViews.ReviewDue> reviews = records.reviewsDue(scope, by).stream()
                .map(r -> new AgreementViews.ReviewDue(
                        r.id(),
                        r.title(),
                        Agreement.effective(r.status(), r.reviewDate(), today),
                        r.reviewDate(),
                        r.reviewDate().isBefore(today)))
                .toList();
        List<PartRecords.Commitment> commitments = parts.commitmentsDue(scope, by);
        List<UUID> agreementIds = commitments.stream()
                .map(PartRecords.Commitment::agreementId)
                .distinct()
                .toList();
        Map<UUID, String> titles = agreementIds.stream()
                .map(records::find)
                .flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(AgreementRecords.Row::id, AgreementRecords.Row::title));
        Map<UUID, AgreementViews.Party> owners = parties.named(records.parties(agreementIds)).values().stream()
                .collect(Collectors.toMap(AgreementViews.Party::id, Function.identity()));
        return new AgreementViews.Reminders(
                within,
                reviews,
                commitments.stream()
                        .map(c -> new AgreementViews.CommitmentDue(
                                c.id(),
                                c.agreementId(),
                                titles.get(c.agreementId()),
                                c.description(),
                                owners.containsKey(c.partyId())
                                        ? owners.get(c.partyId()).name()
                                        : "?",
                                c.dueOn(),
                                c.dueOn().isBefore(today)))
                        .toList());
    }
}
