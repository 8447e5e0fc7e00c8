package truce.calibration;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import truce.analysis.SweepSummary;
import truce.chart.Band;
import truce.chart.BandChart;
import truce.chart.ChartFiles;
import truce.files.AtomicFiles;
import truce.scenario.PosteriorDraws;
import truce.stats.SurvivalStep;

/**
 * The forecast of a sweep over a posterior design: the chance that the ceasefire has not broken
 * down by day t, averaged over the posterior ({@code p = sum_i w_i p_i}, where {@code p_i} is the
 * share of point i's runs not broken down by t), the 90% interval of {@code p_i} over the posterior
 * (parameter uncertainty), and which part of the uncertainty about one ceasefire's fate comes from
 * the parameters and which from chance, by the law of total variance:
 * {@code p (1 - p) = E[p_i (1 - p_i)] + Var[p_i]} — the first term is chance (the model's own
 * randomness at known parameters), the second the parameters. Each {@code p_i} is itself estimated
 * from the point's replicates, so {@code Var[p_i]} is corrected by subtracting the mean binomial
 * sampling variance {@code E[p_i (1 - p_i) / (R - 1)]}.
 */
public final class Forecast {

    /** File written beside the sweep's summary. */
    public static final String FILE = "forecast.csv";
    /** Days reported. */
    static final int[] DAYS = {7, 30, 90, 180, 365};

    private Forecast() {
    }

    /**
     * One day's forecast.
     *
     * @param day the day
     * @param mean posterior mean chance of no breakdown by then
     * @param lower 5% weighted quantile over parameter sets
     * @param upper 95% weighted quantile over parameter sets
     * @param parameterShare share of the outcome's variance due to the parameters
     */
    public record Day(int day, double mean, double lower, double upper, double parameterShare) {
    }

    /**
     * Computes and writes {@code forecast.csv} and {@code forecast.png/svg}, and returns the days.
     *
     * @param dir the finished sweep's folder
     * @param draws the posterior design's draws (its points in the sweep's point order)
     * @param horizon the runs' horizon
     */
    public static List<Day> write(Path dir, PosteriorDraws draws, int horizon) throws IOException {
        int points = draws.points().size();
        double[][] p = new double[points][horizon + 1];
        long[] replicates = new long[points];
        // the runs not broken down by each day, per point, from the sweep's summary (truce.analysis reads runs.csv)
        for (SweepSummary.Point point : SweepSummary.read(dir).points()) {
            int i = point.index();
            long n = point.stats().n();
            long[] breakdowns = new long[horizon + 1];
            for (SurvivalStep st : point.stats().km().steps()) {
                breakdowns[(int) st.time()] += st.events();
            }
            long broken = 0;
            for (int d = 0; d <= horizon; d++) {
                broken += breakdowns[d];
                p[i][d] = (double) (n - broken) / n;
            }
            replicates[i] = n;
        }
        double[] w = draws.weights();
        List<Day> out = new ArrayList<>();
        double[] days = new double[horizon + 1];
        double[] mean = new double[horizon + 1];
        double[] lo = new double[horizon + 1];
        double[] hi = new double[horizon + 1];
        for (int d = 0; d <= horizon; d++) {
            double[] col = new double[points];
            for (int i = 0; i < points; i++) {
                col[i] = p[i][d];
            }
            Population pop = new Population(java.util.Arrays.stream(col).mapToObj(v -> new double[] {v})
                    .toArray(double[][]::new), w, new double[points]);
            days[d] = d;
            mean[d] = pop.mean(0);
            lo[d] = pop.quantile(0, 0.05);
            hi[d] = pop.quantile(0, 0.95);
        }
        StringBuilder csv = new StringBuilder("day,survival,parameters_lo90,parameters_hi90,variance_from_parameters,"
                + "variance_from_chance\n");
        for (int d : DAYS) {
            if (d > horizon) {
                continue;
            }
            double m = mean[d];
            double chance = 0;
            double spread = 0;
            double noise = 0;
            for (int i = 0; i < points; i++) {
                chance += w[i] * p[i][d] * (1 - p[i][d]);
                spread += w[i] * (p[i][d] - m) * (p[i][d] - m);
                noise += w[i] * p[i][d] * (1 - p[i][d]) / Math.max(1, replicates[i] - 1);
            }
            double params = Math.max(0, spread - noise);
            double total = params + chance;
            double share = total > 0 ? params / total : 0;
            out.add(new Day(d, m, lo[d], hi[d], share));
            csv.append(String.format(Locale.ROOT, "%d,%.4f,%.4f,%.4f,%.3f,%.3f%n", d, m, lo[d], hi[d], share, 1 - share));
        }
        AtomicFiles.writeText(dir.resolve(FILE), o -> o.write(csv.toString()));
        // beside forecast.csv, not in charts/ (whose charts the sweep's report shows)
        ChartFiles.save(BandChart.create("Forecast on the posterior", "line: survival averaged over " + points
                        + " posterior parameter sets; band: 90% of parameter sets",
                "share not broken down", List.of(new Band("posterior mean, 90% band over parameters", days, mean, lo, hi,
                        false))), dir, "forecast", BandChart.WIDTH, BandChart.HEIGHT);
        return out;
    }

    /** Prints the forecast. */
    public static void print(PrintWriter out, List<Day> days) {
        out.println("forecast on the posterior (chance of no breakdown by day; 90% interval over parameter sets;"
                + " share of the uncertainty from parameters vs chance):");
        for (Day d : days) {
            out.printf(Locale.ROOT, "  day %3d: %.3f (%.3f-%.3f); parameters %.0f%%, chance %.0f%%%n", d.day(), d.mean(),
                    d.lower(), d.upper(), 100 * d.parameterShare(), 100 * (1 - d.parameterShare()));
        }
    }
}
