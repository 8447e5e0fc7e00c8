package truce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheCurvesAndWritesChartsAndCsv() {
        Path out = dir.resolve("out");
        Cli.Result r = Cli.execute("data", "scenarios/calibration/targets/open-ended.yaml", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("298 ceasefires: breakdown 112"), r.out());
        assertTrue(r.out().contains("  365  0.610 (0.548-0.673)"), r.out());
        for (String f : new String[] {"curves.csv", "survival.png", "survival.svg", "incidence.png", "incidence.svg"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
    }

    @Test
    void aBadTargetCsvIsOneLineAndExit2AndWritesNothing() throws IOException {
        Files.writeString(dir.resolve("d.csv"), "days,ending\n5,breakdown\n7,maybe\n");
        Files.writeString(dir.resolve("t.yaml"), "name: t\ncsv: d.csv\n");
        Path out = dir.resolve("out");
        Cli.Result r = Cli.execute("data", dir.resolve("t.yaml").toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertEquals("error: " + dir.resolve("d.csv") + ":3: ending: expected one of breakdown, settlement, expiry,"
                + " in_force (or censored), found 'maybe'", r.err().strip());
        assertFalse(Files.exists(out));
    }
}
