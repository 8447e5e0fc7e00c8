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
        double[] lo = new double[horizon + 1];
        double[] hi = new double[horizon + 1];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (truce.stats.SurvivalCurve km : points) {
            for (int d = 0; d <= horizon; d++) {
                double s = km.survivalAt(d);
                lo[d] = Math.min(lo[d], s);
                hi[d] = Math.max(hi[d], s);
            }
        }
        return new KmSpread(lo, hi, points.size());
    }

    /**
     * The spread of these points' own shares of runs still in force (no ending of any kind yet),
     * day by day to {@code horizon}: 1 minus the cumulative incidence of every ending, which is the
     * share of a point's runs whose {@code ending_day} is after the day, since no run is censored
     * before the horizon — the share averaged trajectories show.
     */
    static KmSpread ofInForce(java.util.List<truce.stats.CumulativeIncidence> points, int horizon) {
        double[] lo = new double[horizon + 1];
        double[] hi = new double[horizon + 1];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (truce.stats.CumulativeIncidence aj : points) {
            double[] times = aj.times();
            int next = 0;
            double share = 1;
            for (int d = 0; d <= horizon; d++) {
                while (next < times.length && times[next] <= d) { // the share changes only at the points' ending days
                    double ended = 0;
                    for (int k = 1; k <= aj.causes(); k++) {
                        ended += aj.incidenceAt(k, times[next]);
                    }
                    share = 1 - ended;
                    next++;
                }
                lo[d] = Math.min(lo[d], share);
                hi[d] = Math.max(hi[d], share);
            }
        }
        return new KmSpread(lo, hi, points.size());
    }
}
