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
        if (Arrays.stream(args).anyMatch(COMMANDS::contains)) {
            System.setProperty("server.port", "-1");
            System.setProperty("management.server.port", "-1");
        }
        new SpringApplication(HarambeeApplication.class).run(arguments(args));
    }

    /**
     * The arguments a node starts with. A command has the same beans as a node (sessions, security) but opens no port,
     * neither the application's nor the management one, so that it runs beside the nodes of the same machine: a port
     * given on the command line (as a node's start script would) is dropped, since it would win over the system
     * properties {@link #main} sets.
     */
    static String[] arguments(String[] args) {
        if (Arrays.stream(args).noneMatch(COMMANDS::contains)) {
            return args;
        }
        return Arrays.stream(args)
                .filter(a -> !a.startsWith("--server.port=") && !a.startsWith("--management.server.port="))
                .toArray(String[]::new);
    }
}
