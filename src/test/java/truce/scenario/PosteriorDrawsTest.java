package truce.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PosteriorDrawsTest {

    @TempDir
    Path dir;

    private Path posterior() throws IOException {
        Path f = dir.resolve("posterior.csv");
        Files.writeString(f, "particle,weight,distance,states.*.forgiveness,militants.*.attackRate\n"
                + "0,0.5,1,0.25,0.1\n1,0.3,2,0.5,0.2\n2,0.2,3,0.75,0.30000000000000004\n3,0,4,0.9,0.4\n");
        return f;
    }

    @Test
    void drawsAreProportionalToTheWeightsAndDistinct() throws IOException {
        PosteriorDraws d = PosteriorDraws.draw(posterior(), "posterior.csv", 10, 1);
        assertEquals(List.of(Map.of("states.*.forgiveness", "0.25", "militants.*.attackRate", "0.1"),
                Map.of("states.*.forgiveness", "0.5", "militants.*.attackRate", "0.2"),
                Map.of("states.*.forgiveness", "0.75", "militants.*.attackRate", "0.3")), d.points(),
                "systematic resampling: 5, 3 and 2 of 10 draws; the zero-weight particle never");
        assertArrayEquals(new double[] {0.5, 0.3, 0.2}, d.weights(), 1e-12);
    }

    @Test
    void drawsCanKeepSomeParametersOnly() throws IOException {
        PosteriorDraws d = PosteriorDraws.draw(posterior(), "posterior.csv", 10, 1, List.of("states.*.forgiveness"));
        assertEquals(List.of("states.*.forgiveness"), d.paths());
        assertEquals(List.of(Map.of("states.*.forgiveness", "0.25"), Map.of("states.*.forgiveness", "0.5"),
                Map.of("states.*.forgiveness", "0.75")), d.points());
        assertThrows(IllegalArgumentException.class,
                () -> PosteriorDraws.draw(dir.resolve("posterior.csv"), "p", 10, 1, List.of("states.*.trust")));
    }

    @Test
    void aPosteriorDesignRunsAsTheListOfItsDraws() throws IOException {
        posterior();
        Path sweep = dir.resolve("s.yaml");
        Files.writeString(sweep, "name: s\nscenario: " + Path.of("scenarios/calibration/population.yaml").toAbsolutePath()
                + "\nreplicates: 3\ndesign:\n  type: posterior\n  posterior: posterior.csv\n  samples: 10\n");
        SweepSpec s = SweepLoader.load(sweep);
        assertEquals(DesignType.LIST, s.design().type());
        assertEquals(3, s.design().points().size());
        assertEquals(3, SweepLoader.posteriorDraws(sweep).points().size());
    }

    @Test
    void aCorruptPosteriorNamesTheSweepAndThePosteriorsLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("posterior.csv"), "particle,weight,distance,x\n0,1,1,0.5\n1,0.5,1,oops\n");
        Path sweep = dir.resolve("s.yaml");
        Files.writeString(sweep, "name: s\nscenario: x.yaml\ndesign:\n  type: posterior\n  posterior: posterior.csv\n"
                + "  samples: 10\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepLoader.load(sweep));
        assertTrue(e.getMessage().startsWith(sweep + ":5: design.posterior: x: expected a finite number, found 'oops' (in "
                + dir.resolve("posterior.csv") + ":3)"), e.getMessage());
    }
}
