package org.harambee.communities.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which cluster a community belongs to, for its page; clusters themselves are kept by the clusters package. */
@Repository
class ClusterMemberships {

    private final JdbcClient jdbc;

    ClusterMemberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CommunityViews.Named> of(UUID communityId) {
        return jdbc.sql("select c.id, c.name from community_cluster_member m"
                        + " join community_cluster c on c.id = m.cluster_id where m.community_id = ?")
                .param(communityId)
                .query((rs, i) -> new CommunityViews.Named(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
    }
}
