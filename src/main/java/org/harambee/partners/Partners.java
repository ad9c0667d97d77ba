package org.harambee.partners;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.harambee.partners.adoptions.AdoptionRecords;
import org.harambee.partners.organisations.OrganisationRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partners module's API for the modules that name organisations (communities, agreements...): organisations by
 * id, the active ones to choose from, and how far an organisation has adopted the approach where a record lies.
 */
@Service
@Transactional(readOnly = true)
public class Partners {

    private final OrganisationRecords organisations;
    private final AdoptionRecords adoptions;

    Partners(OrganisationRecords organisations, AdoptionRecords adoptions) {
        this.organisations = organisations;
        this.adoptions = adoptions;
    }

    public Optional<OrganisationRef> organisation(UUID id) {
        return id == null ? Optional.empty() : organisations.ref(id);
    }

    /** The organisations with these ids that exist, by name. */
    public List<OrganisationRef> organisations(Collection<UUID> ids) {
        return organisations.refs(ids);
    }

    /** Every active organisation, by name: the choices for "supported by" in another module's form. */
    public List<OrganisationRef> activeOrganisations() {
        return organisations.active();
    }

    /**
     * The furthest adoption step of the organisation at the unit with this materialised path or at any unit above
     * it (an adoption covers its unit's subtree); empty when it has not been invited there. A community module can
     * ask, e.g., whether the organisation that supports a community is {@link AdoptionStep#SUPPORTING} there.
     */
    public Optional<AdoptionStep> adoptionStep(UUID organisationId, String unitPath) {
        if (organisationId == null || unitPath == null) {
            return Optional.empty();
        }
        return adoptions.furthestAt(organisationId, unitPath);
    }
}
