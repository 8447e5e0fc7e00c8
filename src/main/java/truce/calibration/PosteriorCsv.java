package truce.calibration;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import truce.files.AtomicFiles;
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
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parser = format.parse(in);
            List<String> header = parser.getHeaderNames();
            if (header.size() <= LEADING.size() || !header.subList(0, LEADING.size()).equals(LEADING)) {
                throw new ScenarioException(shown, 1, "", "expected a header particle,weight,distance,<parameter"
                        + " path>..., found " + String.join(",", header));
            }
            List<String> paths = header.subList(LEADING.size(), header.size());
            List<double[]> thetas = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            List<Double> distances = new ArrayList<>();
            for (CSVRecord r : parser) {
                int line = (int) r.getRecordNumber() + 1;
                if (r.size() != header.size()) {
                    throw new ScenarioException(shown, line, "", "expected " + header.size() + " values, found " + r.size());
                }
                double w = number(r, "weight", shown, line);
                if (w < 0) {
                    throw new ScenarioException(shown, line, "weight", "expected a weight >= 0, found " + r.get("weight"));
                }
                weights.add(w);
                distances.add(number(r, "distance", shown, line));
                double[] theta = new double[paths.size()];
                for (int j = 0; j < theta.length; j++) {
                    theta[j] = number(r, paths.get(j), shown, line);
                }
                thetas.add(theta);
            }
            if (thetas.isEmpty()) {
                throw new ScenarioException(shown, 1, "", "expected at least one particle, found none");
            }
            double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
            if (!(sum > 0)) {
                throw new ScenarioException(shown, 2, "weight", "expected weights that sum to more than 0, found " + sum);
            }
            double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
            if (Math.abs(sum - 1) > 1e-9) {
                w = Population.normalise(w); // weights written by Truce already sum to 1: keep them bit for bit
            }
            return new Posterior(List.copyOf(paths), new Population(thetas.toArray(double[][]::new), w,
                    distances.stream().mapToDouble(Double::doubleValue).toArray()));
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
