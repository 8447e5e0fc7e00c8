package truce.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The Patient Rule Induction Method (Friedman &amp; Fisher 1999) for scenario discovery (Bryant
 * &amp; Lempert 2010): find a box (a range per parameter) in which the runs of interest are
 * dense. Peeling starts from the box of all runs and repeatedly cuts off the {@code alpha} share
 * of runs at the low or the high end of one parameter, choosing the cut that leaves the highest
 * share of runs of interest (Friedman &amp; Fisher's original objective), until fewer than
 * {@code minMass} of the runs remain; pasting then widens the last box again, one
 * {@code alpha}-sized slice at a time, while that raises the share. Each box on this peeling
 * trajectory is a candidate, trading coverage (the share of all runs of interest inside it)
 * against density (the share of its runs that are of interest).
 *
 * <p>For a discrete parameter (a grid), a cut removes at least one whole level: if the
 * {@code alpha} quantile is the lowest value, every run at that value is cut.
 *
 * <p>Each restricted dimension of a box gets the quasi-p-value EMA Workbench reports: with the
 * restriction on that dimension removed, the box holds runs with a share {@code p} of interest;
 * the one-sided binomial probability of seeing at least the box's count of runs of interest among
 * its runs if the share were {@code p}. A small value says the restriction matters.
 *
 * @see <a href="https://doi.org/10.1023/A:1008894516817">Friedman, J. H. &amp; Fisher, N. I.
 *      (1999). Bump hunting in high-dimensional data. Statistics and Computing 9, 123-143</a>
 * @see <a href="https://doi.org/10.1016/j.techfore.2009.08.002">Bryant, B. P. &amp; Lempert, R. J.
 *      (2010). Thinking inside the box: a participatory, computer-assisted approach to scenario
 *      discovery. Technological Forecasting and Social Change 77, 34-49</a>
 */
public final class Prim {

    /** Share of the box's runs cut by one peel (and added by one paste). */
    public static final double ALPHA = 0.05;
    /** Peeling stops before the box holds fewer than this share of all runs. */
    public static final double MIN_MASS = 0.05;

    /**
     * A box: a closed range per dimension, and what it holds.
     *
     * @param lower lower limit per dimension
     * @param upper upper limit per dimension
     * @param restricted whether each dimension is narrower than the data's range
     * @param coverage runs of interest inside / all runs of interest
     * @param density runs of interest inside / runs inside
     * @param mass runs inside / all runs
     * @param inside runs inside
     * @param hits runs of interest inside
     * @param qp quasi-p-value per dimension (NaN for an unrestricted one)
     */
    public record Box(double[] lower, double[] upper, boolean[] restricted, double coverage, double density,
                      double mass, int inside, int hits, double[] qp) {

        /** Number of restricted dimensions. */
        public int restrictedCount() {
            int k = 0;
            for (boolean r : restricted) {
                k += r ? 1 : 0;
            }
            return k;
        }
    }

    private final double[][] x;
    private final boolean[] y;
    private final int dims;
    private final double[] min;
    private final double[] max;
    private final int totalHits;

    private Prim(double[][] x, boolean[] y) {
        this.x = x;
        this.y = y;
        this.dims = x.length == 0 ? 0 : x[0].length;
        this.min = new double[dims];
        this.max = new double[dims];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        int hits = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < dims; j++) {
                min[j] = Math.min(min[j], x[i][j]);
                max[j] = Math.max(max[j], x[i][j]);
            }
            hits += y[i] ? 1 : 0;
        }
        this.totalHits = hits;
    }

    /**
     * The peeling trajectory: the box of all runs, each peeled box, and the pasted last box
     * (when pasting changed it).
     *
     * @param x one row per run, one column per parameter; finite values; not empty
     * @param y whether each run is of interest; at least one is, and not all
     * @return the boxes, in order
     * @throws IllegalArgumentException if the rows are empty or ragged, lengths differ, a value is
     *     not finite, or no run or every run is of interest
     */
    public static List<Box> trajectory(double[][] x, boolean[] y) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("expected as many outcomes as rows, at least one: " + x.length + ", " + y.length);
        }
        for (double[] row : x) {
            if (row.length != x[0].length || row.length == 0) {
                throw new IllegalArgumentException("rows must have the same number (> 0) of columns");
            }
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("values must be finite: " + v);
                }
            }
        }
        Prim p = new Prim(x, y);
        if (p.totalHits == 0 || p.totalHits == x.length) {
            throw new IllegalArgumentException("the outcome holds for " + p.totalHits + " of " + x.length
                    + " runs: nothing to discover");
        }
        return p.run();
    }

    private List<Box> run() {
        double[] lo = min.clone();
        double[] hi = max.clone();
        List<Box> boxes = new ArrayList<>();
        boxes.add(box(lo, hi));
        while (true) {
            double[][] next = bestPeel(lo, hi);
            if (next == null) {
                break;
            }
            Box b = box(next[0], next[1]);
            if (b.mass() < MIN_MASS) {
                break;
            }
            lo = next[0];
            hi = next[1];
            boxes.add(b);
        }
        double[][] pasted = paste(lo, hi);
        if (pasted != null) {
            boxes.add(box(pasted[0], pasted[1]));
        }
        return boxes;
    }

    /** The peel that leaves the highest density, or null if no peel removes anything. */
    private double[][] bestPeel(double[] lo, double[] hi) {
        int[] inside = inside(lo, hi);
        double bestDensity = -1;
        int bestRemoved = Integer.MAX_VALUE;
        double[][] best = null;
        for (int j = 0; j < dims; j++) {
            double[] values = new double[inside.length];
            for (int k = 0; k < inside.length; k++) {
                values[k] = x[inside[k]][j];
            }
            Arrays.sort(values);
            if (values[0] == values[values.length - 1]) {
                continue;
            }
            for (boolean low : new boolean[] {true, false}) {
                double[] nlo = lo.clone();
                double[] nhi = hi.clone();
                if (low) {
                    double q = values[(int) Math.floor(ALPHA * (values.length - 1))];
                    nlo[j] = q > values[0] ? q : next(values, values[0]);
                } else {
                    double q = values[(int) Math.ceil((1 - ALPHA) * (values.length - 1))];
                    nhi[j] = q < values[values.length - 1] ? q : previous(values, values[values.length - 1]);
                }
                int n = 0;
                int h = 0;
                for (int i : inside) {
                    if (x[i][j] >= nlo[j] && x[i][j] <= nhi[j]) {
                        n++;
                        h += y[i] ? 1 : 0;
                    }
                }
                if (n == 0 || n == inside.length) {
                    continue;
                }
                double d = (double) h / n;
                int removed = inside.length - n;
                if (d > bestDensity || (d == bestDensity && removed < bestRemoved)) {
                    bestDensity = d;
                    bestRemoved = removed;
                    best = new double[][] {nlo, nhi};
                }
            }
        }
        return best;
    }

    /** Pasting: widen one limit at a time by about alpha of the box's runs while density rises. */
    private double[][] paste(double[] lo0, double[] hi0) {
        double[] lo = lo0.clone();
        double[] hi = hi0.clone();
        boolean changed = false;
        while (true) {
            Box current = box(lo, hi);
            int step = Math.max(1, (int) Math.round(ALPHA * current.inside()));
            double bestDensity = current.density();
            double[][] best = null;
            for (int j = 0; j < dims; j++) {
                for (boolean low : new boolean[] {true, false}) {
                    double edge = outsideEdge(lo, hi, j, low, step);
                    if (Double.isNaN(edge)) {
                        continue;
                    }
                    double[] nlo = lo.clone();
                    double[] nhi = hi.clone();
                    if (low) {
                        nlo[j] = edge;
                    } else {
                        nhi[j] = edge;
                    }
                    Box b = box(nlo, nhi);
                    if (b.density() > bestDensity) {
                        bestDensity = b.density();
                        best = new double[][] {nlo, nhi};
                    }
                }
            }
            if (best == null) {
                return changed ? new double[][] {lo, hi} : null;
            }
            lo = best[0];
            hi = best[1];
            changed = true;
        }
    }

    /**
     * The new limit that brings about {@code step} more runs (those just outside the box on side
     * {@code low} of dimension j, within the box's other limits) into the box; NaN if none.
     */
    private double outsideEdge(double[] lo, double[] hi, int j, boolean low, int step) {
        List<Double> candidates = new ArrayList<>();
        for (double[] row : x) {
            boolean others = true;
            for (int k = 0; k < dims && others; k++) {
                others = k == j || (row[k] >= lo[k] && row[k] <= hi[k]);
            }
            if (others && (low ? row[j] < lo[j] : row[j] > hi[j])) {
                candidates.add(row[j]);
            }
        }
        if (candidates.isEmpty()) {
            return Double.NaN;
        }
        candidates.sort(low ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder());
        return candidates.get(Math.min(step, candidates.size()) - 1);
    }

    private static double next(double[] sorted, double v) {
        for (double s : sorted) {
            if (s > v) {
                return s;
            }
        }
        return v;
    }

    private static double previous(double[] sorted, double v) {
        for (int i = sorted.length - 1; i >= 0; i--) {
            if (sorted[i] < v) {
                return sorted[i];
            }
        }
        return v;
    }

    private int[] inside(double[] lo, double[] hi) {
        return java.util.stream.IntStream.range(0, x.length).filter(i -> in(x[i], lo, hi)).toArray();
    }

    private boolean in(double[] row, double[] lo, double[] hi) {
        for (int j = 0; j < dims; j++) {
            if (row[j] < lo[j] || row[j] > hi[j]) {
                return false;
            }
        }
        return true;
    }

    private Box box(double[] lo, double[] hi) {
        int n = 0;
        int h = 0;
        for (int i = 0; i < x.length; i++) {
            if (in(x[i], lo, hi)) {
                n++;
                h += y[i] ? 1 : 0;
            }
        }
        boolean[] restricted = new boolean[dims];
        double[] qp = new double[dims];
        for (int j = 0; j < dims; j++) {
            restricted[j] = lo[j] > min[j] || hi[j] < max[j];
            qp[j] = restricted[j] ? quasiP(lo, hi, j, n, h) : Double.NaN;
        }
        return new Box(lo.clone(), hi.clone(), restricted, (double) h / totalHits, n == 0 ? 0 : (double) h / n,
                (double) n / x.length, n, h, qp);
    }

    /** EMA Workbench's quasi-p-value of the restriction on dimension j (see the class comment). */
    private double quasiP(double[] lo, double[] hi, int j, int n, int h) {
        double[] wlo = lo.clone();
        double[] whi = hi.clone();
        wlo[j] = min[j];
        whi[j] = max[j];
        int nj = 0;
        int hj = 0;
        for (int i = 0; i < x.length; i++) {
            if (in(x[i], wlo, whi)) {
                nj++;
                hj += y[i] ? 1 : 0;
            }
        }
        if (n == 0 || nj == 0) {
            return Double.NaN;
        }
        double p = (double) hj / nj;
        if (h == 0) {
            return 1.0;
        }
        if (p >= 1.0) {
            return 1.0;
        }
        if (p <= 0.0) {
            return 0.0;
        }
        // P(X >= h), X ~ Binomial(n, p)
        return 1.0 - new BinomialDistribution(null, n, p).cumulativeProbability(h - 1);
    }

    /**
     * The box a user most likely wants when they name none: the one with the most runs of
     * interest beyond what chance would put in a box of its size, {@code hits - base * inside}
     * (the box's support times its excess density over the base rate, the quantity Friedman &amp;
     * Fisher weigh boxes by); the fewest restricted dimensions on a tie. The box of all runs
     * scores 0, so any box that concentrates the runs of interest beats it.
     *
     * @param boxes a trajectory, the box of all runs first; not empty
     * @return the index of that box
     */
    public static int suggested(List<Box> boxes) {
        Box all = boxes.get(0);
        double base = all.density();
        int best = 0;
        double bestScore = 0;
        for (int i = 1; i < boxes.size(); i++) {
            Box b = boxes.get(i);
            double score = b.hits() - base * b.inside();
            if (score > bestScore + 1e-9
                    || (Math.abs(score - bestScore) <= 1e-9 && b.restrictedCount() < boxes.get(best).restrictedCount())) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }
}
