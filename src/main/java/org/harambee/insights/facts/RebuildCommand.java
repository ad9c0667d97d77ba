package org.harambee.insights.facts;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar harambee.jar --insights-rebuild}: recomputes the insights facts from the source tables in steps
 * (decision 0015), without a web server, printing each step; prints how many rows and how long it took, and exits.
 * Safe while other nodes serve users: their writes go on, and their folders wait for the rebuild. Run again after a
 * stop, it resumes where it stopped. Without the option it does nothing.
 */
@Component
class RebuildCommand implements ApplicationRunner {

    static final String OPTION = "insights-rebuild";

    private final Rebuild rebuild;
    private final ApplicationContext context;

    RebuildCommand(Rebuild rebuild, ApplicationContext context) {
        this.rebuild = rebuild;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        report(System.out);
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    void report(PrintStream out) {
        long start = System.nanoTime();
        Rebuild.Result result =
                rebuild.run(step -> out.printf("  %s (%.1f s)%n", step, (System.nanoTime() - start) / 1e9));
        out.printf(
                "Rebuilt insights: %d community months, %d unit periods in %.1f s (%d steps).%n",
                result.communityMonths(), result.unitPeriods(), (System.nanoTime() - start) / 1e9, result.steps());
    }
}
