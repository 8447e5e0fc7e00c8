package truce.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code truce compare} and {@code truce run --replicates}, end to end, in process. */
class CompareCommandTest {

    private static final String GENERIC = "src/test/resources/scenarios/generic.yaml";
    private static final String MINIMAL = "src/test/resources/scenarios/good/minimal.yaml";

    @TempDir
    Path tmp;

    private Path variant(String name, String extra) throws IOException {
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, "extends: " + Path.of(GENERIC).toAbsolutePath() + "\nname: " + name + "\n" + extra);
        return f;
    }

    private static List<String> column(Path runs, String name) throws IOException {
        List<String> lines = Files.readAllLines(runs);
        int k = List.of(lines.get(0).split(",")).indexOf(name);
        return lines.stream().skip(1).map(l -> l.split(",")[k]).toList();
    }

    @Test
    void twoScenariosRunWithTheSameSeedsAndAreComparedInOneReport() throws IOException {
        Path calm = variant("calm", "militants: {spoiler: {attackRate: 0}}\n");
        Path out = tmp.resolve("cmp");
        Cli.Result r = Cli.execute("compare", GENERIC, calm.toString(), "--replicates", "60", "--out", out.toString(),
                "--threads", "2");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(column(out.resolve("generic/runs.csv"), "seed"), column(out.resolve("calm/runs.csv"), "seed"),
                "common random numbers: replicate i has the same seed in every scenario");
        List<String> csv = Files.readAllLines(out.resolve("comparison.csv"));
        assertEquals(3, csv.size(), String.join("\n", csv));
        assertTrue(csv.get(0).startsWith("scenario,file,n,collapses,km30,km30_lo95,km30_hi95"), csv.get(0));
        assertTrue(csv.get(0).contains(",rmst,rmst_lo95,rmst_hi95,rmst_diff,"), csv.get(0));
        assertTrue(csv.get(1).startsWith("generic,"), csv.get(1));
        assertTrue(csv.get(1).contains(",NA,NA,NA,NA"), "the reference has no difference: " + csv.get(1));
        assertTrue(csv.get(2).startsWith("calm,"), csv.get(2));
        assertEquals(List.of("scenario_a,scenario_b,chi_square,df,p,p_holm"),
                Files.readAllLines(out.resolve("comparison-logrank.csv")).subList(0, 1));
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("kaplan-meier.png") && html.contains("RMST to 365"), html);
        assertTrue(Files.size(out.resolve("kaplan-meier.png")) > 10_000);
        assertTrue(Files.exists(out.resolve("calm/index.html")), "each scenario's own report");
        assertTrue(r.out().contains("calm") && r.out().contains("(reference)"), r.out());
    }

    @Test
    void oneScenarioGivesTheSameRunsAsRunWithReplicates() throws IOException {
        Cli.Result a = Cli.execute("compare", GENERIC, "--replicates", "40", "--seed", "9", "--out", tmp.resolve("a").toString());
        Cli.Result b = Cli.execute("run", GENERIC, "--replicates", "40", "--seed", "9", "--out", tmp.resolve("b").toString());
        assertEquals(ExitCodes.OK, a.code(), a.err());
        assertEquals(ExitCodes.OK, b.code(), b.err());
        assertTrue(a.out().contains("one scenario, nothing to compare"), a.out());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a/runs.csv")), Files.readAllBytes(tmp.resolve("b/runs.csv")));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a/summary.csv")), Files.readAllBytes(tmp.resolve("b/summary.csv")));
        assertTrue(Files.exists(tmp.resolve("b/index.html")));
        assertEquals(41, Files.readAllLines(tmp.resolve("b/runs.csv")).size());
    }

    @Test
    void aComparisonFileRunsTheSameComparison() throws IOException {
        Path calm = variant("calm", "militants: {spoiler: {attackRate: 0}}\n");
        Path file = tmp.resolve("both.yaml");
        Files.writeString(file, "name: both\nreplicates: 30\nmasterSeed: 4\ndesign:\n  type: scenarios\n  files: ["
                + Path.of(GENERIC).toAbsolutePath() + ", calm.yaml]\n");
        Cli.Result r = Cli.execute("compare", file.toString(), "--out", tmp.resolve("f").toString());
        Cli.Result l = Cli.execute("compare", GENERIC, calm.toString(), "--replicates", "30", "--seed", "4",
                "--out", tmp.resolve("l").toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(ExitCodes.OK, l.code(), l.err());
        assertEquals(Files.readAllLines(tmp.resolve("f/comparison-logrank.csv")),
                Files.readAllLines(tmp.resolve("l/comparison-logrank.csv")));
        Cli.Result sweep = Cli.execute("sweep", file.toString(), "--out", tmp.resolve("s").toString());
        assertEquals(ExitCodes.BAD_INPUT, sweep.code());
        assertTrue(sweep.err().contains("run it with 'truce compare"), sweep.err());
    }

    @Test
    void scenariosWithDifferentStatesAreComparedAndTheReportSaysWhat() throws IOException {
        Path out = tmp.resolve("mixed");
        Cli.Result r = Cli.execute("compare", GENERIC, MINIMAL, "--replicates", "20", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(Files.readString(out.resolve("index.html")).contains("declare different states"));
    }

    @Test
    void badInputIsOneLineExitTwo() throws IOException {
        Path shortOne = variant("short", "horizon: 100\n");
        for (String[] args : List.of(new String[] {"compare"},
                new String[] {"compare", GENERIC, shortOne.toString(), "--horizon", "200"},
                new String[] {"compare", GENERIC, tmp.resolve("missing.yaml").toString()},
                new String[] {"compare", GENERIC, "src/test/resources/sweeps/small-grid.yaml"})) {
            Cli.Result r = Cli.execute(args);
            assertEquals(ExitCodes.BAD_INPUT, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().lines().filter(l -> l.startsWith("error:") || !l.isBlank()).limit(2).count(),
                    String.join(" ", args) + ": " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void theShippedComparisonComparesTheFourShippedScenarios() throws IOException {
        Path out = tmp.resolve("shipped");
        Cli.Result r = Cli.execute("compare", "scenarios/compare/shipped-scenarios.yaml", "--replicates", "20",
                "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<String> csv = Files.readAllLines(out.resolve("comparison.csv"));
        assertEquals(List.of("baseline-2025", "no-spoilers", "strong-mediation", "hard-line"),
                csv.stream().skip(1).map(l -> l.split(",")[0]).toList());
        assertEquals(7, Files.readAllLines(out.resolve("comparison-logrank.csv")).size(), "six pairs");
    }
}
