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
     * The design's points, in a fixed order (grid: first parameter slowest). The list is made
     * lazily: a point is built when it is asked for and not kept, so a design of a million
     * points costs its numbers (a few doubles a point for sampled designs, nothing for a grid),
     * not a million maps.
     *
     * @param design the design; not null
     * @param masterSeed the sweep's master seed, from which a Latin hypercube's draws derive
     * @return the points, indexed from 0; immutable, thread-safe
     */
    public static List<DesignPoint> expand(Design design, long masterSeed) {
        List<Axis> axes = design.axes();
        return switch (design.type()) {
            case GRID -> grid(axes);
            case LIST -> new Points(design.points().size(), design.points()::get);
            case LHS -> scaled(axes, latinHypercube(axes, design.samples(), masterSeed), design.samples());
            case SOBOL -> scaled(axes, sobol(axes, design.samples()), design.samples());
            case SALTELLI -> scaled(axes, flat(saltelli(axes.size(), design.samples()), axes.size()),
                    design.samples() * (axes.size() + 2));
            case MORRIS -> scaled(axes, flat(morris(axes.size(), design.samples(), masterSeed), axes.size()),
                    design.samples() * (axes.size() + 1));
        };
    }

    /** Points made on demand from their index. */
    private static final class Points extends java.util.AbstractList<DesignPoint> implements java.util.RandomAccess {
        private final int size;
        private final java.util.function.IntFunction<Map<String, String>> values;

        Points(int size, java.util.function.IntFunction<Map<String, String>> values) {
            this.size = size;
            this.values = values;
        }

        @Override
        public DesignPoint get(int i) {
            java.util.Objects.checkIndex(i, size);
            return new DesignPoint(i, values.apply(i));
        }

        @Override
        public int size() {
            return size;
        }
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

    /** The full factorial product, first parameter slowest: point i's levels are i's digits in mixed radix. */
    private static List<DesignPoint> grid(List<Axis> axes) {
        List<List<String>> levels = new ArrayList<>();
        long size = 1;
        for (Axis a : axes) {
            List<String> l = levels(a);
            levels.add(l);
            size *= l.size();
        }
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a grid of " + size + " points"); // the loader caps grids far below
        }
        return new Points((int) size, i -> {
            String[] chosen = new String[levels.size()];
            int rest = i;
            for (int j = levels.size() - 1; j >= 0; j--) {
                List<String> l = levels.get(j);
                chosen[j] = l.get(rest % l.size());
                rest /= l.size();
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int j = 0; j < chosen.length; j++) {
                m.put(axes.get(j).path(), chosen[j]);
            }
            return m;
        });
    }

    private static List<String> evenlySpaced(Axis a) {
        java.util.LinkedHashSet<String> levels = new java.util.LinkedHashSet<>();
        for (int i = 0; i < a.steps(); i++) {
            double x = a.steps() == 1 ? a.from() : a.from() + i * (a.to() - a.from()) / (a.steps() - 1);
            levels.add(text(a, x)); // rounding may merge neighbours: keep each level once
        }
        return new ArrayList<>(levels);
    }

    /** The unit-cube coordinates of a Latin hypercube, point by point ({@code n x k}, flat). */
    private static double[] latinHypercube(List<Axis> axes, int n, long masterSeed) {
        RandomDataGenerator random = new RandomDataGenerator(
                new MersenneTwister(Seeds.run(masterSeed, Seeds.hash("latin hypercube"), 0)));
        int k = axes.size();
        double[] unit = new double[n * k];
        for (int j = 0; j < k; j++) {
            int[] strata = random.nextPermutation(n, n);
            for (int i = 0; i < n; i++) {
                unit[i * k + j] = (strata[i] + random.nextUniform(0, 1)) / n;
            }
        }
        return unit;
    }

    /** The first n points (after the origin) of a Sobol sequence, flat. */
    private static double[] sobol(List<Axis> axes, int n) {
        int k = axes.size();
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(k);
        sobol.nextVector(); // the sequence starts at the origin, a corner of the box: skip it
        double[] unit = new double[n * k];
        for (int i = 0; i < n; i++) {
            System.arraycopy(sobol.nextVector(), 0, unit, i * k, k);
        }
        return unit;
    }

    private static double[] flat(double[][] rows, int k) {
        double[] unit = new double[rows.length * k];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, unit, i * k, k);
        }
        return unit;
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

    /** Points of a sampled design: unit-cube coordinates ({@code n x k}, flat) scaled to each axis's range. */
    private static List<DesignPoint> scaled(List<Axis> axes, double[] unit, int n) {
        int k = axes.size();
        return new Points(n, i -> {
            Map<String, String> m = new LinkedHashMap<>();
            for (int j = 0; j < k; j++) {
                Axis a = axes.get(j);
                m.put(a.path(), sampled(a, unit[i * k + j]));
            }
            return m;
        });
    }

    /** The value of a sampled axis at unit coordinate {@code u}: non-decreasing in {@code u}. */
    private static String sampled(Axis a, double u) {
        double x = a.integer()
                ? Math.min(a.to(), Math.floor(a.from() + u * (a.to() - a.from() + 1)))
                : a.from() + u * (a.to() - a.from());
        return text(a, x);
    }

    /**
     * The values a grid's axis takes, in order: its listed values, or its evenly spaced levels
     * (each once).
     *
     * @param a an axis of a grid design; not null
     * @return the levels; point i of the grid takes level {@code (i / stride) % size} of each axis
     */
    public static List<String> levels(Axis a) {
        return a.listed() ? List.copyOf(a.values()) : evenlySpaced(a);
    }

    /**
     * The least and the greatest value a sampled design (LHS, Sobol, Saltelli, Morris) can give
     * a range axis: its values at unit coordinates 0 and 1. Every value the design gives the axis
     * lies between them, as numbers, since each step from a coordinate to its text (scaling,
     * floating-point rounding, rounding to 12 digits or to a whole number) never decreases.
     *
     * @param a a range axis of a sampled design; not null
     * @return the two values, least first
     */
    public static List<String> extremes(Axis a) {
        return List.of(sampled(a, 0), sampled(a, 1));
    }

    private static String text(Axis a, double x) {
        if (a.integer()) {
            return Long.toString(Math.round(x));
        }
        return new BigDecimal(x).round(DIGITS).stripTrailingZeros().toPlainString();
    }
}
