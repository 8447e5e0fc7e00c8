package truce.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import truce.model.DayRecord;
import truce.model.Simulation;
import truce.scenario.SweepLoader;

/**
 * A sweep of monitoring on the 2025 baseline is confounded by the script: its day-11 event starts
 * monitoring in the arm without it. {@code events[1].enabled: false} under {@code set:} takes the event out of
 * every design point, so the arm without monitoring has none on any day (issue 15, item 5).
 */
class ScriptedEventSwitchTest {

    private static final String SWEEP = """
            name: monitoring-without-script
            scenario: ../baseline-2025.yaml
            replicates: 10
            masterSeed: 20251019
            set:
              horizon: 60%s
            design:
              type: grid
              parameters:
                agreement.monitoring: [false, true]
            """;

    private static SweepPlan plan(String extraSet) {
        return SweepPlan.of(SweepLoader.parse(SWEEP.formatted(extraSet), "monitoring.yaml", Path.of("scenarios/sweeps")));
    }

    /** Whether any run of the point without monitoring from day 0 was ever monitored. */
    private static boolean unmonitoredArmEverMonitored(SweepPlan plan) {
        DesignPoint off = plan.points().get(0);
        assertEquals("false", off.values().get("agreement.monitoring"));
        boolean any = false;
        for (int r = 0; r < plan.spec().replicates(); r++) {
            RunTask t = plan.task(0, r, r);
            List<DayRecord> days = Simulation.runRecorded(t.scenario(), t.seed()).trajectory().days();
            assertFalse(days.get(0).monitoring());
            any |= days.stream().anyMatch(DayRecord::monitoring);
        }
        return any;
    }

    @Test
    void theScriptConfoundsAMonitoringSweepUntilASweepSwitchesItsEventOff() {
        assertTrue(unmonitoredArmEverMonitored(plan("")), "the day-11 event monitors the 'no monitoring' arm");
        SweepPlan clean = plan("\n  events[1].enabled: false");
        assertFalse(unmonitoredArmEverMonitored(clean), "switched off, no run of the arm is monitored");
        assertFalse(clean.task(0, 0, 0).scenario().events().get(1).enabled());
        assertTrue(clean.task(0, 0, 0).scenario().events().get(0).enabled(), "the other events stay");
    }
}
