package org.harambee.access.accounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.access.OrganisationDirectory;
import org.harambee.access.Role;
import org.harambee.access.UnitDirectory;
import org.harambee.access.accounts.AccountAdministration.AccountInput;
import org.harambee.access.accounts.AccountImport.Line;
import org.harambee.access.accounts.ProfileRecords.Profile;
import org.harambee.system.ImportContext;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.Languages;
import org.springframework.stereotype.Component;

/**
 * What an accounts file asks of each account: the lines of one username merged (a detail given twice must agree),
 * laid over the stored account (an empty cell keeps the stored value, a role or place is added to those held), and
 * checked by the form's rules ({@link AccountInputChecks}). A stored account is changed only by an importer whose area
 * holds every place of its roles.
 */
@Component
class AccountImportPlans {

    /** A path no unit has: only an area that is everywhere covers it. */
    private static final String EVERYWHERE = "/";

    /** The column of the file that gives each field the form checks. */
    private static final Map<String, String> COLUMNS = Map.of(
            "displayName", "full_name",
            "email", "email",
            "phone", "phone",
            "language", "language",
            "organisation", "organisation",
            "organisationId", "organisation");

    /** One account as the file leaves it: {@code before} is {@code null} for a new one. */
    record Plan(
            String username,
            int lines,
            Profile before,
            AccountRecords.Details details,
            Map<Role, List<UUID>> granted,
            boolean unchanged) {}

    /** A value the file gives for an account, and the line giving it first. */
    private record Given(String value, int line) {}

    private final AccountInputChecks checks;
    private final UnitDirectory directory;
    private final OrganisationDirectory organisations;
    private final Languages languages;

    AccountImportPlans(
            AccountInputChecks checks,
            UnitDirectory directory,
            OrganisationDirectory organisations,
            Languages languages) {
        this.checks = checks;
        this.directory = directory;
        this.organisations = organisations;
        this.languages = languages;
    }

    /** The plan of each account the lines name, in the order of their first lines; problems go to the context. */
    List<Plan> plan(List<Line> lines, Map<String, Profile> stored, ImportContext context) {
        Map<String, List<Line>> byUsername = new LinkedHashMap<>();
        lines.forEach(l ->
                byUsername.computeIfAbsent(l.username(), u -> new ArrayList<>()).add(l));
        Map<UUID, UnitDirectory.Place> places = directory
                .byIds(stored.values().stream()
                        .flatMap(p -> p.roles().values().stream())
                        .flatMap(List::stream)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(UnitDirectory.Place::id, Function.identity()));
        Map<String, List<OrganisationDirectory.Organisation>> named =
                lines.stream().anyMatch(l -> l.organisation() != null)
                        ? organisations.active().stream().collect(Collectors.groupingBy(o -> lower(o.name())))
                        : Map.of();
        List<Plan> plans = new ArrayList<>(byUsername.size());
        byUsername.forEach((username, group) -> {
            Profile before = stored.get(username);
            if (before != null && !covers(before, places, context)) {
                context.problem(group.get(0).line(), "username", "recordImports.accounts.outsideArea", username);
                return;
            }
            Map<Role, List<UUID>> granted = granted(group, before, context);
            AccountRecords.Details details = details(group, before, granted, named, context);
            boolean unchanged = before != null
                    && details.equals(before.details())
                    && AccountAdministration.sameRoles(before.roles(), granted);
            plans.add(new Plan(username, group.size(), before, details, granted, unchanged));
        });
        return plans;
    }

    /** The roles held before (or none) with the roles and places of the lines added. */
    private static Map<Role, List<UUID>> granted(List<Line> group, Profile before, ImportContext context) {
        Map<Role, List<UUID>> granted = new LinkedHashMap<>();
        if (before != null) {
            before.roles().forEach((role, units) -> granted.put(role, new ArrayList<>(units)));
        }
        Map<String, Integer> seen = new HashMap<>();
        Set<Role> tooMany = new HashSet<>();
        for (Line line : group) {
            Integer first = seen.putIfAbsent(line.role() + "/" + line.place().id(), line.line());
            if (first != null) {
                context.problem(line.line(), "role", "recordImports.duplicate", first);
                continue;
            }
            List<UUID> units = granted.computeIfAbsent(line.role(), r -> new ArrayList<>());
            if (!units.contains(line.place().id())) {
                units.add(line.place().id());
            }
            if (units.size() > AccountInputChecks.MAX_UNITS_PER_ROLE && tooMany.add(line.role())) {
                context.problem(
                        line.line(), "role", "accounts.roles.tooManyUnits", AccountInputChecks.MAX_UNITS_PER_ROLE);
            }
        }
        return granted;
    }

    /** The details the lines give over those stored, checked by the form's rules where the file gives them. */
    private AccountRecords.Details details(
            List<Line> group,
            Profile before,
            Map<Role, List<UUID>> granted,
            Map<String, List<OrganisationDirectory.Organisation>> named,
            ImportContext context) {
        Map<String, Given> given = new HashMap<>();
        given.put("displayName", given(group, Line::fullName, "full_name", context));
        given.put("email", given(group, Line::email, "email", context));
        given.put("phone", given(group, Line::phone, "phone", context));
        given.put("language", given(group, Line::language, "language", context));
        Given organisation = given(group, Line::organisation, "organisation", context);
        given.put("organisation", organisation);
        given.put("organisationId", organisation);
        AccountRecords.Details old =
                before == null ? new AccountRecords.Details(null, null, null, null, null, null) : before.details();
        String orgName = old.organisation();
        UUID orgId = old.organisationId();
        if (organisation != null && !sameOrganisation(organisation.value(), old)) {
            List<OrganisationDirectory.Organisation> found = named.getOrDefault(lower(organisation.value()), List.of());
            orgName = organisation.value();
            orgId = null;
            if (found.size() == 1) {
                orgName = found.get(0).name();
                orgId = found.get(0).id();
            } else if (found.size() > 1) {
                context.problem(
                        organisation.line(),
                        "organisation",
                        "recordImports.accounts.organisationAmbiguous",
                        organisation.value());
            } else if (granted.containsKey(Role.PARTNER_PROGRAMME_MANAGER)) {
                // a partner programme manager works for the registered organisation the account is linked to
                context.problem(
                        organisation.line(),
                        "organisation",
                        "recordImports.accounts.organisationUnknown",
                        organisation.value());
            }
        }
        AccountInput input = new AccountInput(
                group.get(0).username(),
                value(given.get("displayName"), old.displayName()),
                value(given.get("email"), old.email()),
                value(given.get("phone"), old.phone()),
                language(value(given.get("language"), old.language())),
                orgName,
                orgId,
                null);
        List<FieldProblem> problems = new ArrayList<>();
        AccountRecords.Details details = checks.details(input, problems);
        for (FieldProblem problem : problems) {
            Given from = given.get(problem.field());
            if (from == null && before != null) {
                continue; // a stored value the file leaves alone is not the file's problem
            }
            context.problem(
                    from == null ? group.get(0).line() : from.line(),
                    COLUMNS.getOrDefault(problem.field(), "username"),
                    problem.key(),
                    problem.args());
        }
        return details;
    }

    /** The first value the lines give in a column; another value on a later line is a problem of that line. */
    private static Given given(List<Line> group, Function<Line, String> cell, String column, ImportContext context) {
        Given first = null;
        for (Line line : group) {
            String value = cell.apply(line);
            if (value == null) {
                continue;
            }
            if (first == null) {
                first = new Given(value, line.line());
            } else if (!first.value().equals(value)) {
                context.problem(line.line(), column, "recordImports.accounts.differs", first.line());
            }
        }
        return first;
    }

    /** Whether the importer's area holds every place of the stored account's roles (everywhere for the administrator). */
    private static boolean covers(Profile before, Map<UUID, UnitDirectory.Place> places, ImportContext context) {
        for (Map.Entry<Role, List<UUID>> held : before.roles().entrySet()) {
            if (held.getKey().everywhere() && !context.covers(EVERYWHERE)) {
                return false;
            }
            for (UUID unit : held.getValue()) {
                UnitDirectory.Place place = places.get(unit);
                if (place == null || !context.covers(place.path())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The organisation the account has already, by the name written or the registered one's. */
    private boolean sameOrganisation(String cell, AccountRecords.Details old) {
        if (old.organisation() != null && lower(old.organisation()).equals(lower(cell))) {
            return true;
        }
        return old.organisationId() != null
                && organisations
                        .byId(old.organisationId())
                        .map(o -> lower(o.name()).equals(lower(cell)))
                        .orElse(false);
    }

    /** A language tag as the site knows it, whatever its case; anything else is left for the form's check. */
    private String language(String tag) {
        if (tag == null) {
            return null;
        }
        return languages.tags().stream()
                .filter(t -> t.equalsIgnoreCase(tag))
                .findFirst()
                .orElse(tag);
    }

    private static String value(Given given, String stored) {
        return given == null ? stored : given.value();
    }

    private static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
