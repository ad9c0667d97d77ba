package org.harambee.partners;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partners module's API: organisations by id, for the modules that name them (communities, agreements...). */
@Service
@Transactional(readOnly = true)
public class Partners {

    private final Organisations organisations;

    Partners(Organisations organisations) {
        this.organisations = organisations;
    }

    public Optional<OrganisationRef> organisation(UUID id) {
        return id == null ? Optional.empty() : organisations.ref(id);
    }

    /** The organisations with these ids that exist, by name. */
    public List<OrganisationRef> organisations(Collection<UUID> ids) {
        return organisations.refs(ids);
    }

    /** The active organisations, by name, for a form to choose from. */
    public List<OrganisationRef> active() {
        return organisations.active();
    }
}
