package truce.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import truce.stats.Interval;
import truce.stats.Proportions;

/**
 * Survival to the horizon by the levels of swept parameters, for the survival-by-parameter charts
 * and the heatmap: points that share a value are pooled (runs and survivals added, the Wilson
 * interval recomputed), and a sampled parameter's points are pooled into bins of equal count.
 */
public final class SurvivalByLevel {

    /** Most lines one chart takes. */
    public static final int MAX_LEVELS = 8;
    /** Beyond this many distinct values a parameter is treated as sampled and binned. */
    public static final int MAX_DISTINCT = 12;
    /** Bins of a sampled parameter. */
    public static final int BINS = 5;

    private SurvivalByLevel() {
    }

    /** One heatmap cell per design point, at the indices of its two levels (so cells are of equal size). */
    public static List<GridCell> cells(SweepSummary summary, SweptParameter x, SweptParameter y) {
        List<GridCell> cells = new ArrayList<>();
        for (SweepSummary.Point p : summary.points()) {
            cells.add(new GridCell(x.levels().indexOf(p.values().get(x.path())),
                    y.levels().indexOf(p.values().get(y.path())),
                    p.stats().survivalProportion(), p.stats().n()));
        }
        return cells;
    }

    /** The parameter whose levels make the lines of x's chart: another one with few levels. */
    public static SweptParameter lineParameter(List<SweptParameter> parameters, SweptParameter x) {
        if (parameters.size() != 2) {
            return null; // with more, lines by one parameter would mix the others' levels
        }
        SweptParameter other = parameters.get(parameters.get(0) == x ? 1 : 0);
        return other.levels().size() > 1 && other.levels().size() <= MAX_LEVELS ? other : null;
    }

    /**
     * Survival against {@code x}, one series per level of {@code by} (or one series): the points
     * sharing a value pooled, a sampled parameter's points in {@value #BINS} bins of equal count.
     *
     * @param label how a level of {@code by} is named in the legend
     */
    public static List<SurvivalSeries> series(SweepSummary summary, SweptParameter x, SweptParameter by,
                                              java.util.function.BiFunction<SweptParameter, String, String> label) {
        Map<String, List<SurvivalPoint>> lines = new LinkedHashMap<>();
        if (by != null) {
            by.levels().forEach(l -> lines.put(label.apply(by, l), new ArrayList<>()));
        }
        for (SweepSummary.Point p : summary.points()) {
            String line = by == null ? "" : label.apply(by, p.values().get(by.path()));
            Interval ci = p.stats().survival();
            lines.computeIfAbsent(line, k -> new ArrayList<>()).add(new SurvivalPoint(x.x(p.values().get(x.path())),
                    p.stats().survivalProportion(), ci.lower(), ci.upper(), p.stats().n()));
        }
        List<SurvivalSeries> out = new ArrayList<>();
        boolean sampled = x.levels().size() > MAX_DISTINCT;
        lines.forEach((name, points) -> {
            points.sort((a, b) -> Double.compare(a.x(), b.x()));
            out.add(new SurvivalSeries(name, sampled ? binned(points) : dedupe(points)));
        });
        return out;
    }

    /** Points at the same x (other parameters varying) are pooled: counts added, Wilson redone. */
    private static List<SurvivalPoint> dedupe(List<SurvivalPoint> sorted) {
        List<SurvivalPoint> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j < sorted.size() && sorted.get(j).x() == sorted.get(i).x()) {
                j++;
            }
            out.add(pool(sorted.subList(i, j)));
            i = j;
        }
        return out;
    }

    /**
     * A sampled design (Latin hypercube, Sobol) has a different value at every point, with the
     * other parameters varying too: its points are pooled into {@value #BINS} bins of equal count
     * along x, showing the parameter's main effect.
     */
    private static List<SurvivalPoint> binned(List<SurvivalPoint> sorted) {
        List<SurvivalPoint> out = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            List<SurvivalPoint> bin = sorted.subList(b * sorted.size() / BINS, (b + 1) * sorted.size() / BINS);
            if (!bin.isEmpty()) {
                out.add(pool(bin));
            }
        }
        return out;
    }

    /** One point for several: mean x, runs and survivals added, Wilson interval recomputed. */
    private static SurvivalPoint pool(List<SurvivalPoint> points) {
        if (points.size() == 1) {
            return points.get(0);
        }
        long n = 0;
        long survivals = 0;
        double x = 0;
        for (SurvivalPoint p : points) {
            n += p.n();
            survivals += Math.round(p.survival() * p.n());
            x += p.x();
        }
        Interval ci = Proportions.wilson(survivals, n, 0.95);
        return new SurvivalPoint(x / points.size(), (double) survivals / n, ci.lower(), ci.upper(), n);
    }

}
