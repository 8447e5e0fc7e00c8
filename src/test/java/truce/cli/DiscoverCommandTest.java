package truce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code truce discover} end to end on a small Latin-hypercube sweep of the generic scenario. */
class DiscoverCommandTest {

    @TempDir
    static Path tmp;

    static Path sweep;

    @BeforeAll
    static void runASampledSweep() throws IOException {
        Path file = tmp.resolve("lhs.yaml");
        Files.writeString(file, "name: lhs\nscenario: " + Path.of("src/test/resources/scenarios/generic.yaml").toAbsolutePath()
                + "\nreplicates: 5\nmasterSeed: 3\ndesign:\n  type: lhs\n  samples: 40\n  parameters:\n"
                + "    militants.spoiler.attackRate: {from: 0.1, to: 2.0}\n    states.*.forgiveness: {from: 0, to: 0.8}\n");
        sweep = tmp.resolve("lhs-out");
        Cli.Result r = Cli.execute("sweep", file.toString(), "--out", sweep.toString(), "--threads", "2");
        assertEquals(ExitCodes.OK, r.code(), r.err());
    }

    @Test
    void findsABoxAndWritesItsTablesChartAndReport() throws IOException {
        Path out = tmp.resolve("d1");
        Cli.Result r = Cli.execute("discover", sweep.toString(), "--outcome", "collapse_day < 90", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("PRIM box"), r.out());
        List<String> box = Files.readAllLines(out.resolve("prim-box.csv"));
        assertEquals("parameter,lower,upper,restricted,qp,sweep_min,sweep_max", box.get(0));
        assertEquals(3, box.size());
        assertTrue(Files.readAllLines(out.resolve("prim-trajectory.csv")).size() > 3, "several boxes");
        assertEquals(3, Files.readAllLines(out.resolve("features.csv")).size());
        assertTrue(Files.size(out.resolve("peeling-trajectory.png")) > 10_000);
        assertTrue(Files.readString(out.resolve("index.html")).contains("peeling-trajectory.png"));
    }

    @Test
    void theSweepsCodebookMapsRValidColumnsBackToTheirPaths() throws IOException {
        List<String> header = List.of(Files.readAllLines(sweep.resolve("runs.csv")).get(0).split(","));
        assertTrue(header.contains("states.all.forgiveness"), header.toString());
        List<String> book = Files.readAllLines(sweep.resolve("codebook.csv"));
        assertEquals("column,parameter,unit,description", book.get(0));
        assertEquals(header.size(), book.size() - 1, "one row per column");
        assertTrue(book.stream().anyMatch(l -> l.startsWith("states.all.forgiveness,states.*.forgiveness,")), book.toString());
        assertTrue(Files.readAllLines(sweep.resolve("runs.csv")).get(1).matches(".*,(TRUE|FALSE),.*"), "logical survived");
    }

    @Test
    void boxZeroIsEveryRun() throws IOException {
        Path out = tmp.resolve("d0");
        Cli.Result r = Cli.execute("discover", sweep.toString(), "--outcome", "ending == breakdown", "--box", "0",
                "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("coverage 1, "), r.out());
        assertTrue(Files.readAllLines(out.resolve("prim-box.csv")).stream().skip(1).allMatch(l -> l.contains(",FALSE,NA,")));
    }

    @Test
    void badOutcomesAndFoldersAreOneLineExitTwo() throws IOException {
        Path grid = tmp.resolve("grid.yaml");
        Files.writeString(grid, "name: grid\nscenario: " + Path.of("src/test/resources/scenarios/generic.yaml").toAbsolutePath()
                + "\nreplicates: 3\ndesign:\n  type: grid\n  parameters:\n    militants.spoiler.attackRate: [0.1, 1]\n"
                + "    states.*.forgiveness: [0, 0.5]\n");
        Path small = tmp.resolve("grid-out");
        assertEquals(ExitCodes.OK, Cli.execute("sweep", grid.toString(), "--out", small.toString()).code());
        for (List<String> args : List.of(
                List.of(sweep.toString(), "--outcome", "colapse_day < 90"),
                List.of(sweep.toString(), "--outcome", "ending < 3"),
                List.of(sweep.toString(), "--outcome", "collapse_day == soon"),
                List.of(sweep.toString(), "--outcome", "collapse_day <"),
                List.of(sweep.toString(), "--outcome", "collapse_day < 0"),
                List.of(sweep.toString(), "--outcome", "collapse_day < 90", "--box", "999"),
                List.of(small.toString(), "--outcome", "collapse_day < 90"),
                List.of(tmp.resolve("nowhere").toString(), "--outcome", "collapse_day < 90"))) {
            String[] a = new String[args.size() + 1];
            a[0] = "discover";
            for (int i = 0; i < args.size(); i++) {
                a[i + 1] = args.get(i);
            }
            Cli.Result r = Cli.execute(a);
            assertEquals(ExitCodes.BAD_INPUT, r.code(), args + ": " + r.err());
            assertEquals(1, r.err().lines().count(), args + ": " + r.err());
            assertTrue(r.err().startsWith("error: "), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        Cli.Result r = Cli.execute("discover", small.toString(), "--outcome", "collapse_day < 90");
        assertTrue(r.err().contains("4 design points; PRIM needs at least 20"), r.err());
        r = Cli.execute("discover", sweep.toString(), "--outcome", "colapse_day < 90");
        assertTrue(r.err().contains("did you mean 'collapse_day'"), r.err());
    }
}
