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
import truce.stats.ElementaryEffects;

/**
 * Morris screening of a sweep with a Morris design, from its per-point summary: elementary
 * effects of the survival proportion at the horizon and of Kaplan–Meier survival at a chosen
 * day, per whole range of each parameter (ranges are taken from the design's own extremes).
 */
public final class Screening {

    /** File name in a results folder. */
    public static final String FILE = "morris.csv";

    /**
     * The effects on one output.
     *
     * @param output what was analysed
     * @param parameters the swept parameters, in design order
     * @param effects one per parameter
     */
    public record Output(String output, List<String> parameters, List<ElementaryEffects.Effect> effects) {
    }

    private Screening() {
    }

    /** Whether the sweep's design is a Morris design. */
    public static boolean applies(SweepSummary summary) {
        return summary.manifest().design() == DesignType.MORRIS;
    }

    /** The effects on survival at the horizon and on KM survival at {@code day}. */
    public static List<Output> compute(SweepSummary summary, int day) {
        List<String> params = summary.manifest().parameters();
        List<SweepSummary.Point> points = summary.points();
        double[][] x = new double[points.size()][params.size()];
        double[] min = new double[params.size()];
        double[] max = new double[params.size()];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int p = 0; p < points.size(); p++) {
            for (int i = 0; i < params.size(); i++) {
                x[p][i] = Double.parseDouble(points.get(p).values().get(params.get(i)));
                min[i] = Math.min(min[i], x[p][i]);
                max[i] = Math.max(max[i], x[p][i]);
            }
        }
        double[] range = new double[params.size()];
        for (int i = 0; i < range.length; i++) {
            range[i] = max[i] - min[i];
        }
        List<Output> out = new ArrayList<>();
        for (SweepSummary.Measure m : summary.survivalMeasures(day)) {
            out.add(new Output(m.name(), params, effects(points, x, range, m.value(), summary)));
        }
        return out;
    }

    private static List<ElementaryEffects.Effect> effects(List<SweepSummary.Point> points, double[][] x, double[] range,
                                                          ToDoubleFunction<SweepSummary.Point> y, SweepSummary s) {
        double[] out = new double[points.size()];
        for (int p = 0; p < out.length; p++) {
            out[p] = y.applyAsDouble(points.get(p));
        }
        return ElementaryEffects.estimate(x, out, range, Sensitivity.RESAMPLES, s.manifest().masterSeed());
    }

    /** Writes {@code morris.csv} atomically. */
    public static void write(Path dir, List<Output> outputs) throws IOException {
        AtomicFiles.writeText(dir.resolve(FILE), w -> {
            CSVPrinter p = new CSVPrinter(w, AppendLog.FORMAT);
            p.printRecord("output", "parameter", "mu_star", "mu_star_lo95", "mu_star_hi95", "mu", "sigma");
            for (Output o : outputs) {
                for (int i = 0; i < o.parameters().size(); i++) {
                    ElementaryEffects.Effect e = o.effects().get(i);
                    p.printRecord(o.output(), o.parameters().get(i), Numbers.format(e.muStar()),
                            Numbers.format(e.muStarInterval().lower()), Numbers.format(e.muStarInterval().upper()),
                            Numbers.format(e.mu()), Numbers.format(e.sigma()));
                }
            }
            p.flush();
        });
    }
}
