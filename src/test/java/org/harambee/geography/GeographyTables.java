package org.harambee.geography;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the geography tables between tests that share a database. */
public final class GeographyTables {

    private GeographyTables() {}

    public static void clear(JdbcClient jdbc) {
        jdbc.sql("delete from geo_unit_history").update();
        jdbc.sql("delete from geo_unit_name").update();
        jdbc.sql("update geo_unit set parent_id = null").update();
        jdbc.sql("delete from geo_unit").update();
        jdbc.sql("delete from geo_level").update();
        jdbc.sql("delete from geo_country").update();
        jdbc.sql("delete from geo_import_job").update();
    }

    public static long units(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from geo_unit").query(Long.class).single();
    }
}
