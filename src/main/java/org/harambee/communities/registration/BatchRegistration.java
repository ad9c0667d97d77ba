package org.harambee.communities.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.communities.CommunitiesRegistered;
import org.harambee.communities.CommunityFacilitators;
import org.harambee.communities.CommunityRegistered;
import org.harambee.communities.internal.CommunityRecords;
import org.harambee.communities.internal.RequestStatus;
import org.harambee.system.DeploymentZone;
import org.harambee.system.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Registering a batch of checked communities at once, as an import does (decision 0040): what {@link
 * CommunityRegistration#register} writes for each, in a few statements for the whole batch. The rows and their
 * search words go as one JDBC batch, the audit lines with the transaction's other appended rows (decision 0021), the
 * registrations as one {@link CommunitiesRegistered} event, which the insights module counts for the whole batch at
 * once. Facilitators are assigned community by community, through the register of facilitators, as the form does.
 */
@Component
public class BatchRegistration {

    /** A community to register: its checked details and the facilitators it names (none: an empty list). */
    public record Registering(
            CommunityRecords.Details details, List<CommunityFacilitators.NamedFacilitator> facilitators) {}

    private final CommunityRecords records;
    private final CommunityFacilitators facilitators;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final DeploymentZone zone;

    BatchRegistration(
            CommunityRecords records,
            CommunityFacilitators facilitators,
            AuditTrail audit,
            ApplicationEventPublisher events,
            DeploymentZone zone) {
        this.records = records;
        this.facilitators = facilitators;
        this.audit = audit;
        this.events = events;
        this.zone = zone;
    }

    /**
     * Writes the communities in the caller's transaction, in their order (a neighbour after the community it heard
     * from, when both are in the batch), and answers their new ids in the same order.
     */
    public List<UUID> register(List<Registering> batch, String user) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Instant now = Instant.now();
        LocalDate today = zone.today();
        List<UUID> ids = new ArrayList<>(batch.size());
        List<CommunityRecords.NewCommunity> rows = new ArrayList<>(batch.size());
        List<CommunityRegistered> registered = new ArrayList<>(batch.size());
        for (Registering community : batch) {
            UUID id = Ids.newId();
            CommunityRecords.Details details = community.details();
            boolean asked = details.origin().asked();
            ids.add(id);
            rows.add(new CommunityRecords.NewCommunity(
                    id, details, asked ? RequestStatus.REQUESTED : null, asked ? today : null));
            registered.add(details.registered(id, today));
        }
        records.insertAll(rows, user, now);
        for (int i = 0; i < batch.size(); i++) {
            Registering community = batch.get(i);
            if (!community.facilitators().isEmpty()) {
                facilitators.assign(community.details().ref(ids.get(i), null, null), community.facilitators(), today);
            }
        }
        events.publishEvent(new CommunitiesRegistered(registered));
        for (int i = 0; i < batch.size(); i++) {
            CommunityRecords.Details details = batch.get(i).details();
            audit.recordAs(
                    user,
                    "COMMUNITY_CREATED",
                    "community",
                    ids.get(i).toString(),
                    details.unitId(),
                    details.unitPath(),
                    null);
        }
        return ids;
    }
}
