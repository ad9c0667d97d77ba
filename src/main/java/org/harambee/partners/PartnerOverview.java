package org.harambee.partners;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.harambee.geography.UnitView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners seen from an area or an organisation: who is present but not yet adopting the approach, and one
 * organisation's presence and adoptions, always within the reader's scope.
 */
@Service
@Transactional(readOnly = true)
class PartnerOverview {

    /** At most this many presence rows feed the list of organisations present but not adopting. */
    static final int NOT_ADOPTING_LIMIT = 1000;

    /** How many rows an organisation's page shows of its presence and of its adoptions. */
    static final int ORGANISATION_ROWS = 200;

    /**
     * An organisation present in a unit (in these sectors, today) that has not been trained in the approach there:
     * no adoption at that unit or above it ({@code step} null), or one still at invited or agreed.
     */
    record NotAdopting(
            OrganisationRef organisation, PartnerPlaces.Place unit, List<Sector> sectors, AdoptionStep step) {}

    private final Presences presences;
    private final PresenceRecords presence;
    private final AdoptionPipeline adoptions;
    private final PartnerPlaces places;
    private final OrganisationChoice organisations;

    PartnerOverview(
            Presences presences,
            PresenceRecords presence,
            AdoptionPipeline adoptions,
            PartnerPlaces places,
            OrganisationChoice organisations) {
        this.presences = presences;
        this.presence = presence;
        this.adoptions = adoptions;
        this.places = places;
        this.organisations = organisations;
    }

    /** In the subtree of {@code unit} (everywhere in scope without one), by unit then organisation. */
    List<NotAdopting> notAdopting(String unit, String language) {
        UnitView area = places.area(unit, language);
        List<Presences.Gap> gaps = presences.notAdopting(
                area == null ? null : area.path(), places.reading(), LocalDate.now(), NOT_ADOPTING_LIMIT);
        Function<UUID, OrganisationRef> orgs = organisations.refs(
                gaps.stream().map(Presences.Gap::organisationId).toList());
        Function<UUID, PartnerPlaces.Place> units =
                places.names(gaps.stream().map(Presences.Gap::unitId).toList());
        Map<List<UUID>, List<Presences.Gap>> grouped = new LinkedHashMap<>();
        for (Presences.Gap gap : gaps) {
            grouped.computeIfAbsent(List.of(gap.unitId(), gap.organisationId()), k -> new ArrayList<>())
                    .add(gap);
        }
        return grouped.values().stream()
                .map(g -> new NotAdopting(
                        orgs.apply(g.get(0).organisationId()),
                        units.apply(g.get(0).unitId()),
                        g.stream().map(Presences.Gap::sector).distinct().toList(),
                        g.get(0).step()))
                .toList();
    }

    List<PresenceRecords.PresenceView> presenceOf(UUID organisationId) {
        return presence.list(
                        new PresenceRecords.PresenceQuery(null, organisationId, null, false),
                        0,
                        ORGANISATION_ROWS,
                        "en")
                .items();
    }

    List<AdoptionPipeline.AdoptionView> adoptionsOf(UUID organisationId) {
        return adoptions
                .list(null, organisationId, null, 0, ORGANISATION_ROWS, "en")
                .items();
    }
}
