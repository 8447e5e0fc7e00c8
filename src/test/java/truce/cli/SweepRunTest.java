package truce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import truce.analysis.StatisticsFootprint;
import truce.batch.Adaptive;
import truce.batch.Shard;
import truce.batch.SweepPlan;
import truce.scenario.SweepLoader;

/** What the heap check charges a sweep: every point for a whole sweep, none for a shard (it keeps none). */
class SweepRunTest {

    private static final SweepPlan PLAN = SweepPlan.of(SweepLoader.load(Path.of("scenarios/sweeps/leverage-x-attacks.yaml")));

    @Test
    void aWholeSweepKeepsEveryPointAtItsReplicates() {
        StatisticsFootprint f = SweepRun.footprint(PLAN, Shard.ALL, null);
        assertEquals(PLAN.points().size(), f.points());
        assertEquals(PLAN.spec().replicates(), f.replicates());
        assertEquals(PLAN.columns().size(), f.parameters());
        assertEquals(PLAN.base().horizon(), f.horizon());
        assertTrue(f.grouped());
    }

    @Test
    void aShardKeepsNoPoint() {
        assertEquals(0, SweepRun.footprint(PLAN, Shard.parse("1/4"), null).points());
    }

    @Test
    void adaptiveReplicationKeepsPointsOpenUpToItsMostReplicates() {
        StatisticsFootprint f = SweepRun.footprint(PLAN, Shard.ALL, new Adaptive(0.05, 800));
        assertEquals(800, f.replicates());
        assertFalse(f.grouped());
    }
}
