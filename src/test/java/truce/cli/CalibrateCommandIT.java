package truce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code truce calibrate} end to end on a small target (40 spells) and small budgets. */
class CalibrateCommandIT {

    private static final Path RES = Path.of("src/test/resources/calibration");

    @TempDir
    Path dir;

    @Test
    void smcWritesThePosteriorChartsAndReportTheSameAtAnyThreadCount() throws IOException {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        Cli.Result r1 = Cli.execute("calibrate", RES.resolve("smc.yaml").toString(), "--out", one.toString(), "--threads", "1");
        assertEquals(0, r1.code(), r1.err());
        Cli.Result r2 = Cli.execute("calibrate", RES.resolve("smc.yaml").toString(), "--out", two.toString(), "--threads", "3");
        assertEquals(0, r2.code(), r2.err());
        for (String f : new String[] {"posterior.csv", "generations.csv", "posterior-summary.csv", "predictive.csv",
            "index.html", "charts/predictive-survival.png", "charts/marginal-1.svg", "charts/pairs-1-2.png"}) {
            assertTrue(Files.isRegularFile(one.resolve(f)), f);
        }
        assertEquals(Files.readString(one.resolve("posterior.csv")), Files.readString(two.resolve("posterior.csv")));
        assertEquals(Files.readString(one.resolve("predictive.csv")), Files.readString(two.resolve("predictive.csv")));
        assertEquals(4, Files.readAllLines(one.resolve("generations.csv")).size(), "header and generations 0-2");

        // a forecast on the posterior: a sweep whose design draws from posterior.csv
        Path sweep = dir.resolve("forecast.yaml");
        Files.writeString(sweep, "name: forecast\nscenario: " + Path.of("scenarios/calibration/population.yaml")
                .toAbsolutePath() + "\nreplicates: 20\ndesign:\n  type: posterior\n  posterior: "
                + one.resolve("posterior.csv") + "\n  samples: 30\n");
        Cli.Result f = Cli.execute("sweep", sweep.toString(), "--out", dir.resolve("fc").toString());
        assertEquals(0, f.code(), f.err());
        assertTrue(f.out().contains("forecast on the posterior"), f.out());
        List<String> rows = Files.readAllLines(dir.resolve("fc/forecast.csv"));
        assertEquals("day,survival,parameters_lo90,parameters_hi90,variance_from_parameters,variance_from_chance",
                rows.get(0));
        assertEquals(6, rows.size(), "days 7, 30, 90, 180, 365");
        assertTrue(Files.isRegularFile(dir.resolve("fc/forecast.png")));
    }

    @Test
    void aResumedCalibrationEqualsAnUninterruptedOne() throws IOException {
        String text = Files.readString(RES.resolve("smc.yaml")).replace("../../../../", Path.of("").toAbsolutePath() + "/")
                .replace("small-target.yaml", RES.toAbsolutePath().resolve("small-target.yaml").toString());
        Path shortRun = dir.resolve("short.yaml");
        Files.writeString(shortRun, text.replace("maxGenerations: 3", "maxGenerations: 2"));
        Path full = dir.resolve("full.yaml");
        Files.writeString(full, text);
        Path a = dir.resolve("a");
        assertEquals(0, Cli.execute("calibrate", shortRun.toString(), "--out", a.toString()).code());
        assertEquals(2, Cli.execute("calibrate", full.toString(), "--out", a.toString()).code(),
                "without --resume a folder holding this calibration is refused");
        Cli.Result resumed = Cli.execute("calibrate", full.toString(), "--out", a.toString(), "--resume");
        assertEquals(0, resumed.code(), resumed.err());
        assertFalse(resumed.err().contains("generation 0:"), "generations 0 and 1 are not run again");
        Path b = dir.resolve("b");
        assertEquals(0, Cli.execute("calibrate", full.toString(), "--out", b.toString()).code());
        assertEquals(Files.readString(b.resolve("posterior.csv")), Files.readString(a.resolve("posterior.csv")));
        assertEquals(Files.readString(b.resolve("generations.csv")), Files.readString(a.resolve("generations.csv")));
    }

    @Test
    void rejectionRunsItsPriorSampleAsASweep() throws IOException {
        Path out = dir.resolve("rej");
        Cli.Result r = Cli.execute("calibrate", RES.resolve("rejection.yaml").toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out.resolve("prior-sweep.yaml")).contains("replicates: 40"));
        assertEquals(1 + 64 * 40, Files.readAllLines(out.resolve("prior-sweep/runs.csv")).size());
        assertEquals(1 + 16, Files.readAllLines(out.resolve("posterior.csv")).size(), "a quarter of 64 kept");
        // the prior sweep is an ordinary sweep: the sweep command accepts its file
        Cli.Result v = Cli.execute("validate", out.resolve("prior-sweep.yaml").toString());
        assertEquals(0, v.code(), v.err() + v.out());
        // run again: the finished sweep is resumed (nothing rerun) and the posterior is the same
        String before = Files.readString(out.resolve("posterior.csv"));
        assertEquals(0, Cli.execute("calibrate", RES.resolve("rejection.yaml").toString(), "--out", out.toString()).code());
        assertEquals(before, Files.readString(out.resolve("posterior.csv")));
    }
}
