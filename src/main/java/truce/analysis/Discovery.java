package truce.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import truce.batch.Manifest;
import truce.batch.SweepRunner;

/**
 * Scenario discovery on a finished sweep: which combinations of swept parameters lead to an
 * outcome of interest. Reads {@code runs.csv}, evaluates the outcome on every run, ranks the
 * parameters ({@link FeatureScores}) and runs {@link Prim} over the swept parameters (numbers;
 * {@code true}/{@code false} as 1/0; other words are left out and named). An immutable value.
 *
 * @param outcome the outcome expression as given
 * @param parameters the parameters PRIM used, in column order
 * @param skipped swept parameters left out (not numbers)
 * @param points distinct design points
 * @param runs runs read
 * @param hits runs with the outcome
 * @param trajectory PRIM's peeling trajectory
 * @param chosen index of the box shown, in the trajectory
 * @param features the parameters ranked
 * @param min each parameter's smallest value in the sweep
 * @param max each parameter's largest value
 */
public record Discovery(String outcome, List<String> parameters, List<String> skipped, int points, int runs,
                        int hits, List<Prim.Box> trajectory, int chosen, List<FeatureScores.Score> features,
                        double[] min, double[] max) {

    /** Fewest design points PRIM is run on: it cuts 5% of the box at a time. */
    public static final int MIN_POINTS = 20;

    /** The box shown. */
    public Prim.Box box() {
        return trajectory.get(chosen);
    }

    /**
     * Runs the discovery.
     *
     * @param dir a sweep's results folder; not null
     * @param expression the outcome, see {@link OutcomeExpression}; not null
     * @param box the index of the box to show on the trajectory, or null for {@link Prim#suggested}
     * @return the discovery
     * @throws IOException if the folder's manifest or runs cannot be read
     * @throws IllegalArgumentException with a one-line message if the expression is bad, the sweep
     *     swept no numeric parameter or has fewer than {@link #MIN_POINTS} design points, the
     *     outcome holds for no run or every run, or {@code box} is not on the trajectory
     */
    public static Discovery of(Path dir, String expression, Integer box) throws IOException {
        Manifest m = Manifest.read(dir);
        List<String> header;
        List<List<String>> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(dir.resolve(SweepRunner.RUNS), StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            header = List.copyOf(p.getHeaderNames());
            for (CSVRecord rec : p) {
                if (!rec.isConsistent()) { // strict: no row is skipped without a word
                    throw new truce.batch.ResultsFolderException(dir.resolve(SweepRunner.RUNS) + ":"
                            + (rec.getRecordNumber() + 1) + ": expected " + header.size() + " columns, found " + rec.size());
                }
                rows.add(rec.toList());
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(dir + " holds no runs");
        }
        boolean[] numeric = new boolean[header.size()];
        for (int k = 0; k < numeric.length; k++) {
            numeric[k] = OutcomeExpression.isNumeric(rows, k);
        }
        OutcomeExpression outcome = OutcomeExpression.parse(expression, header, numeric);
        List<String> used = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String param : m.parameters()) {
            int k = Columns.indexOf(header, m.parameters(), param);
            if (k < 0) {
                throw new IllegalArgumentException(dir.resolve(SweepRunner.RUNS) + " has no column for the swept parameter " + param);
            }
            if (numeric[k] || isBoolean(rows, k)) {
                used.add(param);
                columns.add(k);
            } else {
                skipped.add(param);
            }
        }
        if (used.isEmpty()) {
            throw new IllegalArgumentException("the sweep in " + dir + " swept no numeric parameter"
                    + (skipped.isEmpty() ? "" : " (" + String.join(", ", skipped) + " hold words)") + ": nothing to peel");
        }
        double[][] x = new double[rows.size()][used.size()];
        boolean[] y = new boolean[rows.size()];
        Set<String> points = new HashSet<>();
        int hits = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            StringBuilder key = new StringBuilder();
            for (int j = 0; j < columns.size(); j++) {
                String cell = row.get(columns.get(j));
                x[i][j] = numeric[columns.get(j)] ? Double.parseDouble(cell) : (cell.equalsIgnoreCase("true") ? 1 : 0);
                key.append(cell).append(',');
            }
            points.add(key.toString());
            y[i] = outcome.test(row);
            hits += y[i] ? 1 : 0;
        }
        if (points.size() < MIN_POINTS) {
            throw new IllegalArgumentException("the sweep in " + dir + " has " + points.size() + " design points; PRIM"
                    + " needs at least " + MIN_POINTS + " to peel (it cuts 5% of the box at a time): use an lhs or"
                    + " sobol design with more samples");
        }
        if (hits == 0 || hits == rows.size()) {
            throw new IllegalArgumentException("'" + outcome + "' holds for " + hits + " of " + rows.size()
                    + " runs: nothing to discover");
        }
        List<Prim.Box> trajectory = Prim.trajectory(x, y);
        int chosen = box != null ? box : Prim.suggested(trajectory);
        if (chosen < 0 || chosen >= trajectory.size()) {
            throw new IllegalArgumentException("--box: expected a box in [0, " + (trajectory.size() - 1)
                    + "] (the peeling trajectory), found " + chosen);
        }
        double[] min = trajectory.get(0).lower();
        double[] max = trajectory.get(0).upper();
        return new Discovery(outcome.toString(), List.copyOf(used), List.copyOf(skipped), points.size(), rows.size(),
                hits, trajectory, chosen, FeatureScores.rank(used, x, y), min, max);
    }

    private static boolean isBoolean(List<List<String>> rows, int k) {
        for (List<String> r : rows) {
            String v = r.get(k).toLowerCase(Locale.ROOT);
            if (!v.equals("true") && !v.equals("false")) {
                return false;
            }
        }
        return true;
    }
}
