package org.harambee.sync;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Client ids seen, with the server id each record got. Claiming inserts the row unless the id is there already
 * ({@code on conflict do nothing}, which PostgreSQL and H2 in PostgreSQL mode both speak): under PostgreSQL a second
 * transaction claiming the same id waits for the first and then finds its row, so concurrent replays create once.
 */
@Repository
class ClientIds {

    /** A client id as first seen: by whom, as what, and the record it made (null until made). */
    record Seen(UUID clientId, String username, String kind, UUID serverId) {}

    /** A client id to claim for a new record of {@code kind}, with the server id it will have when known already. */
    record Claim(UUID clientId, String kind, UUID serverId) {}

    private final JdbcClient jdbc;

    ClientIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the id for a new record, with the id the record will have when it is known already ({@code serverId},
     * else null and given by {@link #made} once made): empty when claimed now, the earlier claim when it was seen
     * before.
     */
    Optional<Seen> claim(UUID clientId, String username, String kind, UUID serverId) {
        int inserted = jdbc.sql("insert into sync_client_id (client_id, username, kind, created_at, server_id)"
                        + " values (?, ?, ?, ?, ?) on conflict do nothing")
                .params(clientId, username, kind, Timestamp.from(Instant.now()), serverId)
                .update();
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.sql("select client_id, username, kind, server_id from sync_client_id where client_id = ?")
                .param(clientId)
                .query((rs, n) -> new Seen(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class)))
                .optional()
                .or(() -> {
                    throw new IllegalStateException("client id neither inserted nor found");
                });
    }

    /**
     * The earlier claims of these client ids, in one query: those absent were not seen (when it was read).
     */
    Map<UUID, Seen> seen(List<UUID> clientIds) {
        Map<UUID, Seen> seen = new HashMap<>();
        if (clientIds.isEmpty()) {
            return seen;
        }
        jdbc.sql("select client_id, username, kind, server_id from sync_client_id where client_id in (:ids)")
                .param("ids", clientIds)
                .query((rs, n) -> new Seen(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class)))
                .list()
                .forEach(s -> seen.put(s.clientId(), s));
        return seen;
    }

    /**
     * Claims all these (distinct, not yet seen) client ids for {@code username} in one statement, in the order of the
     * ids (so that two batches claiming some of the same ids wait for each other rather than deadlock). Answers
     * whether every one of them was claimed now; when not (another transaction claimed one since it was read), some
     * may be claimed and the caller rolls the statement back (to a savepoint) and claims them one by one.
     */
    boolean claimAll(List<Claim> claims, String username) {
        if (claims.isEmpty()) {
            return true;
        }
        List<Claim> sorted = new ArrayList<>(claims);
        sorted.sort(Comparator.comparing(Claim::clientId));
        StringBuilder sql = new StringBuilder(
                "insert into sync_client_id (client_id, username, kind, created_at, server_id) values ");
        List<Object> params = new ArrayList<>(sorted.size() * 5);
        Timestamp now = Timestamp.from(Instant.now());
        for (Claim claim : sorted) {
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?)");
            params.add(claim.clientId());
            params.add(username);
            params.add(claim.kind());
            params.add(now);
            params.add(claim.serverId());
        }
        sql.append(" on conflict do nothing");
        return jdbc.sql(sql.toString()).params(params).update() == sorted.size();
    }

    /** Gives up a claim made by this transaction for a record that was then not made (refused, or to retry). */
    void release(UUID clientId) {
        jdbc.sql("delete from sync_client_id where client_id = ?")
                .param(clientId)
                .update();
    }

    void made(UUID clientId, UUID serverId) {
        jdbc.sql("update sync_client_id set server_id = ? where client_id = ?")
                .params(serverId, clientId)
                .update();
    }
}
