package org.harambee.geography.picking;

import static org.assertj.core.api.Assertions.assertThat;

import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJob.Status;
import org.harambee.geography.importing.ImportJobs;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A synthetic country for the picker: two villages called Bama in two districts, an accented name, Arabic names, and
 * a district (ZZ0101) whose villages sort before it by name.
 */
final class Zedland {

    private Zedland() {}

    static void load(JdbcClient jdbc, ImportJobs jobs) {
        GeographyTables.clear(jdbc);
        assertThat(ImportJobsAwait.importFile(jobs, "zedland.csv", BoundaryFiles.utf8("""
                        ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE,ADM2_EN,ADM2_PCODE,ADM3_EN,ADM3_AR,ADM3_PCODE
                        Zedland,ZZ,Eastern,ZZ01,Kenema,ZZ0101,Bama,باما,ZZ010101
                        Zedland,ZZ,Eastern,ZZ01,Kenema,ZZ0101,Ségbwéma,سيغبويما,ZZ010102
                        Zedland,ZZ,Eastern,ZZ01,Kenema,ZZ0101,Aaru,آرو,ZZ010103
                        Zedland,ZZ,Southern,ZZ02,Bo,ZZ0201,Bama,باما,ZZ020101
                        """))
                        .status())
                .isEqualTo(Status.SUCCEEDED);
    }
}
