package org.harambee.partners.organisations;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.geography.CountryView;
import org.harambee.geography.Geography;
import org.harambee.geography.LevelNames;
import org.harambee.geography.UnitView;
import org.harambee.partners.OrganisationKind;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.harambee.system.ResultPage;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations are public information: anyone who reads the programme sees them all, and any holder of
 * {@code MANAGE_PARTNERS} creates, edits, deactivates and reactivates them. They are not placed in a unit; the country
 * they work in, with the administrative level they work at, is shown with that country's name for the level.
 */
@Service
class OrganisationRegistering {

    /** What a user enters; {@code kind} is one of {@link OrganisationKind}, {@code country} a P-code. */
    record OrganisationInput(
            String name,
            String shortName,
            String kind,
            String country,
            Integer level,
            String contactName,
            String contactEmail,
            String contactPhone,
            String website) {}

    record OrganisationView(
            UUID id,
            String name,
            String shortName,
            OrganisationKind kind,
            String country,
            String countryName,
            Integer level,
            String levelName,
            String contactName,
            String contactEmail,
            String contactPhone,
            String website,
            boolean active,
            Instant createdAt,
            Instant updatedAt) {}

    private final OrganisationRecords organisations;
    private final OrganisationChecks checks;
    private final Geography geography;
    private final AuditTrail audit;

    OrganisationRegistering(
            OrganisationRecords organisations, OrganisationChecks checks, Geography geography, AuditTrail audit) {
        this.organisations = organisations;
        this.checks = checks;
        this.geography = geography;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    ResultPage<OrganisationView> search(
            String q, OrganisationKind kind, Boolean active, int page, int size, String language) {
        return search(q, kind, active, null, page, size, language);
    }

    /** The same in {@code sort}'s order (one of {@link OrganisationRecords#SORTS}; an unknown one is a problem). */
    @Transactional(readOnly = true)
    ResultPage<OrganisationView> search(
            String q, OrganisationKind kind, Boolean active, String sort, int page, int size, String language) {
        String sorted = sort == null || sort.isBlank() ? null : sort.trim();
        if (sorted != null && !OrganisationRecords.SORTS.containsKey(sorted)) {
            throw new InvalidInputException(
                    List.of(new InvalidInputException.FieldProblem("sort", "export.sort.invalid")));
        }
        int pageSize = ResultPage.size(size);
        int from = Math.max(page, 0);
        Map<String, Optional<CountryView>> countries = new HashMap<>();
        List<OrganisationView> items = organisations.search(q, kind, active, sorted, from, pageSize).stream()
                .map(row -> view(row, countries, language))
                .toList();
        return new ResultPage<>(items, from, pageSize, organisations.count(q, kind, active));
    }

    @Transactional(readOnly = true)
    OrganisationView get(UUID id, String language) {
        return view(row(id), new HashMap<>(), language);
    }

    @Transactional
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    OrganisationView create(OrganisationInput input, String language) {
        OrganisationRecords.Details details = checks.details(input, null);
        UUID id;
        try {
            id = register(details, CurrentUser.name());
        } catch (DuplicateKeyException e) {
            throw nameTaken();
        }
        return get(id, language);
    }

    @Transactional
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    OrganisationView update(UUID id, OrganisationInput input, String language) {
        row(id);
        OrganisationRecords.Details details = checks.details(input, id);
        try {
            correct(id, details, CurrentUser.name());
        } catch (DuplicateKeyException e) {
            throw nameTaken();
        }
        return get(id, language);
    }

    /**
     * Writes a new organisation whose details are checked, with its audit line: the form's and the API's and the
     * import's ({@link OrganisationImport}) alike. A name taken meanwhile is a {@link DuplicateKeyException}.
     */
    UUID register(OrganisationRecords.Details details, String user) {
        UUID id = organisations.insert(details);
        record(user, id, "ORGANISATION_CREATED", details);
        return id;
    }

    /** Writes checked details over a stored organisation, with its audit line; its status stays as it was. */
    void correct(UUID id, OrganisationRecords.Details details, String user) {
        organisations.update(id, details);
        record(user, id, "ORGANISATION_UPDATED", details);
    }

    @Transactional
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    OrganisationView setActive(UUID id, boolean active, String language) {
        OrganisationRecords.Row row = row(id);
        organisations.setActive(id, active);
        record(CurrentUser.name(), id, active ? "ORGANISATION_REACTIVATED" : "ORGANISATION_DEACTIVATED", row.details());
        return get(id, language);
    }

    private OrganisationRecords.Row row(UUID id) {
        return organisations.find(id).orElseThrow(NotFoundException.of("partners.notFound"));
    }

    private static InvalidInputException nameTaken() {
        return new InvalidInputException(List.of(new FieldProblem("name", "partners.organisation.nameTaken")));
    }

    private OrganisationView view(
            OrganisationRecords.Row row, Map<String, Optional<CountryView>> countries, String language) {
        OrganisationRecords.Details d = row.details();
        Optional<CountryView> country = d.country() == null
                ? Optional.empty()
                : countries.computeIfAbsent(
                        d.country(), p -> geography.find(p, language).map(u -> geography.country(p, language)));
        String levelName = country.flatMap(c -> c.levels().stream()
                        .filter(l -> d.level() != null && l.level() == d.level())
                        .findFirst())
                .map(l -> levelName(l, language))
                .orElse(null);
        return new OrganisationView(
                row.id(),
                d.name(),
                d.shortName(),
                d.kind(),
                d.country(),
                country.map(CountryView::name).orElse(null),
                d.level(),
                levelName,
                d.contactName(),
                d.contactEmail(),
                d.contactPhone(),
                d.website(),
                row.active(),
                row.createdAt(),
                row.updatedAt());
    }

    static String levelName(LevelNames level, String language) {
        Map<String, String> names = level.names();
        return names.getOrDefault(
                language,
                names.getOrDefault("en", names.values().stream().findFirst().orElse(null)));
    }

    /** Organisations are not placed: the line is placed at the country they work in, if any. */
    private void record(String user, UUID id, String action, OrganisationRecords.Details d) {
        Optional<UnitView> country = d.country() == null ? Optional.empty() : geography.find(d.country(), "en");
        audit.recordAs(
                user,
                action,
                "organisation",
                id.toString(),
                country.map(UnitView::id).orElse(null),
                country.map(UnitView::path).orElse(null),
                d.name());
    }
}
