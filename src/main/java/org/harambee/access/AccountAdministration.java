package org.harambee.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.Languages;
import org.harambee.system.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators manage accounts: create (with a temporary password shown once), edit details, roles and their units,
 * deactivate and reactivate, reset a password. A change of roles, a deactivation or a reset ends the account's
 * sessions (a deactivation revokes its API tokens too), so that it applies at once. The last active administrator cannot be removed. Every change, and every read
 * of an account's contact details, goes to the audit trail.
 */
@Service
class AccountAdministration {

    static final int MAX_UNITS_PER_ROLE = 50;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,39}");

    /** A role to hold and the P-codes of the units where it applies. */
    record RoleGrant(String role, List<String> units) {}

    /** What an administrator enters; the username counts only when creating. */
    record AccountInput(
            String username,
            String displayName,
            String email,
            String phone,
            String language,
            String organisation,
            UUID organisationId,
            List<RoleGrant> roles) {}

    /** A unit of a role's scope, as shown. */
    record ScopeUnit(String pcode, String name) {}

    record RoleView(Role role, List<ScopeUnit> units) {}

    record AccountView(
            UUID id,
            String username,
            String displayName,
            String email,
            String phone,
            String language,
            String organisation,
            UUID organisationId,
            String organisationName,
            boolean active,
            boolean passwordChangeRequired,
            Instant resetRequestedAt,
            Instant createdAt,
            Instant updatedAt,
            List<RoleView> roles) {}

    /** A new account and its temporary password, shown only in this answer. */
    record Created(AccountView account, String temporaryPassword) {}

    private final Accounts accounts;
    private final UnitDirectory directory;
    private final OrganisationDirectory organisations;
    private final PasswordEncoder encoder;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final AuditTrail audit;

    private final Languages languages;

    private final ApiTokens tokens;

    AccountAdministration(
            Accounts accounts,
            UnitDirectory directory,
            OrganisationDirectory organisations,
            PasswordEncoder encoder,
            FindByIndexNameSessionRepository<? extends Session> sessions,
            AuditTrail audit,
            Languages languages,
            ApiTokens tokens) {
        this.languages = languages;
        this.tokens = tokens;
        this.accounts = accounts;
        this.directory = directory;
        this.organisations = organisations;
        this.encoder = encoder;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** Up to ten places whose name or P-code starts with {@code text}, to assign a role with. */
    List<UnitDirectory.Place> places(String text) {
        return directory.search(text, 10);
    }

    /** The registered organisations an account can be linked to. */
    List<OrganisationDirectory.Organisation> organisations() {
        return organisations.active();
    }

    @Transactional(readOnly = true)
    List<AccountView> search(String q, Role role, Boolean active, boolean resetRequested, int page, int size) {
        String query = q == null || q.isBlank() ? null : q.trim();
        return accounts.search(query, role, active, resetRequested, Math.max(page, 0), size).stream()
                .map(this::view)
                .toList();
    }

    /** One account with its contact details; the read is audited. */
    @Transactional(readOnly = true)
    AccountView get(UUID id) {
        AccountView view = view(profile(id));
        record(view, "ACCOUNT_VIEWED", null);
        return view;
    }

    /** The signed-in user's own account (not audited: it is their own). */
    @Transactional(readOnly = true)
    AccountView own(String username) {
        return view(accounts.profile(username).orElseThrow(() -> new NotFoundException("problem.accountNotFound")));
    }

    @Transactional
    Created create(AccountInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = input.username() == null ? "" : Accounts.normalise(input.username());
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username", "accounts.username.invalid"));
        } else if (accounts.usernameTaken(username)) {
            problems.add(new FieldProblem("username", "accounts.username.taken"));
        }
        Accounts.Details details = details(input, problems);
        Map<Role, List<UUID>> roles = roles(input.roles(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String password = TemporaryPasswords.next();
        UUID id = accounts.insert(username, details, encoder.encode(password), true);
        accounts.replaceRoles(id, roles);
        AccountView view = view(profile(id));
        record(view, "ACCOUNT_CREATED", summary(view));
        return new Created(view, password);
    }

    @Transactional
    AccountView update(UUID id, AccountInput input) {
        Accounts.Profile before = profile(id);
        List<FieldProblem> problems = new ArrayList<>();
        Accounts.Details details = details(input, problems);
        Map<Role, List<UUID>> roles = roles(input.roles(), problems);
        if (before.enabled()
                && before.roles().containsKey(Role.ADMINISTRATOR)
                && !roles.containsKey(Role.ADMINISTRATOR)
                && accounts.countEnabledWithRole(Role.ADMINISTRATOR) <= 1) {
            problems.add(new FieldProblem("roles", "accounts.roles.lastAdministrator"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        accounts.update(id, details);
        boolean rolesChanged = !normalised(before.roles()).equals(normalised(roles));
        if (rolesChanged) {
            accounts.replaceRoles(id, roles);
        }
        AccountView view = view(profile(id));
        record(view, "ACCOUNT_UPDATED", null);
        if (rolesChanged) {
            record(view, "PERMISSIONS_CHANGED", summary(view));
            endSessions(view.username());
        }
        return view;
    }

    @Transactional
    AccountView deactivate(UUID id, String actor) {
        Accounts.Profile account = profile(id);
        if (account.username().equals(actor)) {
            throw new InvalidInputException(List.of(new FieldProblem("active", "accounts.deactivate.self")));
        }
        if (account.enabled()
                && account.roles().containsKey(Role.ADMINISTRATOR)
                && accounts.countEnabledWithRole(Role.ADMINISTRATOR) <= 1) {
            throw new InvalidInputException(List.of(new FieldProblem("active", "accounts.roles.lastAdministrator")));
        }
        accounts.setEnabled(id, false);
        AccountView view = view(profile(id));
        record(view, "ACCOUNT_DEACTIVATED", null);
        endSessions(view.username());
        // a reactivated account starts without tokens: those its holder had may have been handed on meanwhile
        tokens.revokeAllOf(view.username());
        return view;
    }

    @Transactional
    AccountView reactivate(UUID id) {
        profile(id);
        accounts.setEnabled(id, true);
        AccountView view = view(profile(id));
        record(view, "ACCOUNT_REACTIVATED", null);
        return view;
    }

    /** A new temporary password, to be changed at the next sign-in; the account's sessions end. */
    @Transactional
    String resetPassword(UUID id) {
        Accounts.Profile account = profile(id);
        String password = TemporaryPasswords.next();
        accounts.setPassword(id, encoder.encode(password), true);
        record(view(account), "PASSWORD_RESET", null);
        endSessions(account.username());
        return password;
    }

    private Accounts.Profile profile(UUID id) {
        return accounts.profile(id).orElseThrow(() -> new NotFoundException("problem.accountNotFound"));
    }

    private Accounts.Details details(AccountInput input, List<FieldProblem> problems) {
        String displayName = trimmed(input.displayName());
        if (displayName == null || displayName.length() > 200) {
            problems.add(new FieldProblem("displayName", "accounts.displayName.invalid"));
        }
        String email = trimmed(input.email());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            problems.add(new FieldProblem("email", "accounts.email.invalid"));
        }
        String phone = trimmed(input.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("phone", "accounts.phone.invalid"));
        }
        String language = trimmed(input.language());
        if (language != null && !languages.tags().contains(language)) {
            problems.add(new FieldProblem("language", "accounts.language.invalid"));
        }
        String organisation = trimmed(input.organisation());
        if (organisation != null && organisation.length() > 200) {
            problems.add(new FieldProblem("organisation", "accounts.organisation.invalid"));
        }
        if (input.organisationId() != null
                && organisations.byId(input.organisationId()).isEmpty()) {
            problems.add(new FieldProblem("organisationId", "accounts.organisationId.unknown"));
        }
        return new Accounts.Details(displayName, email, phone, language, organisation, input.organisationId());
    }

    /** Roles with the ids of their units; unknown roles or P-codes, and roles without units, are problems. */
    private Map<Role, List<UUID>> roles(List<RoleGrant> grants, List<FieldProblem> problems) {
        Map<Role, List<UUID>> roles = new LinkedHashMap<>();
        if (grants == null || grants.isEmpty()) {
            problems.add(new FieldProblem("roles", "accounts.roles.required"));
            return roles;
        }
        for (int i = 0; i < grants.size(); i++) {
            RoleGrant grant = grants.get(i);
            String field = "roles[" + i + "]";
            Role role = grant == null ? null : Roles.parse(grant.role());
            if (role == null) {
                problems.add(new FieldProblem(field + ".role", "accounts.roles.unknown"));
                continue;
            }
            if (roles.containsKey(role)) {
                problems.add(new FieldProblem(field + ".role", "accounts.roles.repeated"));
                continue;
            }
            List<String> pcodes = grant.units() == null
                    ? List.of()
                    : grant.units().stream()
                            .map(AccountAdministration::trimmed)
                            .filter(p -> p != null)
                            .distinct()
                            .toList();
            if (role.everywhere()) {
                if (!pcodes.isEmpty()) {
                    problems.add(new FieldProblem(field + ".units", "accounts.roles.everywhere"));
                }
                roles.put(role, List.of());
                continue;
            }
            if (pcodes.isEmpty()) {
                problems.add(new FieldProblem(field + ".units", "accounts.roles.unitsRequired"));
                continue;
            }
            if (pcodes.size() > MAX_UNITS_PER_ROLE) {
                problems.add(new FieldProblem(field + ".units", "accounts.roles.tooManyUnits", MAX_UNITS_PER_ROLE));
                continue;
            }
            List<UUID> ids = new ArrayList<>();
            for (String pcode : pcodes) {
                directory
                        .byPcode(pcode)
                        .ifPresentOrElse(
                                place -> ids.add(place.id()),
                                () -> problems.add(
                                        new FieldProblem(field + ".units", "accounts.roles.unknownUnit", pcode)));
            }
            roles.put(role, ids);
        }
        return roles;
    }

    /** Roles with their units as sets, so that two assignments compare regardless of order. */
    private static Map<Role, Set<UUID>> normalised(Map<Role, List<UUID>> roles) {
        Map<Role, Set<UUID>> result = new java.util.EnumMap<>(Role.class);
        roles.forEach((role, units) -> result.put(role, Set.copyOf(units)));
        return result;
    }

    private AccountView view(Accounts.Profile p) {
        Set<UUID> unitIds = p.roles().values().stream().flatMap(List::stream).collect(Collectors.toSet());
        Map<UUID, UnitDirectory.Place> places =
                directory.byIds(unitIds).stream().collect(Collectors.toMap(UnitDirectory.Place::id, place -> place));
        List<RoleView> roles = new ArrayList<>();
        for (Role role : EnumSet.allOf(Role.class)) {
            List<UUID> units = p.roles().get(role);
            if (units != null) {
                roles.add(new RoleView(
                        role,
                        units.stream()
                                .map(places::get)
                                .filter(place -> place != null)
                                .map(place -> new ScopeUnit(place.pcode(), place.name()))
                                .sorted(java.util.Comparator.comparing(ScopeUnit::pcode))
                                .toList()));
            }
        }
        return new AccountView(
                p.id(),
                p.username(),
                p.displayName(),
                p.email(),
                p.phone(),
                p.language(),
                p.organisation(),
                p.organisationId(),
                p.organisationId() == null
                        ? null
                        : organisations
                                .byId(p.organisationId())
                                .map(OrganisationDirectory.Organisation::name)
                                .orElse(null),
                p.enabled(),
                p.passwordChangeRequired(),
                p.resetRequestedAt(),
                p.createdAt(),
                p.updatedAt(),
                roles);
    }

    /** Audited against the first unit of the account's scope, so that coordinators see changes in their area. */
    private void record(AccountView view, String action, String detail) {
        UnitDirectory.Place unit = view.roles().stream()
                .flatMap(r -> r.units().stream())
                .findFirst()
                .flatMap(u -> directory.byPcode(u.pcode()))
                .orElse(null);
        audit.record(
                action,
                "account",
                view.username(),
                unit == null ? null : unit.id(),
                unit == null ? null : unit.path(),
                detail);
    }

    private static String summary(AccountView view) {
        return view.roles().stream()
                .map(r -> r.role().name()
                        + (r.units().isEmpty()
                                ? ""
                                : r.units().stream().map(ScopeUnit::pcode).collect(Collectors.joining(",", ":", ""))))
                .collect(Collectors.joining(" "));
    }

    private void endSessions(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
