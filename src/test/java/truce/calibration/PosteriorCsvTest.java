package truce.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import truce.scenario.ScenarioException;

class PosteriorCsvTest {

    @TempDir
    Path dir;

    @Test
    void particlesReadBackBitForBit() throws IOException {
        Population p = new Population(new double[][] {{0.1 / 3, 2e-7}, {Math.PI, 1.0}},
                new double[] {0.3, 0.7}, new double[] {1.5, 0.25});
        Path f = dir.resolve("posterior.csv");
        PosteriorCsv.write(f, List.of("a.b", "states.*.trust"), p);
        PosteriorCsv.Posterior back = PosteriorCsv.read(f, "posterior.csv");
        assertEquals(List.of("a.b", "states.*.trust"), back.paths());
        assertArrayEquals(p.weights(), back.population().weights());
        assertArrayEquals(p.thetas()[0], back.population().thetas()[0]);
        assertArrayEquals(p.thetas()[1], back.population().thetas()[1]);
    }

    @Test
    void aCorruptFileNamesLineAndColumn() throws IOException {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, "particle,weight,distance,states.*.trust\n0,0.5,1,0.2\n1,0.5,1,abc\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> PosteriorCsv.read(f, "p.csv"));
        assertEquals("p.csv:3: states.*.trust: expected a finite number, found 'abc'", e.getMessage());
        Files.writeString(f, "particle,weight,distance,x\n0,-1,1,0.2\n");
        e = assertThrows(ScenarioException.class, () -> PosteriorCsv.read(f, "p.csv"));
        assertEquals("p.csv:2: weight: expected a weight >= 0, found -1", e.getMessage());
        Files.writeString(f, "particle,weight,x\n0,1,0.2\n");
        e = assertThrows(ScenarioException.class, () -> PosteriorCsv.read(f, "p.csv"));
        assertEquals(1, e.line());
        Files.writeString(f, "particle,weight,distance,x\n0,1,1\n");
        e = assertThrows(ScenarioException.class, () -> PosteriorCsv.read(f, "p.csv"));
        assertEquals("p.csv:2: expected 4 values, found 3", e.getMessage());
    }
}
