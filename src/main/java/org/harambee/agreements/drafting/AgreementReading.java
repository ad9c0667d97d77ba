package org.harambee.agreements.drafting;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.agreements.AgreementStatus;
import org.harambee.agreements.documents.DocumentRecords;
import org.harambee.agreements.internal.AgreementRecords;
import org.harambee.agreements.internal.AgreementSearch;
import org.harambee.agreements.internal.AgreementViews;
import org.harambee.agreements.internal.Parties;
import org.harambee.agreements.model.Agreement;
import org.harambee.agreements.parts.PartRecords;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitRef;
import org.harambee.geography.UnitView;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.harambee.system.ResultPage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading agreements placed inside the reader's area ({@code VIEW_PROGRAMME}), with their status as of today. */
@Service
@Transactional(readOnly = true)
public class AgreementReading {

    private static final Inputs INPUTS = Inputs.keyed("agreements").choiceKey("agreements.choose.missing");

    private final AgreementRecords records;
    private final AgreementSearch search;
    private final PartRecords parts;
    private final DocumentRecords documents;
    private final Parties parties;
    private final Geography geography;
    private final Scopes scopes;

    AgreementReading(
            AgreementRecords records,
            AgreementSearch search,
            PartRecords parts,
            DocumentRecords documents,
            Parties parties,
            Geography geography,
            Scopes scopes) {
        this.records = records;
        this.search = search;
        this.parts = parts;
        this.documents = documents;
        this.parties = parties;
        this.geography = geography;
        this.scopes = scopes;
    }

    /** The agreement, when it lies inside the reader's area: 404 when there is none, 403 when outside. */
    AgreementRecords.Row row(UUID id) {
        AgreementRecords.Row row = records.find(id).orElseThrow(NotFoundException.of("problem.agreementNotFound"));
        scopes.require(Permission.VIEW_PROGRAMME, row.unitPath());
        return row;
    }

    public AgreementViews.Agreement get(UUID id, String language) {
        AgreementRecords.Row row = row(id);
        LocalDate today = LocalDate.now();
        Map<UUID, AgreementViews.Party> named = parties.named(records.parties(id));
        return new AgreementViews.Agreement(
                row.id(),
                row.title(),
                row.purpose(),
                row.formality(),
                Agreement.effective(row.status(), row.reviewDate(), today),
                place(geography.byIds(Set.of(row.unitId()), language).get(row.unitId())),
                row.unitChosen(),
                row.startDate(),
                row.endDate(),
                row.reviewDate(),
                row.endedOn(),
                List.copyOf(named.values()),
                parts.signatories(id).stream()
                        .map(s -> new AgreementViews.Signatory(
                                s.id(), s.partyId(), name(named, s.partyId()), s.name(), s.title(), s.signedOn()))
                        .toList(),
                parts.steps(id).stream()
                        .map(s -> new AgreementViews.Step(
                                s.id(), s.occurredOn(), s.kind(), s.note(), s.who(), s.createdBy()))
                        .toList(),
                parts.commitments(id).stream()
                        .map(c -> new AgreementViews.Commitment(
                                c.id(),
                                c.description(),
                                c.partyId(),
                                name(named, c.partyId()),
                                c.dueOn(),
                                c.status(),
                                c.status().overdue(c.dueOn(), today)))
                        .toList(),
                parts.reviews(id).stream()
                        .map(r -> new AgreementViews.Review(
                                r.id(), r.reviewedOn(), r.outcome(), r.nextReviewOn(), r.createdBy()))
                        .toList(),
                documents.list(id).stream()
                        .map(d -> new AgreementViews.Document(
                                d.id(), d.filename(), d.contentType(), d.sizeBytes(), d.createdBy(), d.createdAt()))
                        .toList(),
                row.createdBy(),
                row.createdAt(),
                row.updatedAt());
    }

    /** Agreements of the reader's area; {@code party} is the id of a community, cluster, organisation or service point. */
    ResultPage<AgreementViews.Summary> list(
            String unit, String status, UUID party, int page, int size, String language) {
        return list(filter(unit, status, party, null), page, size, language);
    }

    ResultPage<AgreementViews.Summary> list(AgreementSearch.Filter filter, int page, int size, String language) {
        return new ResultPage<>(
                summaries(search.list(filter, page, size), filter.today(), language), page, size, search.count(filter));
    }

    /**
     * What a listing is limited to: the reader's area, and the place (a P-code inside it, 403 outside), status, party
     * and sort (one of {@link AgreementSearch#SORTS}) asked for.
     */
    AgreementSearch.Filter filter(String unit, String status, UUID party, String sort) {
        Scope scope = scopes.of(Permission.VIEW_PROGRAMME);
        String sorted = Inputs.trimmed(sort);
        if (sorted != null && !AgreementSearch.SORTS.containsKey(sorted)) {
            throw new InvalidInputException(List.of(new FieldProblem("sort", "export.sort.invalid")));
        }
        return new AgreementSearch.Filter(scope, area(unit, scope), status(status), party, LocalDate.now(), sorted);
    }

    /** Rows as a list shows them: status as of today, the place and the parties named (one lookup each a batch). */
    List<AgreementViews.Summary> summaries(List<AgreementRecords.Row> rows, LocalDate today, String language) {
        Map<UUID, UnitRef> units =
                geography.byIds(rows.stream().map(AgreementRecords.Row::unitId).collect(Collectors.toSet()), language);
        // the parties of every row named at once: one lookup per kind of party, not per agreement
        List<AgreementRecords.Party> all =
                records.parties(rows.stream().map(AgreementRecords.Row::id).toList());
        Map<UUID, AgreementViews.Party> named = parties.named(all);
        Map<UUID, List<String>> byAgreement = all.stream()
                .collect(Collectors.groupingBy(
                        AgreementRecords.Party::agreementId,
                        Collectors.mapping(p -> named.get(p.id()).name(), Collectors.toList())));
        return rows.stream()
                .map(r -> new AgreementViews.Summary(
                        r.id(),
                        r.title(),
                        r.formality(),
                        Agreement.effective(r.status(), r.reviewDate(), today),
                        place(units.get(r.unitId())),
                        r.reviewDate(),
                        byAgreement.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /** The path of the unit with this P-code (null for none); a problem when unknown, 403 when out of reach. */
    String area(String pcode, Scope scope) {
        String code = Inputs.trimmed(pcode);
        if (code == null) {
            return null;
        }
        UnitView unit = geography
                .find(code, "en")
                .orElseThrow(() ->
                        new InvalidInputException(List.of(new FieldProblem("unit", "agreements.unit.unknown", code))));
        if (!scope.reaches(unit.path())) {
            throw new AccessDeniedException("area outside the user's scope");
        }
        return unit.path();
    }

    private static AgreementStatus status(String status) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        AgreementStatus wanted = INPUTS.choice("status", status, AgreementStatus.class, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return wanted;
    }

    static AgreementViews.Place place(UnitRef unit) {
        return unit == null ? null : new AgreementViews.Place(unit.pcode(), unit.name(), unit.levelName());
    }

    private static String name(Map<UUID, AgreementViews.Party> named, UUID partyId) {
        AgreementViews.Party party = named.get(partyId);
        return party == null ? "?" : party.name();
    }

    /** Unit ids of several rows, for naming them at once. */
    static Set<UUID> unitIds(List<AgreementRecords.Row> rows) {
        Set<UUID> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.unitId()));
        return ids;
    }
}
