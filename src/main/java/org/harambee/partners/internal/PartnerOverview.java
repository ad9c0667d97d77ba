package org.harambee.partners.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.harambee.geography.UnitView;
import org.harambee.partners.AdoptionStep;
import org.harambee.partners.OrganisationRef;
import org.harambee.partners.adoptions.AdoptionPipeline;
import org.harambee.partners.presence.PresenceRecording;
import org.harambee.partners.presence.PresenceRecords;
import org.harambee.partners.presence.Sector;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners seen from an area or an organisation: who is present but not yet adopting the approach, and one
 * organisation's presence and adoptions, always within the reader's scope.
 */
@Service
@Transactional(readOnly = true)
public class PartnerOverview {

    /** At most this many presence rows feed the list of organisations present but not adopting. */
    static final int NOT_ADOPTING_LIMIT = 1000;

    /** How many rows an organisation's page shows of its presence and of its adoptions. */
    static final int ORGANISATION_ROWS = 200;

    /**
     * An organisation present in a unit (in these sectors, today) that has not been trained in the approach there:
     * no adoption at that unit or above it ({@code step} null), or one still at invited or agreed.
     */
    public record NotAdopting(
            OrganisationRef organisation, PartnerPlaces.Place unit, List<Sector> sectors, AdoptionStep step) {}

    private final PresenceRecords presences;
    private final PresenceRecording presence;
    private final AdoptionPipeline adoptions;
    private final PartnerPlaces places;
    private final OrganisationChoice organisations;

    PartnerOverview(
            PresenceRecords presences,
            PresenceRecording presence,
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
    public List<NotAdopting> notAdopting(String unit, String language) {
        UnitView area = places.area(unit, language);
        List<PresenceRecords.Gap> gaps = presences.notAdopting(
                area == null ? null : area.path(), places.reading(), LocalDate.now(), NOT_ADOPTING_LIMIT);
        Function<UUID, OrganisationRef> orgs = organisations.refs(
                gaps.stream().map(PresenceRecords.Gap::organisationId).toList());
        Function<UUID, PartnerPlaces.Place> units =
                places.names(gaps.stream().map(PresenceRecords.Gap::unitId).toList());
        Map<List<UUID>, List<PresenceRecords.Gap>> grouped = new LinkedHashMap<>();
        for (PresenceRecords.Gap gap : gaps) {
            grouped.computeIfAbsent(List.of(gap.unitId(), gap.organisationId()), k -> new ArrayList<>())
                    .add(gap);
        }
        return grouped.values().stream()
                .map(g -> new NotAdopting(
                        orgs.apply(g.get(0).organisationId()),
                        units.apply(g.get(0).unitId()),
                        g.stream().map(PresenceRecords.Gap::sector).distinct().toList(),
                        g.get(0).step()))
                .toList();
    }

    public List<PresenceRecording.PresenceView> presenceOf(UUID organisationId) {
        return presence.list(
                        new PresenceRecording.PresenceQuery(null, organisationId, null, false),
                        0,
                        ORGANISATION_ROWS,
                        "en")
                .items();
    }

    public List<AdoptionPipeline.AdoptionView> adoptionsOf(UUID organisationId) {
        return adoptions
                .list(null, organisationId, null, 0, ORGANISATION_ROWS, "en")
                .items();
    }
}
