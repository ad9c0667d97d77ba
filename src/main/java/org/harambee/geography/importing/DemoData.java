package org.harambee.geography.importing;

import java.util.Map;
import java.util.UUID;
import org.harambee.system.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the fictional country on the first start with an empty database, so that a newcomer sees a populated map at
 * once. Switched off with {@code harambee.demo-data.enabled=false}, as a production server should be.
 */
@Component
@ConditionalOnBooleanProperty(name = "harambee.demo-data.enabled")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ImportRun run;
    private final JdbcClient jdbc;

    DemoData(ImportRun run, JdbcClient jdbc) {
        this.run = run;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from geo_unit").query(Long.class).single() > 0) {
            return;
        }
        UnitWriter.Outcome outcome;
        try (BoundarySpill spill = BoundarySpill.temporary()) {
            outcome = run.writeNow(new DemoCountry(spill).units(), spill, Ids.newId());
        }
        nameLevels();
        log.info("Demo data loaded: the fictional country Zedland with {} units", outcome.created());
    }

    private void nameLevels() {
        UUID country = jdbc.sql("select country_id from geo_unit where pcode = ?")
                .param(DemoCountry.PCODE)
                .query(UUID.class)
                .single();
        jdbc.sql("delete from geo_level where country_id = ?").param(country).update();
        for (int depth = 0; depth < DemoCountry.LEVEL_NAMES.size(); depth++) {
            for (Map.Entry<String, String> name :
                    DemoCountry.LEVEL_NAMES.get(depth).entrySet()) {
                jdbc.sql("insert into geo_level (country_id, depth, language, name) values (?, ?, ?, ?)")
                        .params(country, depth, name.getKey(), name.getValue())
                        .update();
            }
        }
    }
}
