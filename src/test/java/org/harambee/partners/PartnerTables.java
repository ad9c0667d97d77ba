package org.harambee.partners;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the partner tables between tests that share a database. */
public final class PartnerTables {

    private PartnerTables() {}

    public static void clear(JdbcClient jdbc) {
        jdbc.sql("delete from partner_forum_community").update();
        jdbc.sql("delete from partner_forum_meeting").update();
        jdbc.sql("delete from partner_forum").update();
        jdbc.sql("delete from partner_stakeholder").update();
        jdbc.sql("delete from partner_adoption").update();
        jdbc.sql("delete from partner_presence").update();
        jdbc.sql("delete from partner_organisation").update();
    }

    public static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
