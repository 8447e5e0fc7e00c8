package truce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad calibration files: one line naming file, line and key; exit 2; nothing written. */
class CalibrateCommandTest {

    private static final Path RES = Path.of("src/test/resources/calibration");

    @TempDir
    Path dir;

    @Test
    void aPriorOutsideTheParametersRangeIsOneLineExit2AndNothingWritten() throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "name: bad\nscenario: " + Path.of("scenarios/calibration/population.yaml").toAbsolutePath()
                + "\ntarget: " + RES.toAbsolutePath().resolve("small-target.yaml") + "\npriors:\n"
                + "  states.*.forgiveness: {uniform: [0, 1.5]}\n");
        Path out = dir.resolve("out");
        Cli.Result r = Cli.execute("calibrate", f.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), err);
        assertTrue(err.startsWith("error: " + f + ":5: priors.states.*.forgiveness: the prior's range [0.0, 1.5] does"
                + " not fit the parameter"), err);
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnknownPathIsOneLineExit2() throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "name: bad\nscenario: " + Path.of("scenarios/calibration/population.yaml").toAbsolutePath()
                + "\ntarget: " + RES.toAbsolutePath().resolve("small-target.yaml") + "\npriors:\n"
                + "  states.*.forgivenes: {uniform: [0, 1]}\n");
        Cli.Result r = Cli.execute("calibrate", f.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: " + f + ":5: priors.states.*.forgivenes: "), r.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }
}
