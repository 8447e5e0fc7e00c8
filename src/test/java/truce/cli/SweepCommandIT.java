package truce.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code truce sweep}, {@code chart}, {@code merge} and {@code slurm} end to end, in process. */
class SweepCommandIT {

    @TempDir
    Path tmp;

    static Stream<Path> shippedSweeps() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios/sweeps"))) {
            List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(yaml.size() >= 4);
            return yaml.stream();
        }
    }

    @org.junit.jupiter.api.Test
    void theSameSweepRunAgainSaysWhereItsResultsAreAndHowToRedoThem() {
        Path out = tmp.resolve("again");
        String[] args = {"sweep", "src/test/resources/sweeps/small-grid.yaml", "--replicates", "2", "--out",
            out.toString()};
        assertEquals(ExitCodes.OK, Cli.execute(args).code());
        Cli.Result again = Cli.execute(args);
        assertEquals(ExitCodes.BAD_INPUT, again.code());
        List<String> errors = again.err().lines().filter(l -> l.startsWith("error:")).toList();
        assertEquals(1, errors.size(), again.err());
        String err = errors.get(0);
        assertTrue(err.startsWith("error: " + out + " already holds this sweep's complete results (8 runs, finished ")
                && err.contains("open " + out.resolve("index.html")) && err.contains("'truce chart " + out + "'")
                && err.contains("--force runs the sweep again"), err);
    }

    @ParameterizedTest
    @MethodSource("shippedSweeps")
    void everyShippedSweepProducesItsSummaryChartsAndReport(Path sweep) throws IOException {
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.execute("sweep", sweep.toString(), "--replicates", "12", "--threads", "2", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        for (String f : List.of("runs.csv", "summary.csv", "manifest.json", "index.html",
                "charts/kaplan-meier.png", "charts/kaplan-meier.svg", "charts/collapse-days.png")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        String html = Files.readString(out.resolve("index.html"));
        try (Stream<Path> charts = Files.list(out.resolve("charts"))) {
            charts.filter(c -> c.toString().endsWith(".png"))
                    .forEach(c -> assertTrue(html.contains("charts/" + c.getFileName()), c + " not in the report"));
        }
        assertTrue(html.contains("<table"), "the summary table is in the report");

        byte[] summary = Files.readAllBytes(out.resolve("summary.csv"));
        Files.delete(out.resolve("summary.csv"));
        Files.delete(out.resolve("index.html"));
        Cli.Result chart = Cli.execute("chart", out.toString());
        assertEquals(ExitCodes.OK, chart.code(), chart.err());
        assertArrayEquals(summary, Files.readAllBytes(out.resolve("summary.csv")), "chart regenerates the summary");
        assertEquals(html, Files.readString(out.resolve("index.html")), "and the same report");
    }

    @Test
    void aGridSweepHasAHeatmapAndOneChartPerParameter() throws IOException {
        Path out = tmp.resolve("grid");
        Cli.Result r = Cli.execute("sweep", "scenarios/sweeps/leverage-x-attacks.yaml", "--replicates", "10", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(Files.exists(out.resolve("charts/heatmap.png")));
        assertTrue(Files.exists(out.resolve("charts/survival-by-mediators-all-leverage.png")));
        assertTrue(Files.exists(out.resolve("charts/survival-by-militants-ttp-attackRate.png")));
        assertEquals(20 + 1, Files.readAllLines(out.resolve("summary.csv")).size());
    }

    @Test
    void badSweepInputExitsWithTwoAndOneLine() throws IOException {
        Path bad = tmp.resolve("bad-sweep.yaml");
        Files.writeString(bad, """
                name: bad
                scenario: %s
                design:
                  type: grid
                  parameters:
                    militants.ttp.atackRate: [0.1, 0.2]
                """.formatted(Path.of("scenarios/baseline-2025.yaml").toAbsolutePath()));
        Cli.Result r = Cli.execute("sweep", bad.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals(1, r.err().strip().lines().filter(l -> l.startsWith("error:")).count(), r.err());
        assertTrue(r.err().contains("bad-sweep.yaml") && r.err().contains("militants.ttp.atackRate"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(tmp.resolve("o/runs.csv")));
    }

    @Test
    void aFolderWithAnotherSweepIsRefusedWithExitTwo() {
        Path out = tmp.resolve("shared");
        assertEquals(ExitCodes.OK, Cli.execute("sweep", "scenarios/sweeps/attribution.yaml", "--replicates", "5",
                "--out", out.toString()).code());
        Cli.Result r = Cli.execute("sweep", "scenarios/sweeps/agreement-x-monitoring.yaml", "--replicates", "5",
                "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("different sweep") && r.err().contains("--force"), r.err());
    }

    @Test
    void shardsMergedOnTheCommandLineGiveTheSameSummary() throws IOException {
        String sweep = "scenarios/sweeps/agreement-x-monitoring.yaml";
        assertEquals(ExitCodes.OK, Cli.execute("sweep", sweep, "--replicates", "20", "--out", tmp.resolve("one").toString()).code());
        for (int i = 0; i < 3; i++) {
            Cli.Result r = Cli.execute("sweep", sweep, "--replicates", "20", "--shard", i + "/3", "--out",
                    tmp.resolve("s" + i).toString());
            assertEquals(ExitCodes.OK, r.code(), r.err());
        }
        Cli.Result m = Cli.execute("merge", "--out", tmp.resolve("merged").toString(), tmp.resolve("s2").toString(),
                tmp.resolve("s0").toString(), tmp.resolve("s1").toString());
        assertEquals(ExitCodes.OK, m.code(), m.err());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("one/summary.csv")),
                Files.readAllBytes(tmp.resolve("merged/summary.csv")));
        // the shards summed no days: the merged report says why it has no averaged trajectories
        assertFalse(Files.exists(tmp.resolve("merged/daily-means.csv")));
        assertTrue(Files.readString(tmp.resolve("merged/index.html")).contains("No averaged trajectories"));
        assertFalse(Files.readString(tmp.resolve("one/index.html")).contains("No averaged trajectories"));
        Cli.Result missing = Cli.execute("merge", "--out", tmp.resolve("m2").toString(), tmp.resolve("s0").toString(),
                tmp.resolve("s1").toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("shard 2/3 is missing"), missing.err());
    }

    @Test
    void slurmWritesAnArrayAMergeAndASubmitScript() throws IOException {
        Path out = tmp.resolve("cluster");
        Cli.Result r = Cli.execute("slurm", "scenarios/sweeps/leverage-x-attacks.yaml", "--shards", "4", "--partition", "short",
                "--cpus-per-task", "8", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        String array = Files.readString(out.resolve("slurm/sweep.sbatch"));
        assertTrue(array.contains("#SBATCH --array=0-3") && array.contains("#SBATCH --partition=short")
                && array.contains("#SBATCH --cpus-per-task=8") && array.contains("--shard \"$i/4\"")
                && array.contains("--resume"), array);
        String merge = Files.readString(out.resolve("slurm/merge.sbatch"));
        assertTrue(merge.contains(" merge --out ") && merge.contains("shard-3-of-4"), merge);
        String submit = Files.readString(out.resolve("slurm/submit.sh"));
        assertTrue(submit.contains("--dependency=afterok:"), submit);
        assertTrue(r.out().contains("bash " + out.toAbsolutePath().normalize().resolve("slurm/submit.sh")), r.out());
    }

    @Test
    void theShippedSensitivityExamplesWriteTheirIndicesChartsAndReport() throws IOException {
        Path sobol = tmp.resolve("sobol");
        Cli.Result r = Cli.execute("sensitivity", "scenarios/sensitivity/levers-2025.yaml", "--replicates", "4",
                "--out", sobol.toString(), "--day", "60");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(1 + 2 * 5, Files.readAllLines(sobol.resolve("sensitivity.csv")).size(), "2 outputs x 5 levers");
        assertTrue(Files.readString(sobol.resolve("sensitivity.csv")).contains("Kaplan-Meier survival at day 60"));
        assertTrue(Files.readString(sobol.resolve("index.html")).contains("charts/sensitivity-survival.png"));

        Path morris = tmp.resolve("morris");
        Cli.Result m = Cli.execute("sensitivity", "scenarios/sensitivity/levers-2025-morris.yaml", "--replicates", "4",
                "--out", morris.toString());
        assertEquals(ExitCodes.OK, m.code(), m.err());
        assertEquals(1 + 2 * 5, Files.readAllLines(morris.resolve("morris.csv")).size());
        assertTrue(Files.readString(morris.resolve("index.html")).contains("charts/morris-survival.png"));

        Cli.Result wrong = Cli.execute("sensitivity", "scenarios/sweeps/attribution.yaml", "--out",
                tmp.resolve("no").toString());
        assertEquals(ExitCodes.BAD_INPUT, wrong.code());
        assertTrue(wrong.err().contains("expected saltelli (Sobol indices) or morris"), wrong.err());
    }

    @Test
    void reproduceReplaysARandomRowAndNoticesADoctoredOne() throws IOException {
        Path out = tmp.resolve("rep");
        assertEquals(ExitCodes.OK, Cli.execute("sweep", "scenarios/sweeps/attribution.yaml", "--replicates", "15",
                "--out", out.toString()).code());
        long run = new java.util.Random(5).nextInt(14 * 15); // a fixed "random" row
        Cli.Result r = Cli.execute("reproduce", out.toString(), Long.toString(run));
        assertEquals(ExitCodes.OK, r.code(), r.err() + r.out());
        assertTrue(r.out().contains("MATCHES its row in runs.csv"), r.out());
        assertTrue(Files.size(out.resolve("reproduce/run-" + run + "/chart.png")) > 0);

        Path runs = out.resolve("runs.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(runs));
        String[] cells = lines.get((int) run + 1).split(",", -1);
        int attacks = List.of(lines.get(0).split(",", -1)).indexOf("attacks");
        cells[attacks] = Integer.toString(Integer.parseInt(cells[attacks]) + 1);
        lines.set((int) run + 1, String.join(",", cells));
        Files.write(runs, lines);
        Cli.Result bad = Cli.execute("reproduce", out.toString(), Long.toString(run));
        assertEquals(ExitCodes.FAILURE, bad.code(), bad.out());
        assertTrue(bad.out().contains("DOES NOT MATCH"), bad.out());
    }

}
