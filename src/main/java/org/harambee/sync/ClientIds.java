package org.harambee.sync;

import java.sql.Timestamp;
import java.time.Instant;
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

    void made(UUID clientId, UUID serverId) {
        jdbc.sql("update sync_client_id set server_id = ? where client_id = ?")
                .params(serverId, clientId)
                .update();
    }
}
