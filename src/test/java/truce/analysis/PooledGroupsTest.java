package truce.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/**
 * A Kaplan–Meier group that pools design points carries their spread (the lowest and highest of
 * their own curves, day by day), and the collapse days are split by the same groups.
 */
class PooledGroupsTest {

    @TempDir
    Path tmp;

    private SweepAnalysis sweep(String file, int replicates) throws IOException {
        SweepPlan plan = SweepPlan.of(SweepLoader.load(Path.of(file)).withReplicates(replicates));
        SweepRunner.run(plan, tmp, new SweepRunner.Options(2, false, false, "test", Shard.ALL), Progress.NONE);
        return SweepAnalysis.read(tmp, 90, truce.stats.ConfidenceType.LOG);
    }

    @Test
    void aPooledCurveCarriesTheSpreadOfItsPointsAndTheCollapsesAreSplitByItsGroups() throws IOException {
        SweepAnalysis a = sweep("scenarios/sweeps/leverage-x-attacks.yaml", 10); // 20 points: pooled by a level
        SurvivalGroups groups = a.groups();
        assertTrue(groups.pooled());
        int horizon = a.summary().manifest().horizon();
        for (SurvivalGroups.Group g : groups.groups()) {
            KmSpread spread = g.spread();
            assertNotNull(spread, g.label());
            assertEquals(g.points().size(), spread.points());
            for (int d = 0; d <= horizon; d += 7) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (SweepSummary.Point p : g.points()) {
                    lo = Math.min(lo, p.stats().km().survivalAt(d));
                    hi = Math.max(hi, p.stats().km().survivalAt(d));
                }
                assertEquals(lo, spread.lowest()[d], 0.0, g.label() + " day " + d);
                assertEquals(hi, spread.highest()[d], 0.0, g.label() + " day " + d);
                double pooled = g.km().survivalAt(d); // a mixture of its points' curves: between them
                assertTrue(lo - 1e-12 <= pooled && pooled <= hi + 1e-12, g.label() + " day " + d);
            }
        }
        List<CollapseDays.Group> days = a.collapseDays();
        assertEquals(groups.groups().size(), days.size());
        long collapsed = 0;
        for (int i = 0; i < days.size(); i++) {
            assertEquals(groups.groups().get(i).label(), days.get(i).label());
            collapsed += days.get(i).days().collapsed();
        }
        assertEquals(CollapseDays.of(a.summary()).collapsed(), collapsed);
    }

    @Test
    void aCurveOfOnePointHasNoSpread() throws IOException {
        SweepAnalysis a = sweep("scenarios/sweeps/agreement-strength.yaml", 10);
        for (SurvivalGroups.Group g : a.groups().groups()) {
            assertEquals(1, g.points().size());
            assertNull(g.spread());
        }
    }
}
