package truce.calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import truce.chart.Band;
import truce.chart.BandChart;
import truce.chart.ChartFiles;
import truce.files.AtomicFiles;

/**
 * A posterior's prediction of a target it was not fitted to (out of sample): the posterior
 * predictive bands for data sets the size of the target, whether the observed curve lies inside
 * them at each compared day, and the distance of the observed summary from the predictive median
 * beside the same distance for the simulated data sets (the share of those at least as far is a
 * posterior predictive p-value: small means the observed curve is atypical of the prediction).
 *
 * @param inside days (of all compared) at which the observed value lies inside the 90% band
 * @param compared number of compared values
 * @param distance distance of the observed summary from the predictive median
 * @param simulatedMedian median of the simulated data sets' distances from the predictive median
 * @param pValue share of simulated data sets at least as far from the median as the observed
 */
public record Prediction(int inside, int compared, double distance, double simulatedMedian, double pValue) {

    /** Number of simulated data sets. */
    public static final int DRAWS = CalibrationOutputs.PREDICTIVE_DRAWS;

    /**
     * Predicts, writes {@code prediction.csv} and the chart into {@code dir}.
     *
     * @param spec the calibration with the target to predict ({@link CalibrationSpec#withTarget})
     * @param posterior the posterior, its columns in the calibration's prior order
     */
    public static Prediction write(CalibrationSpec spec, Population posterior, Path dir, int threads) throws IOException {
        PosteriorPredictive.Result r;
        try {
            r = PosteriorPredictive.of(new TruceSimulator(spec), posterior, spec.statistics(), DRAWS, spec.masterSeed(),
                    threads);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        EndingCurves observed = spec.target().curves();
        SummaryStatistics stats = spec.statistics();
        double[] obs = stats.of(observed);
        int k = obs.length;
        double[] median = new double[k];
        double[] lo = new double[k];
        double[] hi = new double[k];
        for (int j = 0; j < k; j++) {
            double[] col = new double[r.summaries().length];
            for (int i = 0; i < col.length; i++) {
                col[i] = r.summaries()[i][j];
            }
            median[j] = AbcSmc.quantile(col, 0.5);
            lo[j] = AbcSmc.quantile(col, PosteriorPredictive.LOWER);
            hi[j] = AbcSmc.quantile(col, PosteriorPredictive.UPPER);
        }
        Distance fromMedian = new Distance(spec.distance(), median, stats.variances(observed), spec.replicates());
        double dObs = fromMedian.of(obs);
        double[] dSim = Arrays.stream(r.summaries()).mapToDouble(fromMedian::of).toArray();
        long atLeast = Arrays.stream(dSim).filter(d -> d >= dObs).count();
        int inside = 0;
        StringBuilder csv = new StringBuilder("statistic,observed,predictive_q05,predictive_median,predictive_q95,inside\n");
        for (int j = 0; j < k; j++) {
            boolean in = obs[j] >= lo[j] && obs[j] <= hi[j];
            inside += in ? 1 : 0;
            csv.append(String.format(Locale.ROOT, "%s,%.4f,%.4f,%.4f,%.4f,%b%n", stats.name(j), obs[j], lo[j], median[j],
                    hi[j], in));
        }
        Prediction p = new Prediction(inside, k, dObs, AbcSmc.quantile(dSim, 0.5), (double) atLeast / dSim.length);
        csv.append(String.format(Locale.ROOT, "# distance of the observed summary from the predictive median: %.2f;"
                + " simulated data sets: median %.2f; share at least as far: %.3f%n", p.distance(), p.simulatedMedian(),
                p.pValue()));
        Files.createDirectories(dir.resolve("charts"));
        AtomicFiles.writeText(dir.resolve("prediction.csv"), o -> o.write(csv.toString()));
        List<Band> bands = new ArrayList<>();
        for (var e : r.bands().entrySet()) {
            Measure m = e.getKey();
            String base = "prediction-" + m.label().replace('_', '-');
            ChartFiles.save(BandChart.create("Out-of-sample prediction: " + spec.target().name(),
                    "dashed: posterior predictive median of " + DRAWS + " data sets of " + spec.replicates()
                            + " runs; light band: 90%", m.label(), List.of(CurveSamples.band(observed, m, stats.lastDay(),
                            "observed (" + spec.replicates() + " ceasefires), 95% interval"), e.getValue())),
                    dir.resolve("charts"), base, BandChart.WIDTH, BandChart.HEIGHT);
            bands.add(e.getValue());
        }
        return p;
    }
}
