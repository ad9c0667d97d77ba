package org.harambee.insights.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.harambee.system.PlatformGauges;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Writers, folders and rebuilds at the same time: every fact is counted exactly once, whichever of them counts it.
 * After the dust settles the folded tables equal what a quiet rebuild computes, row for row.
 */
class FoldingConcurrencyIntegrationTests extends QuzlandFacts {

    static final int WRITERS = 4;
    static final int ACTIONS = 12;

    @Autowired
    RebuildSteps steps;

    @Autowired
    Horizon horizon;

    @Autowired
    MeterRegistry registry;

    @Autowired
    PlatformGauges gauges;

    @Test
    void writersTwoFoldersAndARebuildTogetherCountEveryFactExactlyOnce() throws Exception {
        List<UUID> communities = List.of(
                register("Kpetema", "QZ010101", "AGENCY_INITIATED", null),
                register("Gbanja", "QZ010102", "AGENCY_INITIATED", null),
                register("Mano", "QZ010201", "AGENCY_INITIATED", null),
                register("Tiwai", "QZ020101", "SELF_INITIATED", null));
        for (UUID c : communities) {
            phases(c, "ENTRY 2025-01-10", "LEARNING 2025-02-03");
        }
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 3);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Random random = new Random(w);
            writers.add(pool.submit(() -> {
                for (int i = 0; i < ACTIONS; i++) {
                    UUID community = communities.get(random.nextInt(communities.size()));
                    LocalDate on = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(700));
                    if (random.nextBoolean()) {
                        meeting(community, on.toString(), 1, 2, 3, 4);
                    } else {
                        referral(community, "NORMAL");
                    }
                }
            }));
        }
        List<Future<?>> folders = new ArrayList<>();
        for (int f = 0; f < 2; f++) {
            folders.add(pool.submit(() -> {
                while (writing.get()) {
                    folding.fold();
                }
            }));
        }
        Future<?> rebuilding = pool.submit(() -> rebuild.run());
        for (Future<?> w : writers) {
            w.get(5, TimeUnit.MINUTES);
        }
        rebuilding.get(5, TimeUnit.MINUTES);
        writing.set(false);
        for (Future<?> f : folders) {
            f.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();

        long meetings = jdbc.sql("select count(*) from community_meeting")
                .query(Long.class)
                .single();
        long referrals =
                jdbc.sql("select count(*) from referral").query(Long.class).single();
        assertThat(meetings + referrals).isEqualTo(WRITERS * ACTIONS);
        assertThat(national("Y", "2025-01-01", "MEETINGS") + national("Y", "2026-01-01", "MEETINGS"))
                .isEqualTo(meetings);
        assertThat(sumOverMonths("REFERRALS_SENT")).isEqualTo(referrals);
        List<String> communityMonths = snapshot("insight_community_month");
        List<String> unitPeriods = snapshot("insight_unit_period");
        List<String> future = snapshot("insight_future");

        rebuild.run();

        assertThat(snapshot("insight_community_month")).containsExactlyElementsOf(communityMonths);
        assertThat(snapshot("insight_unit_period")).containsExactlyElementsOf(unitPeriods);
        assertThat(snapshot("insight_future")).containsExactlyElementsOf(future);
    }

    @Test
    void aStoppedRebuildLeavesTheFolderPausedAndResumesWhereItStopped() {
        // as on a fresh database: no month rolled yet
        jdbc.sql("update insight_horizon set month = null where id = 1").update();
        UUID kpetema = register("Kpetema", "QZ010101", "AGENCY_INITIATED", null);
        meeting(kpetema, "2025-06-02", 1, 1, 1, 1);
        String run = steps.start();
        // the run stopped after its first step
        steps.step(run, "horizon", s -> {}, () -> horizon.rollTo(horizon.thisMonth()));

        meeting(kpetema, "2025-06-03", 1, 1, 1, 1);
        folding.foldAll();
        assertThat(jdbc.sql("select count(*) from insight_delta")
                        .query(Long.class)
                        .single())
                .as("the folder waits while a rebuild is under way")
                .isPositive();

        List<String> steps1 = new ArrayList<>();
        rebuild.run(steps1::add);

        assertThat(steps1).isNotEmpty().doesNotContain("horizon");
        assertThat(national("M", "2025-06-01", "MEETINGS")).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from insight_delta")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select paused_by from insight_fold")
                        .query(String.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void howStaleTheFiguresAreIsAMetric() {
        UUID kpetema = register("Kpetema", "QZ010101", "AGENCY_INITIATED", null);
        folding.foldAll();
        assertThat(gauge("harambee.insights.deltas.waiting")).isZero();
        assertThat(gauge("harambee.insights.staleness")).isZero();
        String run = steps.start();

        meeting(kpetema, "2025-06-02", 1, 1, 1, 1);

        assertThat(gauge("harambee.insights.deltas.waiting")).isPositive();
        assertThat(folding.asOf()).isBefore(java.time.Instant.now().plusMillis(1));
        steps.finish(run);
        folding.foldAll();
        assertThat(gauge("harambee.insights.deltas.waiting")).isZero();
        assertThat(gauge("harambee.insights.staleness")).isZero();
    }

    /** The gauge as a scrape would see it just after the background reading. */
    private double gauge(String name) {
        gauges.refresh();
        return registry.get(name).gauge().value();
    }

    private long sumOverMonths(String measure) {
        folding.foldAll();
        return jdbc.sql("select coalesce(sum(p.value), 0) from insight_unit_period p join geo_unit u"
                        + " on u.id = p.unit_id where u.pcode = 'QZ' and p.period_kind = 'M' and p.measure = ?")
                .param(measure)
                .query(Long.class)
                .single();
    }
}
