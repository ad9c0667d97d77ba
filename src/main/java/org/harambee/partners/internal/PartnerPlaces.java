package org.harambee.partners.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.access.OwnOrganisation;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.access.UnitDirectory;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitView;
import org.harambee.partners.OrganisationRef;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Where partner records are placed and who may see or change them: presence, adoptions, stakeholders and forums are
 * read with {@link Permission#VIEW_PROGRAMME} and written with {@link Permission#MANAGE_PARTNERS}, each within the
 * signed-in user's scope, judged by the record's unit path. Presence and adoptions are also written with
 * {@link Permission#MANAGE_OWN_ORGANISATION} for the organisation the account is linked to, and for no other.
 */
@Component
public class PartnerPlaces {

    /** A unit as partner records show it. */
    public record Place(String pcode, String name) {
        static final Place UNKNOWN = new Place("?", "?");
    }

    private final Geography geography;
    private final UnitDirectory directory;
    private final Scopes scopes;
    private final OwnOrganisation own;

    PartnerPlaces(Geography geography, UnitDirectory directory, Scopes scopes, OwnOrganisation own) {
        this.geography = geography;
        this.directory = directory;
        this.scopes = scopes;
        this.own = own;
    }

    public Scope reading() {
        return scopes.of(Permission.VIEW_PROGRAMME);
    }

    Scope writing() {
        return scopes.of(Permission.MANAGE_PARTNERS);
    }

    /** 403 unless the signed-in user may read records placed at {@code unitPath}. */
    public void requireRead(String unitPath) {
        scopes.require(Permission.VIEW_PROGRAMME, unitPath);
    }

    /** 403 unless the signed-in user may write records placed at {@code unitPath}. */
    public void requireWrite(String unitPath) {
        scopes.require(Permission.MANAGE_PARTNERS, unitPath);
    }

    /**
     * 403 unless the signed-in user may write a record of {@code organisationId} placed at {@code unitPath}: with
     * {@link Permission#MANAGE_PARTNERS} there, or with {@link Permission#MANAGE_OWN_ORGANISATION} there when the
     * organisation is their own. A record naming no organisation yet is refused only when neither applies there at all
     * (its missing organisation is then reported on its field).
     */
    public void requireWrite(String unitPath, UUID organisationId) {
        if (scopes.permits(Permission.MANAGE_PARTNERS, unitPath)) {
            return;
        }
        boolean ownHere = scopes.permits(Permission.MANAGE_OWN_ORGANISATION, unitPath);
        boolean theirs = organisationId == null
                || own.id().filter(organisationId::equals).isPresent();
        if (!ownHere || !theirs) {
            throw new AccessDeniedException("outside the user's scope or organisation");
        }
    }

    /** The organisation the signed-in user writes for as its partner manager; null for none. */
    public UUID ownOrganisation() {
        return scopes.permissions().contains(Permission.MANAGE_OWN_ORGANISATION)
                ? own.id().orElse(null)
                : null;
    }

    /** The organisations the signed-in user may write presence and adoptions for, of {@code active}. */
    public List<OrganisationRef> writable(List<OrganisationRef> active) {
        if (scopes.permissions().contains(Permission.MANAGE_PARTNERS)) {
            return active;
        }
        return own.id()
                .map(id -> active.stream().filter(o -> o.id().equals(id)).toList())
                .orElse(List.of());
    }

    /** The unit with this P-code; a problem on {@code field} when it is missing or unknown. */
    public Optional<UnitView> resolve(String pcode, String field, List<FieldProblem> problems, String language) {
        if (pcode == null || pcode.isBlank()) {
            problems.add(new FieldProblem(field, "partners.unit.required"));
            return Optional.empty();
        }
        Optional<UnitView> unit = geography.find(pcode.trim(), language);
        if (unit.isEmpty()) {
            problems.add(new FieldProblem(field, "partners.unit.unknown", pcode.trim()));
        }
        return unit;
    }

    /** The area a listing is limited to: null for none; 404 for an unknown P-code, 403 outside the reading scope. */
    public UnitView area(String pcode, String language) {
        if (pcode == null || pcode.isBlank()) {
            return null;
        }
        UnitView unit = geography.get(pcode.trim(), language);
        requireRead(unit.path());
        return unit;
    }

    /** P-code and name of the units with these ids; a unit since removed shows as unknown. */
    public Function<UUID, Place> names(Collection<UUID> unitIds) {
        Map<UUID, Place> places = directory.byIds(new java.util.HashSet<>(unitIds)).stream()
                .collect(Collectors.toMap(UnitDirectory.Place::id, p -> new Place(p.pcode(), p.name())));
        return id -> places.getOrDefault(id, Place.UNKNOWN);
    }
}
