package org.harambee.partners.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.partners.OrganisationRef;
import org.harambee.partners.organisations.OrganisationRecords;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/** The organisation that a presence row or an adoption names: checked when entered, named when shown. */
@Component
public class OrganisationChoice {

    private final OrganisationRecords organisations;

    OrganisationChoice(OrganisationRecords organisations) {
        this.organisations = organisations;
    }

    /** The active organisation with this id; a problem on {@code field} when it is missing, unknown or inactive. */
    public Optional<OrganisationRef> active(UUID id, String field, List<FieldProblem> problems) {
        if (id == null) {
            problems.add(new FieldProblem(field, "partners.organisation.required"));
            return Optional.empty();
        }
        Optional<OrganisationRef> ref = organisations.ref(id);
        if (ref.isEmpty()) {
            problems.add(new FieldProblem(field, "partners.organisation.unknown"));
        } else if (!ref.get().active()) {
            problems.add(new FieldProblem(field, "partners.organisation.inactive"));
        }
        return ref;
    }

    public Function<UUID, OrganisationRef> refs(Collection<UUID> ids) {
        Map<UUID, OrganisationRef> byId = organisations
                .refs(ids.stream().distinct().toList())
                .stream()
                .collect(Collectors.toMap(OrganisationRef::id, r -> r));
        return byId::get;
    }

    public List<OrganisationRef> all() {
        return organisations.active();
    }
}
