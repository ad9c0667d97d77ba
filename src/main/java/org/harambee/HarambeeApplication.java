package org.harambee;

import java.util.Arrays;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Harambee: community-led child protection at scale. */
@Modulithic(sharedModules = "system")
@SpringBootApplication
@ConfigurationPropertiesScan
public class HarambeeApplication {

    /** Options that run one job and exit: no port is opened for them (README, "Commands"). */
    static final Set<String> COMMANDS = Set.of("--insights-rebuild", "--referrals-rekey", "--audit-verify");

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(HarambeeApplication.class);
        if (Arrays.stream(args).anyMatch(COMMANDS::contains)) {
            // the same beans as a node (sessions, security), but no port opened: neither the application's nor the
            // management one, so that a command runs beside the nodes of the same machine
            System.setProperty("server.port", "-1");
            System.setProperty("management.server.port", "-1");
        }
        application.run(args);
    }
}
