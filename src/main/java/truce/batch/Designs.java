package truce.batch;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomDataGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import truce.scenario.Axis;
import truce.scenario.Design;

/**
 * Expands a sweep's design into its points: a full-factorial grid, an explicit list, a Latin
 * hypercube (McKay, Beckman &amp; Conover 1979) or a Sobol sequence (Sobol' 1967; Commons Math's
 * {@link SobolSequenceGenerator}, Joe &amp; Kuo direction numbers). Generated numbers are rounded
 * to 12 significant digits, and the rounded text is both what the run uses and what the results
 * record.
 */
public final class Designs {

    private static final MathContext DIGITS = new MathContext(12);

    private Designs() {
    }

    /**
     * The design's points, in a fixed order (grid: first parameter slowest).
     *
     * @param design the design; not null
     * @param masterSeed the sweep's master seed, from which a Latin hypercube's draws derive
     * @return the points, indexed from 0
     */
    public static List<DesignPoint> expand(Design design, long masterSeed) {
        List<Map<String, String>> values = switch (design.type()) {
            case GRID -> grid(design.axes());
            case LIST -> design.points();
            case LHS -> latinHypercube(design.axes(), design.samples(), masterSeed);
            case SOBOL -> sobol(design.axes(), design.samples());
            case SALTELLI -> scale(design.axes(), saltelli(design.axes().size(), design.samples()));
            case MORRIS -> scale(design.axes(), morris(design.axes().size(), design.samples(), masterSeed));
        };
        List<DesignPoint> points = new ArrayList<>(values.size());
        for (Map<String, String> v : values) {
            points.add(new DesignPoint(points.size(), v));
        }
        return points;
    }

    /** The swept key paths, in column order. */
    public static List<String> columns(Design design) {
        if (!design.axes().isEmpty()) {
            return design.axes().stream().map(Axis::path).toList();
        }
        LinkedHashMap<String, Boolean> seen = new LinkedHashMap<>();
        design.points().forEach(p -> p.keySet().forEach(k -> seen.put(k, true)));
        return List.copyOf(seen.keySet());
    }

    private static List<Map<String, String>> grid(List<Axis> axes) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Axis a : axes) {
            List<String> levels = a.listed() ? a.values() : evenlySpaced(a);
            List<Map<String, String>> next = new ArrayList<>(out.size() * levels.size());
            for (Map<String, String> prefix : out) {
                for (String level : levels) {
                    Map<String, String> m = new LinkedHashMap<>(prefix);
                    m.put(a.path(), level);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    private static List<String> evenlySpaced(Axis a) {
        java.util.LinkedHashSet<String> levels = new java.util.LinkedHashSet<>();
        for (int i = 0; i < a.steps(); i++) {
            double x = a.steps() == 1 ? a.from() : a.from() + i * (a.to() - a.from()) / (a.steps() - 1);
            levels.add(text(a, x)); // rounding may merge neighbours: keep each level once
        }
        return new ArrayList<>(levels);
    }

    private static List<Map<String, String>> latinHypercube(List<Axis> axes, int n, long masterSeed) {
        RandomDataGenerator random = new RandomDataGenerator(
                new MersenneTwister(Seeds.run(masterSeed, Seeds.hash("latin hypercube"), 0)));
        double[][] unit = new double[n][axes.size()];
        for (int j = 0; j < axes.size(); j++) {
            int[] strata = random.nextPermutation(n, n);
            for (int i = 0; i < n; i++) {
                unit[i][j] = (strata[i] + random.nextUniform(0, 1)) / n;
            }
        }
        return scale(axes, unit);
    }

    private static List<Map<String, String>> sobol(List<Axis> axes, int n) {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(axes.size());
        sobol.nextVector(); // the sequence starts at the origin, a corner of the box: skip it
        double[][] unit = new double[n][];
        for (int i = 0; i < n; i++) {
            unit[i] = sobol.nextVector();
        }
        return scale(axes, unit);
    }

    /**
     * Saltelli's design in the unit cube (Saltelli et al. 2010): the first n points (after the
     * origin) of a Sobol sequence of dimension 2k give A (first k coordinates) and B (last k);
     * for each base sample j the rows are A_j, B_j, then AB_1j ... AB_kj, where AB_i is A with
     * column i taken from B.
     *
     * @param k number of parameters
     * @param n number of base samples
     * @return n x (k + 2) rows of k coordinates
     */
    public static double[][] saltelli(int k, int n) {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.nextVector(); // skip the origin
        double[][] rows = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            double[] u = sobol.nextVector();
            double[] a = java.util.Arrays.copyOfRange(u, 0, k);
            double[] b = java.util.Arrays.copyOfRange(u, k, 2 * k);
            int base = j * (k + 2);
            rows[base] = a;
            rows[base + 1] = b;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                rows[base + 2 + i] = ab;
            }
        }
        return rows;
    }

    /** Grid levels of a Morris design. */
    public static final int MORRIS_LEVELS = 4;

    /**
     * Morris's one-at-a-time design in the unit cube (Morris 1991): {@code r} trajectories on a
     * grid of {@value #MORRIS_LEVELS} levels; each starts at a random grid point among those
     * from which a step of {@code delta = levels / (2 (levels - 1))} up stays inside, and then
     * moves each coordinate once, in a random order, by +delta or -delta (as stays inside).
     *
     * @param k number of parameters
     * @param r number of trajectories
     * @param masterSeed the sweep's master seed, from which the draws derive
     * @return r x (k + 1) rows of k coordinates, trajectory by trajectory
     */
    public static double[][] morris(int k, int r, long masterSeed) {
        RandomDataGenerator random = new RandomDataGenerator(
                new MersenneTwister(Seeds.run(masterSeed, Seeds.hash("morris"), 0)));
        double delta = MORRIS_LEVELS / (2.0 * (MORRIS_LEVELS - 1));
        double[][] rows = new double[r * (k + 1)][];
        for (int t = 0; t < r; t++) {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) {
                x[i] = random.nextInt(0, MORRIS_LEVELS - 1) / (double) (MORRIS_LEVELS - 1); // a random level
            }
            rows[t * (k + 1)] = x.clone();
            int[] order = random.nextPermutation(k, k);
            for (int s = 0; s < k; s++) {
                int i = order[s];
                x[i] = x[i] + delta <= 1 + 1e-12 ? x[i] + delta : x[i] - delta;
                rows[t * (k + 1) + s + 1] = x.clone();
            }
        }
        return rows;
    }

    private static List<Map<String, String>> scale(List<Axis> axes, double[][] unit) {
        List<Map<String, String>> out = new ArrayList<>(unit.length);
        for (double[] u : unit) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int j = 0; j < axes.size(); j++) {
                Axis a = axes.get(j);
                double x = a.integer()
                        ? Math.min(a.to(), Math.floor(a.from() + u[j] * (a.to() - a.from() + 1)))
                        : a.from() + u[j] * (a.to() - a.from());
                m.put(a.path(), text(a, x));
            }
            out.add(m);
        }
        return out;
    }

    private static String text(Axis a, double x) {
        if (a.integer()) {
            return Long.toString(Math.round(x));
        }
        return new BigDecimal(x).round(DIGITS).stripTrailingZeros().toPlainString();
    }
}
