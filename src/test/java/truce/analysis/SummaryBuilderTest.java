package truce.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import truce.batch.Manifest;
import truce.batch.Progress;
import truce.batch.ResultsFolderException;
import truce.batch.Shard;
import truce.batch.SweepPlan;
import truce.batch.SweepRunner;
import truce.scenario.SweepLoader;
import truce.scenario.SweepSpec;
import truce.stats.ConfidenceType;

/**
 * The summary and the incidence of each ending a sweep accumulates as it writes {@code runs.csv}
 * are the ones read back from the file: the same {@code summary.csv} and {@code incidence.csv},
 * byte for byte.
 */
class SummaryBuilderTest {

    @TempDir
    Path tmp;

    private static SweepPlan plan(String file, int replicates) {
        SweepSpec spec = SweepLoader.load(Path.of(file));
        return SweepPlan.of(spec.withReplicates(replicates));
    }

    @Test
    void aSobolSweepsAccumulatedSummaryIsTheOneReadFromItsRows() throws IOException {
        SweepPlan plan = plan("scenarios/sweeps/levers-sobol.yaml", 4);
        Path dir = tmp.resolve("sobol");
        SummaryBuilder heard = SweepSummary.builder(plan);
        SweepRunner.Finished f = SweepRunner.run(plan, dir, new SweepRunner.Options(2, false, false, "test", Shard.ALL),
                Progress.NONE, heard);
        assertTrue(f.heardAll());
        assertEquals(plan.runs(), heard.rows());
        assertTrue(heard.ceasefireIncidence().isEmpty(), "one ceasefire: no incidence per ceasefire");
        heard.build(Manifest.read(dir), ConfidenceType.LOG).write(tmp);
        SweepSummary reread = SweepSummary.read(dir, ConfidenceType.LOG);
        reread.write(dir);
        assertEquals(64, reread.points().size());
        assertEquals(Files.readString(dir.resolve(SweepSummary.FILE)), Files.readString(tmp.resolve(SweepSummary.FILE)));
        heard.incidence().orElseThrow().write(tmp, ConfidenceType.LOG);
        SweepAnalysis.read(dir, SweepAnalysis.DEFAULT_SENSITIVITY_DAY, ConfidenceType.LOG).incidence()
                .write(dir, ConfidenceType.LOG);
        assertEquals(Files.readString(dir.resolve(EndingIncidence.FILE)), Files.readString(tmp.resolve(EndingIncidence.FILE)),
                "the incidence of each ending accumulated as the rows were written is the one read from them");
    }

    @Test
    void aResumedOrShardedSweepLeavesTheSummaryToTheFile() throws IOException {
        SweepPlan plan = plan("scenarios/sweeps/leverage-x-attacks.yaml", 2);
        Path dir = tmp.resolve("grid");
        SweepRunner.run(plan, dir, new SweepRunner.Options(1, false, false, "test", Shard.ALL), Progress.NONE);
        SummaryBuilder notResumed = SweepSummary.builder(plan);
        SweepRunner.Finished resumed = SweepRunner.run(plan, dir, new SweepRunner.Options(1, true, false, "test",
                Shard.ALL), Progress.NONE, notResumed);
        assertFalse(resumed.heardAll()); // nothing was written by this run
        assertEquals(0, notResumed.rows());
        SummaryBuilder notSharded = SweepSummary.builder(plan);
        SweepRunner.Finished shard = SweepRunner.run(plan, tmp.resolve("shard"), new SweepRunner.Options(1, false,
                false, "test", Shard.parse("0/2")), Progress.NONE, notSharded);
        assertFalse(shard.heardAll());
        assertEquals(0, notSharded.rows());
    }

    @Test
    void rowsOfAPointThatAreNotTogetherAreRefusedInAGroupedFile() {
        List<String> header = List.of("run", "point", "survived", "collapse_day", "attacks");
        SummaryBuilder b = new SummaryBuilder(header, List.of(), List.of("attacks"), 10, 2, true, List.of());
        b.row(List.of("0", "p0000", "true", "10", "1"));
        b.row(List.of("1", "p0001", "false", "3", "2"));
        ResultsFolderException e = assertThrows(ResultsFolderException.class,
                () -> b.row(List.of("2", "p0000", "true", "10", "1")));
        assertEquals("runs.csv row 3: the rows of point p0000 are not together, as a sweep writes them",
                e.getMessage());
        SummaryBuilder adaptive = new SummaryBuilder(header, List.of(), List.of("attacks"), 10, 2, false, List.of());
        adaptive.row(List.of("0", "p0000", "true", "10", "1"));
        adaptive.row(List.of("1", "p0001", "false", "3", "2"));
        adaptive.row(List.of("2", "p0000", "true", "10", "1"));
        assertEquals(3, adaptive.rows());
    }
}
