package org.harambee.access.accounts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.harambee.access.CurrentUser;
import org.harambee.access.Role;
import org.harambee.access.accounts.AccountReading.AccountView;
import org.harambee.access.accounts.ProfileRecords.Profile;
import org.harambee.access.tokens.ApiTokens;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators manage accounts: create (with a temporary password shown once), edit details, roles and their units,
 * deactivate and reactivate, reset a password. A change of roles, a deactivation or a reset ends the account's
 * sessions (a deactivation revokes its API tokens too), so that it applies at once. The last active administrator
 * cannot be removed. Every change goes to the audit trail.
 */
@Service
class AccountAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

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

    /** A new account and its temporary password, shown only in this answer. */
    record Created(AccountView account, String temporaryPassword) {}

    private final AccountRecords accounts;
    private final RoleRecords roles;
    private final AccountReading reading;
    private final AccountInputChecks checks;
    private final AccountAuditing audit;
    private final PasswordEncoder encoder;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final ApiTokens tokens;

    AccountAdministration(
            AccountRecords accounts,
            RoleRecords roles,
            AccountReading reading,
            AccountInputChecks checks,
            AccountAuditing audit,
            PasswordEncoder encoder,
            FindByIndexNameSessionRepository<? extends Session> sessions,
            ApiTokens tokens) {
        this.accounts = accounts;
        this.roles = roles;
        this.reading = reading;
        this.checks = checks;
        this.audit = audit;
        this.encoder = encoder;
        this.sessions = sessions;
        this.tokens = tokens;
    }

    @Transactional
    Created create(AccountInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = input.username() == null ? "" : AccountRecords.normalise(input.username());
        if (!validUsername(username)) {
            problems.add(new FieldProblem("username", "accounts.username.invalid"));
        } else if (accounts.usernameTaken(username)) {
            problems.add(new FieldProblem("username", "accounts.username.taken"));
        }
        AccountRecords.Details details = checks.details(input, problems);
        Map<Role, List<UUID>> granted = checks.roles(input.roles(), problems);
        Inputs.refuseIfAny(problems);
        String password = TemporaryPasswords.next();
        AccountView view = register(username, details, granted, encoder.encode(password), CurrentUser.name());
        return new Created(view, password);
    }

    @Transactional
    AccountView update(UUID id, AccountInput input) {
        Profile before = reading.profile(id);
        List<FieldProblem> problems = new ArrayList<>();
        AccountRecords.Details details = checks.details(input, problems);
        Map<Role, List<UUID>> granted = checks.roles(input.roles(), problems);
        if (!granted.containsKey(Role.ADMINISTRATOR) && lastAdministrator(before)) {
            problems.add(new FieldProblem("roles", "accounts.roles.lastAdministrator"));
        }
        Inputs.refuseIfAny(problems);
        return correct(before, details, granted, CurrentUser.name());
    }

    /** A username as accounts are created with: lower case, as {@link AccountRecords#normalise} keeps it. */
    static boolean validUsername(String normalised) {
        return USERNAME.matcher(normalised).matches();
    }

    /**
     * Writes a new account whose details and roles are checked, to change its password at the first sign-in, with its
     * audit line: the form's creation and the import's ({@link AccountImport}) alike.
     */
    AccountView register(
            String username,
            AccountRecords.Details details,
            Map<Role, List<UUID>> granted,
            String passwordHash,
            String user) {
        UUID id = accounts.insert(username, details, passwordHash, true);
        roles.replace(id, granted);
        AccountView view = reading.view(reading.profile(id));
        audit.recordAs(user, view, "ACCOUNT_CREATED", AccountAuditing.summary(view));
        return view;
    }

    /**
     * Writes checked details and roles over a stored account ({@code before}), with its audit lines; a change of roles
     * ends the account's sessions. The form's edit and the import's alike.
     */
    AccountView correct(Profile before, AccountRecords.Details details, Map<Role, List<UUID>> granted, String user) {
        UUID id = before.id();
        accounts.update(id, details);
        boolean rolesChanged = !sameRoles(before.roles(), granted);
        if (rolesChanged) {
            roles.replace(id, granted);
        }
        AccountView view = reading.view(reading.profile(id));
        audit.recordAs(user, view, "ACCOUNT_UPDATED", null);
        if (rolesChanged) {
            audit.recordAs(user, view, "PERMISSIONS_CHANGED", AccountAuditing.summary(view));
            endSessions(view.username());
        }
        return view;
    }

    @Transactional
    AccountView deactivate(UUID id, String actor) {
        Profile account = reading.profile(id);
        if (account.username().equals(actor)) {
            throw new InvalidInputException(List.of(new FieldProblem("active", "accounts.deactivate.self")));
        }
        if (lastAdministrator(account)) {
            throw new InvalidInputException(List.of(new FieldProblem("active", "accounts.roles.lastAdministrator")));
        }
        accounts.setEnabled(id, false);
        AccountView view = reading.view(reading.profile(id));
        audit.record(view, "ACCOUNT_DEACTIVATED", null);
        endSessions(view.username());
        // a reactivated account starts without tokens: those its holder had may have been handed on meanwhile
        tokens.revokeAllOf(view.username());
        return view;
    }

    @Transactional
    AccountView reactivate(UUID id) {
        reading.profile(id);
        accounts.setEnabled(id, true);
        AccountView view = reading.view(reading.profile(id));
        audit.record(view, "ACCOUNT_REACTIVATED", null);
        return view;
    }

    /** A new temporary password, to be changed at the next sign-in; the account's sessions end. */
    @Transactional
    String resetPassword(UUID id) {
        Profile account = reading.profile(id);
        String password = TemporaryPasswords.next();
        accounts.setPassword(id, encoder.encode(password), true);
        audit.record(reading.view(account), "PASSWORD_RESET", null);
        endSessions(account.username());
        return password;
    }

    /** An active administrator that no other active account could replace. */
    private boolean lastAdministrator(Profile account) {
        return account.enabled()
                && account.roles().containsKey(Role.ADMINISTRATOR)
                && roles.countEnabledWith(Role.ADMINISTRATOR) <= 1;
    }

    /** Whether two assignments hold the same roles at the same units, in any order. */
    static boolean sameRoles(Map<Role, List<UUID>> one, Map<Role, List<UUID>> other) {
        return normalised(one).equals(normalised(other));
    }

    /** Roles with their units as sets, so that two assignments compare regardless of order. */
    private static Map<Role, Set<UUID>> normalised(Map<Role, List<UUID>> roles) {
        Map<Role, Set<UUID>> result = new EnumMap<>(Role.class);
        roles.forEach((role, units) -> result.put(role, Set.copyOf(units)));
        return result;
    }

    private void endSessions(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }
}
