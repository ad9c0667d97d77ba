package org.harambee.geography;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The names of each country's administrative levels, per language. */
@Repository
class Levels {

    private final JdbcClient jdbc;

    Levels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Level names by country and depth in the language asked for, falling back to English. */
    Map<UUID, Map<Integer, String>> names(String language) {
        Map<UUID, Map<Integer, String>> byCountry = new HashMap<>();
        jdbc.sql("select country_id, depth, language, name from geo_level where language in (?, 'en')"
                        + " order by case when language = 'en' then 0 else 1 end")
                .param(language)
                .query(rs -> {
                    byCountry
                            .computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                            .put(rs.getInt(2), rs.getString(4));
                });
        return byCountry;
    }

    /** Every name of every level of one country, by depth. */
    List<LevelNames> of(UUID countryId) {
        Map<Integer, Map<String, String>> byDepth = new TreeMap<>();
        jdbc.sql("select depth, language, name from geo_level where country_id = ? order by depth, language")
                .param(countryId)
                .query(rs -> {
                    byDepth.computeIfAbsent(rs.getInt(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getString(3));
                });
        List<LevelNames> levels = new ArrayList<>();
        byDepth.forEach((depth, names) -> levels.add(new LevelNames(depth, names)));
        return levels;
    }

    /** Replaces the names of the levels given; levels not given keep theirs. */
    void rename(UUID countryId, List<LevelNames> levels) {
        for (LevelNames level : levels) {
            jdbc.sql("delete from geo_level where country_id = ? and depth = ?")
                    .params(countryId, level.level())
                    .update();
            level.names()
                    .forEach((language, name) -> jdbc.sql(
                                    "insert into geo_level (country_id, depth, language, name) values (?, ?, ?, ?)")
                            .params(countryId, level.level(), language, name.trim())
                            .update());
        }
    }
}
