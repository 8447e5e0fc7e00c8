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
 * their own curves, day by day), so do the averaged trajectories for the share still in force, and
 * the collapse days are split by the same groups.
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

    /**
     * The averaged trajectories of a pooled group carry the spread of its points' own shares still
     * in force: on each day the lowest and highest, over its points, of the share of runs whose
     * {@code ending_day} is after the day (counted here from runs.csv), and the group's share lies
     * between them.
     */
    @Test
    void aPooledLineOfTheAveragedTrajectoriesCarriesTheSpreadOfItsPointsSharesInForce() throws IOException {
        SweepPlan plan = SweepPlan.of(SweepLoader.load(Path.of("scenarios/sweeps/leverage-x-attacks.yaml"))
                .withReplicates(10));
        SweepAnalysis a = DailySumsTest.sweep(plan, tmp, 2).analysis();
        java.util.Map<String, List<Integer>> endingDays = new java.util.HashMap<>();
        try (java.io.Reader r = java.nio.file.Files.newBufferedReader(tmp.resolve("runs.csv"));
             org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                     .setSkipHeaderRecord(true).build().parse(r)) {
            p.forEach(row -> endingDays.computeIfAbsent(row.get("point"), k -> new java.util.ArrayList<>())
                    .add(Integer.parseInt(row.get("ending_day"))));
        }
        List<KmSpread> spreads = a.dailySpreads();
        assertEquals(a.groups().groups().size(), spreads.size());
        int horizon = a.summary().manifest().horizon();
        for (int i = 0; i < spreads.size(); i++) {
            SurvivalGroups.Group g = a.groups().groups().get(i);
            DailyMeans.Series line = a.daily().series().get(i);
            assertEquals(5, g.points().size(), g.label()); // 20 points, 4 levels of the attack rate
            for (DailyMeans.Day day : line.days()) {
                int d = day.day();
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (SweepSummary.Point p : g.points()) {
                    List<Integer> ends = endingDays.get(p.id());
                    double share = ends.stream().filter(e -> e > d).count() / (double) ends.size();
                    lo = Math.min(lo, share);
                    hi = Math.max(hi, share);
                }
                assertEquals(lo, spreads.get(i).lowest()[d], 1e-12, g.label() + " day " + d);
                assertEquals(hi, spreads.get(i).highest()[d], 1e-12, g.label() + " day " + d);
                assertTrue(lo - 1e-12 <= day.share() && day.share() <= hi + 1e-12, g.label() + " day " + d);
            }
            assertEquals(horizon - 1, line.days().get(line.days().size() - 1).day());
        }
    }

    @Test
    void aCurveOfOnePointHasNoSpread() throws IOException {
        SweepAnalysis a = sweep("scenarios/sweeps/agreement-strength.yaml", 10);
        for (SurvivalGroups.Group g : a.groups().groups()) {
            assertEquals(1, g.points().size());
            assertNull(g.spread());
        }
        assertTrue(a.dailySpreads().isEmpty(), "no averaged trajectories were summed");
    }
}
