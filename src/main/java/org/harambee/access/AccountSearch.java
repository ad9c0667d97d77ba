package org.harambee.access;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.system.ResultPage;
import org.harambee.system.SearchHit;
import org.harambee.system.SearchTerms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for the search box, for administrators only: by any word of the display name or the username. Accounts are
 * a few thousand at most, so their names are folded and matched as they are read, with no column of their own.
 */
@Service
@Transactional(readOnly = true)
public class AccountSearch {

    private final JdbcClient jdbc;
    private final Scopes scopes;

    AccountSearch(JdbcClient jdbc, Scopes scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    public ResultPage<SearchHit> find(SearchTerms terms, int page, int size) {
        int pageSize = ResultPage.size(size);
        int from = Math.max(page, 0);
        if (!scopes.roles().contains(Role.ADMINISTRATOR)) {
            return new ResultPage<>(List.of(), from, pageSize, 0);
        }
        List<SearchHit> hits = new ArrayList<>();
        jdbc.sql("select id, username, display_name from access_user order by username")
                .query(rs -> {
                    String username = rs.getString("username");
                    String name = rs.getString("display_name");
                    if (terms.matches(name, username)) {
                        UUID id = rs.getObject("id", UUID.class);
                        hits.add(new SearchHit(id, name + " (" + username + ")", "/accounts/" + id));
                    }
                });
        int start = (int) Math.min((long) from * pageSize, hits.size());
        return new ResultPage<>(
                hits.subList(start, Math.min(start + pageSize, hits.size())), from, pageSize, hits.size());
    }
}
