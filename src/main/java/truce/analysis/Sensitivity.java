package truce.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.csv.CSVPrinter;
import truce.batch.AppendLog;
import truce.batch.Numbers;
import truce.files.AtomicFiles;
import truce.scenario.DesignType;
import truce.stats.SobolIndices;

/**
 * Sobol sensitivity indices of a sweep with a Saltelli design, from its per-point summary: of the
 * survival proportion at the horizon, and of Kaplan–Meier survival at a chosen day. Each design
 * point's output is estimated from its replicates, so the indices include that Monte Carlo noise
 * (a parameter the model ignores gets indices near, not exactly, zero).
 */
public final class Sensitivity {

    /** File name in a results folder. */
    public static final String FILE = "sensitivity.csv";
    /** Bootstrap resamples for the intervals. */
    static final int RESAMPLES = 1000;

    /**
     * The indices of one output.
     *
     * @param output what was analysed, e.g. {@code survival to day 365}
     * @param parameters the swept parameters, in design order
     * @param indices one per parameter
     */
    public record Output(String output, List<String> parameters, List<SobolIndices.Index> indices) {
    }

    private Sensitivity() {
    }

    /** Whether the sweep's design is a Saltelli design. */
    public static boolean applies(SweepSummary summary) {
        return summary.manifest().design() == DesignType.SALTELLI;
    }

    /**
     * The indices of survival at the horizon and of KM survival at {@code day}.
     *
     * @param summary a sweep with a Saltelli design; all its points complete
     * @param day the day for KM survival, within the horizon
     * @return the two outputs' indices
     */
    public static List<Output> compute(SweepSummary summary, int day) {
        List<String> params = summary.manifest().parameters();
        List<Output> out = new ArrayList<>();
        for (SweepSummary.Measure m : summary.survivalMeasures(day)) {
            out.add(new Output(m.name(), params, indices(summary, params.size(), m.value())));
        }
        return out;
    }

    private static List<SobolIndices.Index> indices(SweepSummary summary, int k, ToDoubleFunction<SweepSummary.Point> y) {
        List<SweepSummary.Point> points = summary.points();
        int n = points.size() / (k + 2);
        double[] yA = new double[n];
        double[] yB = new double[n];
        double[][] yAB = new double[k][n];
        for (int j = 0; j < n; j++) {
            int base = j * (k + 2);
            yA[j] = y.applyAsDouble(points.get(base));
            yB[j] = y.applyAsDouble(points.get(base + 1));
            for (int i = 0; i < k; i++) {
                yAB[i][j] = y.applyAsDouble(points.get(base + 2 + i));
            }
        }
        return SobolIndices.estimate(yA, yB, yAB, RESAMPLES, 0.95, summary.manifest().masterSeed());
    }

    /** Writes {@code sensitivity.csv} atomically. */
    public static void write(Path dir, List<Output> outputs) throws IOException {
        AtomicFiles.writeText(dir.resolve(FILE), w -> {
            CSVPrinter p = new CSVPrinter(w, AppendLog.FORMAT);
            p.printRecord("output", "parameter", "first_order", "first_lo95", "first_hi95", "total_order",
                    "total_lo95", "total_hi95");
            for (Output o : outputs) {
                for (int i = 0; i < o.parameters().size(); i++) {
                    SobolIndices.Index x = o.indices().get(i);
                    p.printRecord(o.output(), o.parameters().get(i), Numbers.format(x.first()),
                            Numbers.format(x.firstInterval().lower()), Numbers.format(x.firstInterval().upper()),
                            Numbers.format(x.total()), Numbers.format(x.totalInterval().lower()),
                            Numbers.format(x.totalInterval().upper()));
                }
            }
            p.flush();
        });
    }
}
