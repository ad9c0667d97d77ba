package org.harambee;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A command opens no port even when its start line names one, as a node's start script would. */
class CommandArgumentsTests {

    @Test
    void aCommandDropsThePortsGivenOnItsLine() {
        String[] args = {
            "--server.port=18083", "--management.server.port=18084", "--insights-rebuild", "--spring.datasource.url=x"
        };

        assertThat(HarambeeApplication.arguments(args))
                .containsExactly("--insights-rebuild", "--spring.datasource.url=x");
    }

    @Test
    void aNodeKeepsItsPorts() {
        String[] args = {"--server.port=18083", "--management.server.port=18084"};

        assertThat(HarambeeApplication.arguments(args)).containsExactly(args);
    }
}
