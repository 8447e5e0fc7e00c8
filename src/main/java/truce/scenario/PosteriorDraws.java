package truce.scenario;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * A {@code posterior} sweep design: parameter sets drawn by weight from the weighted particles
 * of a {@code posterior.csv} ({@code particle,weight,distance,<parameter path>...}, as
 * {@code truce calibrate} writes it), so a scenario runs with calibrated behaviour:
 *
 * <pre>
 * design:
 *   type: posterior
 *   posterior: ../../results/open-ended/posterior.csv   # relative to the sweep file
 *   samples: 200                                         # draws by weight
 *   parameters: [states.*.forgiveness]                   # optional: take only these
 * </pre>
 *
 * The draws are by systematic resampling (one uniform from the master seed), so each particle is
 * drawn close to {@code samples} times its weight. A particle drawn k times is one design point of
 * weight {@code k / samples} (two points with equal values would share their runs' seeds), and the
 * design is run as the list of these points; values keep 12 significant digits, as generated
 * designs do.
 *
 * @param paths the parameter paths, in column order
 * @param points the distinct drawn points, in order of first draw
 * @param weights each point's share of the draws
 */
public record PosteriorDraws(List<String> paths, List<Map<String, String>> points, double[] weights) {

    private static final MathContext DIGITS = new MathContext(12);
    private static final List<String> LEADING = List.of("particle", "weight", "distance");

    /**
     * Weighted particles as read.
     *
     * @param paths parameter paths
     * @param thetas one row of values per particle
     * @param weights weights as written, each {@code >= 0}, summing to more than 0
     * @param distances each particle's distance
     */
    public record Particles(List<String> paths, double[][] thetas, double[] weights, double[] distances) {
    }

    /**
     * Draws from a posterior file.
     *
     * @param file the posterior file
     * @param shown the file as the user named it
     * @param samples number of draws
     * @param masterSeed seed of the draws
     */
    public static PosteriorDraws draw(Path file, String shown, int samples, long masterSeed) {
        return draw(file, shown, samples, masterSeed, List.of());
    }

    /**
     * Draws from a posterior file, keeping only some of its parameters (the particles' joint
     * values of those; the others keep the scenario's values).
     *
     * @param only the parameter paths to keep; empty for all
     * @throws IllegalArgumentException naming a path of {@code only} that the file does not have
     */
    public static PosteriorDraws draw(Path file, String shown, int samples, long masterSeed, List<String> only) {
        Particles p = read(file, shown);
        for (String path : only) {
            if (!p.paths().contains(path)) {
                throw new IllegalArgumentException("expected a parameter of " + shown + " (" + String.join(", ", p.paths())
                        + "), found '" + path + "'");
            }
        }
        double total = 0;
        for (double w : p.weights()) {
            total += w;
        }
        double u = new MersenneTwister(masterSeed).nextDouble() / samples;
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
        double cumulative = 0;
        int i = -1;
        for (int k = 0; k < samples; k++) {
            double target = (u + (double) k / samples) * total;
            while (cumulative <= target && i < p.thetas().length - 1) {
                cumulative += p.weights()[++i];
            }
            Map<String, String> point = new LinkedHashMap<>();
            for (int j = 0; j < p.paths().size(); j++) {
                if (!only.isEmpty() && !only.contains(p.paths().get(j))) {
                    continue;
                }
                point.put(p.paths().get(j), new BigDecimal(p.thetas()[i][j]).round(DIGITS).stripTrailingZeros().toPlainString());
            }
            String key = point.toString();
            byKey.putIfAbsent(key, point);
            counts.merge(key, 1, Integer::sum);
        }
        double[] weights = new double[counts.size()];
        int n = 0;
        for (int c : counts.values()) {
            weights[n++] = (double) c / samples;
        }
        return new PosteriorDraws(only.isEmpty() ? p.paths() : List.copyOf(only), List.copyOf(byKey.values()), weights);
    }

    /**
     * Reads weighted particles.
     *
     * @throws ScenarioException naming the file, line and column of the first problem: a wrong
     *     header, a value that is not a finite number, a negative weight, a row of the wrong
     *     length, no rows, weights summing to 0
     */
    public static Particles read(Path file, String shown) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parser = format.parse(in);
            List<String> header = parser.getHeaderNames();
            if (header.size() <= LEADING.size() || !header.subList(0, LEADING.size()).equals(LEADING)) {
                throw new ScenarioException(shown, 1, "", "expected a header particle,weight,distance,<parameter"
                        + " path>..., found " + String.join(",", header));
            }
            List<String> paths = List.copyOf(header.subList(LEADING.size(), header.size()));
            List<double[]> thetas = new ArrayList<>();
            List<double[]> wd = new ArrayList<>();
            double sum = 0;
            for (CSVRecord r : parser) {
                int line = (int) r.getRecordNumber() + 1;
                if (r.size() != header.size()) {
                    throw new ScenarioException(shown, line, "", "expected " + header.size() + " values, found " + r.size());
                }
                double w = number(r, "weight", shown, line);
                if (w < 0) {
                    throw new ScenarioException(shown, line, "weight", "expected a weight >= 0, found " + r.get("weight"));
                }
                sum += w;
                wd.add(new double[] {w, number(r, "distance", shown, line)});
                double[] theta = new double[paths.size()];
                for (int j = 0; j < theta.length; j++) {
                    theta[j] = number(r, paths.get(j), shown, line);
                }
                thetas.add(theta);
            }
            if (thetas.isEmpty()) {
                throw new ScenarioException(shown, 1, "", "expected at least one particle, found none");
            }
            if (!(sum > 0)) {
                throw new ScenarioException(shown, 2, "weight", "expected weights that sum to more than 0, found " + sum);
            }
            return new Particles(paths, thetas.toArray(double[][]::new), wd.stream().mapToDouble(x -> x[0]).toArray(),
                    wd.stream().mapToDouble(x -> x[1]).toArray());
        } catch (NoSuchFileException e) {
            throw new ScenarioException(shown, 0, "", "no such file");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ScenarioException(shown, 0, "", "cannot read the file: " + e.getMessage());
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new ScenarioException(shown, 0, "", "not a posterior csv: " + e.getMessage());
        }
    }

    private static double number(CSVRecord r, String column, String shown, int line) {
        String text = r.get(column).trim();
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ScenarioException(shown, line, column, "expected a finite number, found '" + text + "'");
    }
}
