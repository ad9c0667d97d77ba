package org.harambee.home;

import java.time.Duration;
import java.util.List;
import org.harambee.access.AccountsAttention;
import org.harambee.access.Role;
import org.harambee.geography.ImportsUnderWay;
import org.springframework.stereotype.Component;

/**
 * An administrator's system: accounts needing attention (locked, asking for a reset, a role given no place), boundary
 * imports under way or failed in the last week, and the audit trail.
 */
@Component
class AdministratorHome implements RoleHome {

    private final AccountsAttention accounts;
    private final ImportsUnderWay imports;

    AdministratorHome(AccountsAttention accounts, ImportsUnderWay imports) {
        this.accounts = accounts;
        this.imports = imports;
    }

    @Override
    public Role role() {
        return Role.ADMINISTRATOR;
    }

    @Override
    public Home.Section section(Reader reader) {
        AccountsAttention.Counts attention = accounts.now(reader.now());
        ImportsUnderWay.Counts jobs = imports.since(reader.now().minus(Duration.ofDays(7)));
        List<Home.Item> items = List.of(
                new Home.Item("accountsLocked", attention.locked(), "/accounts", attention.locked() > 0),
                new Home.Item(
                        "accountsResetRequested",
                        attention.resetRequested(),
                        "/accounts",
                        attention.resetRequested() > 0),
                new Home.Item("accountsWithoutPlace", attention.roleWithoutPlace(), "/accounts", false),
                new Home.Item("importsRunning", jobs.running(), "/imports", false),
                new Home.Item("importsFailed", jobs.failed(), "/imports", jobs.failed() > 0),
                new Home.Item("audit", null, "/audit", false));
        return new Home.Section(role(), items, List.of());
    }
}
