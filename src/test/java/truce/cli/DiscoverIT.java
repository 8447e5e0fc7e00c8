package truce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's scenario-discovery example: the shipped {@code discovery-lhs} sweep (400 Latin
 * hypercube points x 10 runs) and {@code discover --outcome 'collapse_day < 90'}. The box the
 * README explains: an attack rate above about 0.9 a day and attribution above about 0.1, both
 * with tiny quasi-p-values, forgiveness and mediator leverage unrestricted; density above 0.8
 * (base rate about 0.6) and coverage above 0.6.
 */
class DiscoverIT {

    @TempDir
    Path tmp;

    @Test
    void theShippedDiscoverySweepFindsTheBoxTheReadmeExplains() throws IOException {
        Path out = tmp.resolve("lhs");
        Cli.Result s = Cli.execute("sweep", "scenarios/sweeps/discovery-lhs.yaml", "--out", out.toString());
        assertEquals(ExitCodes.OK, s.code(), s.err());
        Cli.Result r = Cli.execute("discover", out.toString(), "--outcome", "collapse_day < 90");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        Map<String, String[]> box = new HashMap<>();
        List<String> lines = Files.readAllLines(out.resolve("discover/prim-box.csv"));
        lines.stream().skip(1).map(l -> l.split(",")).forEach(c -> box.put(c[0], c));
        String[] attacks = box.get("militants.ttp.attackRate");
        String[] blame = box.get("militants.ttp.attribution");
        assertEquals("TRUE", attacks[3], r.out());
        assertTrue(Double.parseDouble(attacks[1]) > 0.7, r.out());
        assertTrue(Double.parseDouble(attacks[4]) < 1e-6, r.out());
        assertEquals("TRUE", blame[3], r.out());
        assertTrue(Double.parseDouble(blame[1]) > 0.05, r.out());
        assertTrue(Double.parseDouble(blame[4]) < 1e-6, r.out());
        assertEquals("FALSE", box.get("states.*.forgiveness")[3], r.out());
        assertEquals("FALSE", box.get("mediators.*.leverage")[3], r.out());
        String[] chosen = Files.readAllLines(out.resolve("discover/prim-trajectory.csv")).stream()
                .filter(l -> r.out().contains("PRIM box " + l.split(",")[0] + " of")).findFirst().orElseThrow().split(",");
        assertTrue(Double.parseDouble(chosen[2]) > 0.8, "density " + chosen[2]);
        assertTrue(Double.parseDouble(chosen[1]) > 0.6, "coverage " + chosen[1]);
    }
}
