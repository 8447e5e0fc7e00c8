package truce.analysis;

/**
 * The spread between the design points a pooled Kaplan–Meier curve pools: on each day, the lowest
 * and the highest of those points' own Kaplan–Meier estimates. A pooled curve alone hides it.
 *
 * @param lowest the lowest point's survival on days 0, 1, ..., horizon
 * @param highest the highest point's survival on those days
 * @param points how many design points are pooled
 */
public record KmSpread(double[] lowest, double[] highest, int points) {

    public KmSpread {
        if (lowest.length != highest.length) {
            throw new IllegalArgumentException("one lowest and one highest value a day");
        }
        lowest = lowest.clone();
        highest = highest.clone();
    }

    /** The spread of these points' own curves, day by day to {@code horizon}. */
    static KmSpread of(java.util.List<truce.stats.SurvivalCurve> points, int horizon) {
        double[][] bounds = empty(horizon);
        for (truce.stats.SurvivalCurve km : points) {
            java.util.List<truce.stats.SurvivalStep> steps = km.steps();
            double[] times = new double[steps.size()];
            double[] survival = new double[steps.size()];
            for (int i = 0; i < times.length; i++) {
                times[i] = steps.get(i).time();
                survival[i] = steps.get(i).survival();
            }
            include(times, survival, bounds);
        }
        return new KmSpread(bounds[0], bounds[1], points.size());
    }

    /**
     * The spread of these points' own shares of runs still in force (no ending of any kind yet),
     * day by day to {@code horizon}: 1 minus the cumulative incidence of every ending, which is the
     * share of a point's runs whose {@code ending_day} is after the day, since no run is censored
     * before the horizon — the share averaged trajectories show.
     */
    static KmSpread ofInForce(java.util.List<truce.stats.DayCounts> points, int horizon) {
        double[][] bounds = empty(horizon);
        for (truce.stats.DayCounts p : points) {
            truce.stats.CumulativeIncidence aj = p.aalenJohansen();
            double[] times = aj.times();
            double[] inForce = new double[times.length];
            for (int i = 0; i < times.length; i++) {
                double ended = 0;
                for (int k = 1; k <= aj.causes(); k++) {
                    ended += aj.incidenceAt(k, times[i]);
                }
                inForce[i] = 1 - ended;
            }
            include(times, inForce, bounds);
        }
        return new KmSpread(bounds[0], bounds[1], points.size());
    }

    /** Lowest and highest on days 0..horizon, before any point. */
    private static double[][] empty(int horizon) {
        double[][] bounds = new double[2][horizon + 1];
        java.util.Arrays.fill(bounds[0], Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(bounds[1], Double.NEGATIVE_INFINITY);
        return bounds;
    }

    /**
     * Widens the bounds by a step function: {@code values[i]} from {@code times[i]} on, 1 before the
     * first time. One walk along the steps, not a search a day (a sampled design pools tens of
     * thousands of points here).
     */
    private static void include(double[] times, double[] values, double[][] bounds) {
        int i = -1;
        for (int d = 0; d < bounds[0].length; d++) {
            while (i + 1 < times.length && times[i + 1] <= d) {
                i++;
            }
            double s = i < 0 ? 1.0 : values[i];
            bounds[0][d] = Math.min(bounds[0][d], s);
            bounds[1][d] = Math.max(bounds[1][d], s);
        }
    }
}
