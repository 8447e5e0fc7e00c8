package truce.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import truce.batch.Manifest;
import truce.batch.Progress;
import truce.batch.ResultsFolderException;
import truce.batch.RunListener;
import truce.batch.RunTask;
import truce.batch.Shard;
import truce.batch.SweepPlan;
import truce.batch.SweepRunner;
import truce.model.DayRecord;
import truce.model.RunOutcome;
import truce.model.Simulation;
import truce.model.Trajectory;
import truce.scenario.SweepLoader;
import truce.stats.ConfidenceType;

/**
 * The averaged trajectories a sweep sums as it runs are those of its runs' recorded trajectories,
 * computed the slow way; watching a run does not change it; the file reads back.
 */
class DailySumsTest {

    @TempDir
    Path tmp;

    private static SweepPlan plan(int replicates) {
        return SweepPlan.of(SweepLoader.load(Path.of("src/test/resources/sweeps/small-grid.yaml")).withReplicates(replicates));
    }

    /** A sweep's analysis and the sums of its days. */
    record Swept(SweepAnalysis analysis, DailySums days) {
    }

    /** Runs the plan into {@code dir}, summing its days, and writes its analysis. */
    static Swept sweep(SweepPlan plan, Path dir, int threads) throws IOException {
        SummaryBuilder summary = SweepSummary.builder(plan);
        DailySums days = new DailySums(plan);
        SweepRunner.Finished f = SweepRunner.run(plan, dir, new SweepRunner.Options(threads, false, false, "test",
                Shard.ALL), Progress.NONE, RunListener.of(summary, days));
        assertTrue(f.heardAll() && f.watchedAll());
        SweepAnalysis a = SweepAnalysis.of(dir, summary, Manifest.read(dir), days, 90, ConfidenceType.LOG);
        a.write(dir);
        return new Swept(a, days);
    }

    @Test
    void theMeansAreThoseOfEachRunsRecordedTrajectory() throws IOException {
        SweepPlan plan = plan(6);
        Swept swept = sweep(plan, tmp, 2);
        SweepAnalysis a = swept.analysis();
        assertNotNull(a.daily());
        DailyMeans means = swept.days().means(a.groups()); // as summed, before the file's rounding
        int horizon = plan.base().horizon();
        assertEquals(plan.points().size(), means.series().size()); // 4 points: one series each
        for (int p = 0; p < plan.points().size(); p++) {
            int replicates = plan.spec().replicates();
            double[][] trust = new double[horizon][2];
            double[][] escalation = new double[horizon][2];
            long[] atRisk = new long[horizon];
            long[] inForce = new long[horizon];
            long inForceAtEnd = 0;
            for (int r = 0; r < replicates; r++) {
                RunTask t = plan.task(p, r, (long) p * replicates + r);
                Trajectory tr = Simulation.runRecorded(t.scenario(), t.seed()).trajectory();
                for (DayRecord d : tr.days()) {
                    atRisk[d.day()]++;
                    inForce[d.day()] += d.inForce() ? 1 : 0;
                    for (int s = 0; s < 2; s++) {
                        trust[d.day()][s] += d.trust().get(s);
                        escalation[d.day()][s] += d.escalation().get(s);
                    }
                }
                RunOutcome o = Simulation.run(t.scenario(), t.seed());
                inForceAtEnd += o.ending() == truce.model.Ending.IN_FORCE ? 1 : 0;
            }
            DailyMeans.Series series = means.series().get(p);
            assertEquals(a.groups().groups().get(p).label(), series.label());
            for (DailyMeans.Day d : series.days()) {
                int day = d.day();
                assertEquals(replicates, d.runs());
                assertEquals(atRisk[day], d.atRisk(), "day " + day);
                assertEquals(inForce[day], d.inForce(), "day " + day);
                for (int s = 0; s < 2; s++) {
                    if (atRisk[day] > 0) {
                        assertEquals(trust[day][s] / atRisk[day], d.trust().get(s).mean(), 1e-7, "day " + day);
                        assertEquals(escalation[day][s] / atRisk[day], d.escalation().get(s).mean(), 1e-7, "day " + day);
                    } else {
                        assertTrue(Double.isNaN(d.trust().get(s).mean()));
                    }
                }
            }
            assertEquals(inForceAtEnd, series.days().get(series.days().size() - 1).inForce());
        }
    }

    @Test
    void watchingARunDoesNotChangeIt() {
        SweepPlan plan = plan(3);
        for (long run = 0; run < plan.runs(); run++) {
            RunTask t = plan.task(run);
            int[] days = new int[1];
            RunOutcome watched = Simulation.run(t.scenario(), t.seed(), (day, trust, esc, inForce) -> days[0]++);
            assertEquals(Simulation.run(t.scenario(), t.seed()), watched);
            assertTrue(days[0] > 0);
        }
    }

    @Test
    void theFileReadsBackAndIsRefusedWhenItIsNotTheSweeps() throws IOException {
        SweepPlan plan = plan(4);
        SweepAnalysis a = sweep(plan, tmp, 1).analysis();
        Manifest m = Manifest.read(tmp);
        DailyMeans back = DailyMeans.read(tmp, m).orElseThrow();
        assertEquals(a.daily(), back); // what the report draws (rounded in memory) is what the file says
        assertTrue(SweepAnalysis.read(tmp, 90, ConfidenceType.LOG).daily().equals(back), "a redrawn report reads it back");
        assertEquals(4, back.series().size());
        Path file = tmp.resolve(DailyMeans.FILE);
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst(",0,4,", ",0,5,")); // not this sweep's runs
        assertTrue(DailyMeans.read(tmp, m).isEmpty());
        Files.writeString(file, text.replaceFirst(",0,4,", ",zero,4,"));
        ResultsFolderException e = assertThrows(ResultsFolderException.class, () -> DailyMeans.read(tmp, m));
        assertEquals(file + ":2: column 'day': expected a whole number, found 'zero'", e.getMessage());
    }
}
