package truce.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import truce.files.AtomicFiles;
import truce.scenario.PosteriorDraws;
import truce.scenario.ScenarioException;

/**
 * Weighted particles as CSV ({@code posterior.csv}, and each ABC-SMC generation's population):
 * {@code particle,weight,distance,<parameter path>...}, numbers written so they read back exactly.
 */
public final class PosteriorCsv {

    /** The fixed leading columns. */
    static final List<String> LEADING = List.of("particle", "weight", "distance");

    private PosteriorCsv() {
    }

    /**
     * A posterior read back.
     *
     * @param paths the parameter paths, in column order
     * @param population the particles
     */
    public record Posterior(List<String> paths, Population population) {
    }

    /** Writes a population atomically. */
    public static void write(Path file, List<String> paths, Population p) throws IOException {
        StringBuilder sb = new StringBuilder(String.join(",", LEADING));
        paths.forEach(x -> sb.append(',').append(x));
        sb.append('\n');
        for (int i = 0; i < p.size(); i++) {
            sb.append(i).append(',').append(p.weights()[i]).append(',').append(p.distances()[i]);
            for (double v : p.thetas()[i]) {
                sb.append(',').append(v);
            }
            sb.append('\n');
        }
        AtomicFiles.writeText(file, out -> out.write(sb.toString()));
    }

    /**
     * Reads a posterior.
     *
     * @param file the file
     * @param shown the file as the user named it
     * @throws ScenarioException naming the file, line and column of the first problem: a missing
     *     column, a value that is not a number, a negative weight, a row of the wrong length, no rows
     */
    public static Posterior read(Path file, String shown) {
        PosteriorDraws.Particles p = PosteriorDraws.read(file, shown);
        double sum = 0;
        for (double w : p.weights()) {
            sum += w;
        }
        double[] w = p.weights();
        if (Math.abs(sum - 1) > 1e-9) {
            w = Population.normalise(w); // weights written by Truce already sum to 1: keep them bit for bit
        }
        return new Posterior(p.paths(), new Population(p.thetas(), w, p.distances()));
    }

}
