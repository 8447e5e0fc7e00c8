package truce.calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import truce.files.AtomicFiles;
import truce.chart.Band;
import truce.chart.BandChart;
import truce.chart.CalibrationPage;
import truce.chart.ChartFiles;
import truce.chart.MarginalChart;
import truce.chart.PairsChart;

/**
 * What a finished calibration writes beside its particles: {@code posterior.csv}, the posterior
 * summary ({@code posterior-summary.csv}: prior, mean, median and 90% interval of each parameter),
 * the charts (marginals against the prior, pairs, posterior predictive bands over the observed
 * curves) and {@code index.html}.
 */
public final class CalibrationOutputs {

    /** Files. */
    public static final String POSTERIOR = "posterior.csv";
    public static final String SUMMARY = "posterior-summary.csv";
    /** Bins of a marginal histogram. */
    static final int BINS = 20;
    /** Simulated data sets behind the posterior predictive bands. */
    public static final int PREDICTIVE_DRAWS = 200;

    private CalibrationOutputs() {
    }

    /**
     * Writes everything.
     *
     * @param spec the calibration
     * @param dir the results folder
     * @param posterior the posterior particles
     * @param method a line saying how the posterior was found
     * @param generations rows of the generations table (empty for rejection)
     * @param threads threads for the predictive simulations
     * @return the posterior summary rows (path, prior, mean, median, q05, q95)
     */
    public static List<List<String>> write(CalibrationSpec spec, Path dir, Population posterior, String method,
                                           List<List<String>> generations, int threads) throws IOException {
        List<String> paths = spec.priors().stream().map(Prior::path).toList();
        PosteriorCsv.write(dir.resolve(POSTERIOR), paths, posterior);
        List<List<String>> summary = new ArrayList<>();
        StringBuilder csv = new StringBuilder("parameter,prior,mean,median,q05,q95\n");
        for (int j = 0; j < paths.size(); j++) {
            List<String> row = List.of(paths.get(j), spec.priors().get(j).describe(), num(posterior.mean(j)),
                    num(posterior.quantile(j, 0.5)), num(posterior.quantile(j, 0.05)), num(posterior.quantile(j, 0.95)));
            summary.add(row);
            csv.append(String.join(",", row.stream().map(c -> c.contains(",") ? "\"" + c + "\"" : c).toList())).append('\n');
        }
        AtomicFiles.writeText(dir.resolve(SUMMARY), o -> o.write(csv.toString()));

        Path charts = dir.resolve("charts");
        Files.createDirectories(charts);
        List<CalibrationPage.Figure> figures = new ArrayList<>();
        EndingCurves observed = spec.target().curves();
        int last = spec.statistics().lastDay();
        Map<Measure, Band> bands;
        try {
            bands = PosteriorPredictive.of(new TruceSimulator(spec), posterior, spec.statistics(), PREDICTIVE_DRAWS,
                    spec.masterSeed(), threads).bands();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        StringBuilder coverage = new StringBuilder("measure,day,observed,predictive_q05,predictive_median,predictive_q95,inside\n");
        for (var e : bands.entrySet()) {
            Measure m = e.getKey();
            Band pred = e.getValue();
            Band obs = CurveSamples.band(observed, m, last, "observed (" + spec.target().spells().size()
                    + " ceasefires), 95% interval");
            String base = "predictive-" + m.label().replace('_', '-');
            ChartFiles.save(BandChart.create("Posterior predictive " + (m.ending() == null ? "survival from breakdown"
                            : "incidence of " + m.ending().label()) + ": " + spec.name(),
                    "dashed: median of " + PREDICTIVE_DRAWS + " simulated data sets of " + spec.replicates()
                            + " runs at posterior draws; light band: their 90% range", m.ending() == null
                            ? "share not broken down" : "share ended by " + m.ending().label(), List.of(obs, pred)),
                    charts, base, BandChart.WIDTH, BandChart.HEIGHT);
            figures.add(new CalibrationPage.Figure(base, "Observed " + m.label() + " with its 95% interval, and the"
                    + " posterior predictive 90% band"));
            for (int d : spec.statistics().days()) {
                boolean inside = obs.value()[d] >= pred.lower()[d] && obs.value()[d] <= pred.upper()[d];
                coverage.append(m.label()).append(',').append(d).append(',').append(num(obs.value()[d])).append(',')
                        .append(num(pred.lower()[d])).append(',').append(num(pred.value()[d])).append(',')
                        .append(num(pred.upper()[d])).append(',').append(inside).append('\n');
            }
        }
        AtomicFiles.writeText(dir.resolve("predictive.csv"), o -> o.write(coverage.toString()));
        for (int j = 0; j < paths.size(); j++) {
            Prior prior = spec.priors().get(j);
            double[] edges = new double[BINS + 1];
            for (int b = 0; b <= BINS; b++) {
                edges[b] = prior.quantile((double) b / BINS);
            }
            double[] post = new double[BINS];
            for (int i = 0; i < posterior.size(); i++) {
                double q = (prior.internal(Math.min(prior.upper(), Math.max(prior.lower(), posterior.thetas()[i][j])))
                        - prior.internalLower()) / (prior.internalUpper() - prior.internalLower());
                post[Math.min(BINS - 1, (int) (q * BINS))] += posterior.weights()[i];
            }
            double[] flat = new double[BINS];
            java.util.Arrays.fill(flat, 1.0 / BINS);
            String base = "marginal-" + (j + 1);
            ChartFiles.save(MarginalChart.create(paths.get(j), edges, post, flat, prior.logUniform()), charts, base,
                    BandChart.WIDTH, BandChart.HEIGHT);
            figures.add(new CalibrationPage.Figure(base, "Posterior of " + paths.get(j) + " against its prior, "
                    + prior.describe()));
        }
        for (int a = 0; a < paths.size(); a++) {
            for (int b = a + 1; b < paths.size(); b++) {
                double[] x = column(posterior, a);
                double[] y = column(posterior, b);
                String base = "pairs-" + (a + 1) + "-" + (b + 1);
                ChartFiles.save(PairsChart.create(paths.get(a), paths.get(b), x, y,
                        new double[] {spec.priors().get(a).lower(), spec.priors().get(a).upper()},
                        new double[] {spec.priors().get(b).lower(), spec.priors().get(b).upper()}),
                        charts, base, PairsChart.SIZE, PairsChart.SIZE);
                figures.add(new CalibrationPage.Figure(base, "Posterior particles: " + paths.get(b) + " against "
                        + paths.get(a)));
            }
        }
        List<CalibrationPage.Table> tables = new ArrayList<>();
        tables.add(new CalibrationPage.Table("Posterior", List.of("parameter", "prior", "mean", "median", "5%", "95%"),
                summary));
        if (!generations.isEmpty()) {
            tables.add(new CalibrationPage.Table("Generations", List.of("generation", "tolerance", "acceptance rate",
                    "effective sample size", "simulations", "total simulations"), generations));
        }
        CalibrationPage.write(dir, "Calibration " + spec.name(), List.of(
                "Target: " + spec.target().spells().size() + " ceasefires, " + spec.target().source() + ".",
                "Base scenario: " + spec.scenario() + "; each parameter set is simulated " + spec.replicates()
                        + " times (as many runs as observed ceasefires).",
                "Summary statistics: " + spec.statistics().measures().stream().map(Measure::label).toList() + " at days "
                        + spec.statistics().days() + "; distance: " + spec.distance().name().toLowerCase(Locale.ROOT)
                        + " (differences scaled by the observed standard errors).",
                method), tables, figures);
        return summary;
    }

    private static double[] column(Population p, int j) {
        double[] out = new double[p.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = p.thetas()[i][j];
        }
        return out;
    }

    static String num(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
