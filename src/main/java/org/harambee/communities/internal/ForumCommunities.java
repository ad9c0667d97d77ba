package org.harambee.communities.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.harambee.partners.CommunityDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The communities module's answer to the partners module: the communities a forum can represent. */
@Component
@Transactional(readOnly = true)
class ForumCommunities implements CommunityDirectory {

    private final JdbcClient jdbc;

    ForumCommunities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Community> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, name, unit_path from community where id in (:ids) order by search_name")
                .param("ids", ids)
                .query((rs, i) -> new Community(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
    }

    @Override
    public List<Community> within(String unitPath, int limit) {
        // paths hold only hex digits, '-' and '/', none of which is special to like
        return jdbc.sql("select id, name, unit_path from community where unit_path like :within"
                        + " order by search_name limit :limit")
                .param("within", unitPath + "%")
                .param("limit", limit)
                .query((rs, i) -> new Community(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
    }
}
