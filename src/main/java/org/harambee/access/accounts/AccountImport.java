package org.harambee.access.accounts;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.access.Permission;
import org.harambee.access.Role;
import org.harambee.access.Roles;
import org.harambee.access.accounts.AccountImportPlans.Plan;
import org.harambee.system.ImportColumn;
import org.harambee.system.ImportContext;
import org.harambee.system.ImportCounts;
import org.harambee.system.ImportPlace;
import org.harambee.system.ImportRecord;
import org.harambee.system.RecordImporter;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Accounts from a spreadsheet (decision 0037): each line gives an account (known by its username) one role at one
 * place inside the importer's area for managing accounts; the lines of one username make one account holding every
 * role and place they give. A new account is made as the form makes one, except that no temporary password is shown:
 * it waits among the accounts asking for a password until an administrator gives it one. A stored account is updated
 * when the file differs (details it gives, roles and places it adds) and left alone otherwise; an import never removes
 * a role, a place or a value, and never deactivates. Writing goes through {@link AccountAdministration}, as the form's.
 */
@Component
public class AccountImport implements RecordImporter<AccountImport.Line> {

    static final String KIND = "accounts";

    /** One line read: a username, the details it gives (each {@code null} when empty), and one role at one place. */
    public record Line(
            int line,
            String username,
            String fullName,
            String email,
            String phone,
            String language,
            String organisation,
            Role role,
            ImportPlace place) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountImportPlans plans;
    private final ProfileRecords profiles;
    private final AccountRecords accounts;
    private final AccountAdministration administration;
    private final PasswordEncoder encoder;

    AccountImport(
            AccountImportPlans plans,
            ProfileRecords profiles,
            AccountRecords accounts,
            AccountAdministration administration,
            PasswordEncoder encoder) {
        this.plans = plans;
        this.profiles = profiles;
        this.accounts = accounts;
        this.administration = administration;
        this.encoder = encoder;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String permission() {
        return Permission.MANAGE_ACCOUNTS.name();
    }

    @Override
    public boolean placed() {
        return true;
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("username", "aminata.sesay"),
                ImportColumn.optional("full_name", "Aminata Sesay"),
                ImportColumn.optional("email", "aminata.sesay@example.org"),
                ImportColumn.optional("phone", "+232 76 000 001"),
                ImportColumn.optional("language", "en"),
                ImportColumn.required("role", Role.COMMUNITY_FACILITATOR.name()),
                ImportColumn.optional("organisation", "Child Aid Sierra Leone"));
    }

    @Override
    public Line read(ImportRecord record, ImportContext context) {
        int line = record.line();
        boolean ok = true;
        String username = record.cell("username");
        if (username == null) {
            context.problem(line, "username", "recordImports.value.required");
            ok = false;
        } else {
            username = AccountRecords.normalise(username);
            if (!AccountAdministration.validUsername(username)) {
                context.problem(line, "username", "accounts.username.invalid");
                ok = false;
            }
        }
        Role role = null;
        String roleCell = record.cell("role");
        if (roleCell == null) {
            context.problem(line, "role", "recordImports.value.required");
            ok = false;
        } else {
            role = Roles.parse(roleCell.replace(' ', '_').replace('-', '_'));
            if (role == null) {
                context.problem(line, "role", "recordImports.value.oneOf", roleCell, placedRoles());
                ok = false;
            } else if (role.everywhere()) {
                // the administrator applies everywhere and is given no place; a line of this file names one
                context.problem(line, "role", "recordImports.accounts.administrator");
                ok = false;
            }
        }
        if (!ok || record.place() == null) {
            return null;
        }
        return new Line(
                line,
                username,
                record.cell("full_name"),
                record.cell("email"),
                record.cell("phone"),
                record.cell("language"),
                record.cell("organisation"),
                role,
                record.place());
    }

    @Override
    public void check(List<Line> lines, ImportContext context) {
        plans.plan(lines, profiles.profiles(usernames(lines)), context);
    }

    @Override
    public ImportCounts write(List<Line> lines, ImportContext context) {
        // read again inside the import's transaction: an account made or changed since the check is planned anew
        List<Plan> planned = plans.plan(lines, profiles.profiles(usernames(lines)), context);
        if (context.hasProblems()) {
            return ImportCounts.NONE;
        }
        String noPassword = null;
        List<UUID> made = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int written = 0;
        for (Plan plan : planned) {
            if (plan.before() == null) {
                if (noPassword == null) {
                    noPassword = unknownPasswordHash();
                }
                made.add(administration
                        .register(plan.username(), plan.details(), plan.granted(), noPassword, context.user())
                        .id());
                created++;
            } else if (plan.unchanged()) {
                unchanged++;
            } else {
                administration.correct(plan.before(), plan.details(), plan.granted(), context.user());
                updated++;
            }
            written += plan.lines();
            context.progress(written);
        }
        accounts.awaitPassword(made, Instant.now());
        return new ImportCounts(created, updated, unchanged);
    }

    /**
     * The hash of a random secret that is forgotten at once, so that no password signs a new account in until an
     * administrator gives it a temporary one. One per import: hashing is slow on purpose, and a secret nobody knows
     * cannot be guessed however many accounts share its hash.
     */
    private String unknownPasswordHash() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return encoder.encode(HexFormat.of().formatHex(secret));
    }

    private static Set<String> usernames(List<Line> lines) {
        return lines.stream().map(Line::username).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String placedRoles() {
        return Arrays.stream(Role.values())
                .filter(r -> !r.everywhere())
                .map(Role::name)
                .collect(Collectors.joining(", "));
    }
}
