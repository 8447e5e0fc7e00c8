package truce.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import truce.batch.Progress;
import truce.batch.Shard;
import truce.batch.SweepPlan;
import truce.batch.SweepRunner;
import truce.scenario.SweepLoader;
import truce.stats.SobolIndices;

/**
 * Sensitivity of the model itself: a parameter the model ignores gets indices near zero, a
 * parameter it depends on gets large ones. Each point's output is a proportion over 200 runs, so
 * the ignored parameter's total-order index is Monte Carlo noise (about var / V), not exactly 0.
 */
class SensitivityIT {

    @TempDir
    Path tmp;

    @Test
    void anIgnoredParameterGetsIndicesNearZero() throws IOException {
        SweepPlan plan = SweepPlan.of(SweepLoader.load(Path.of("src/test/resources/sweeps/sensitivity-ignored.yaml")));
        assertEquals(128 * 4, plan.points().size());
        SweepRunner.run(plan, tmp, new SweepRunner.Options(2, false, false, "test", Shard.ALL), Progress.NONE);
        List<Sensitivity.Output> outputs = Sensitivity.compute(SweepSummary.read(tmp), 90);
        for (Sensitivity.Output o : outputs) {
            SobolIndices.Index attacks = o.indices().get(0);
            SobolIndices.Index ignored = o.indices().get(1);
            assertTrue(attacks.total() > 0.7 && attacks.first() > 0.6, o.output() + ": attack rate " + attacks);
            assertTrue(ignored.total() < 0.08, o.output() + ": noiseCut total " + ignored);
            assertTrue(ignored.firstInterval().contains(0) || Math.abs(ignored.first()) < 0.05,
                    o.output() + ": noiseCut first " + ignored);
        }
    }
}
