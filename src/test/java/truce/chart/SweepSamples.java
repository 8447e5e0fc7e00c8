package truce.chart;

import truce.analysis.*;
import truce.stats.LogRankResult;
import truce.analysis.CollapseDays;
import truce.analysis.HistogramBin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Realistic synthetic sweep results for the sweep chart tests: a 9&times;3 grid of
 * mediator leverage (0.1..0.9) by militant attack rate (0.3, 0.6, 1.2 a week), where
 * survival to day 365 rises with leverage and falls with the attack rate; collapse days
 * drawn from a hazard that is high in the first weeks and then decays. Deterministic
 * (fixed seeds).
 */
final class SweepSamples {

    static final int HORIZON = 365;
    static final int RUNS = 200;
    static final double[] LEVERAGE = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    static final double[] ATTACK_RATE = {0.3, 0.6, 1.2};
    static final String X_LABEL = "mediators.qatar.leverage (0\u20131)";
    static final String Y_LABEL = "militants.ttp.attackRate (attacks/week)";

    private SweepSamples() {
    }

    /** Survival to the horizon: logistic in leverage (up) and attack rate (down). */
    static double survival(double leverage, double attackRate) {
        double logit = -0.3 + 3.2 * leverage - 2.2 * attackRate;
        return 1.0 / (1.0 + Math.exp(-logit));
    }

    static List<SurvivalSeries> survivalByLeverage() {
        Random rng = new Random(11);
        List<SurvivalSeries> out = new ArrayList<>();
        for (double rate : ATTACK_RATE) {
            List<SurvivalPoint> points = new ArrayList<>();
            for (double lev : LEVERAGE) {
                points.add(point(lev, binomial(rng, RUNS, survival(lev, rate)), RUNS));
            }
            out.add(new SurvivalSeries("militants.ttp.attackRate = " + rate, points));
        }
        return out;
    }

    static List<GridCell> grid() {
        Random rng = new Random(12);
        List<GridCell> out = new ArrayList<>();
        for (double rate : ATTACK_RATE) {
            for (double lev : LEVERAGE) {
                long k = binomial(rng, RUNS, survival(lev, rate));
                out.add(new GridCell(lev, rate, (double) k / RUNS, RUNS));
            }
        }
        return out;
    }

    /** A survival point with its Wilson 95% interval. */
    static SurvivalPoint point(double x, long survived, long n) {
        double[] ci = wilson(survived, n);
        return new SurvivalPoint(x, (double) survived / n, ci[0], ci[1], n);
    }

    static double[] wilson(long k, long n) {
        double z = 1.959963984540054;
        double p = (double) k / n;
        double denom = 1 + z * z / n;
        double centre = (p + z * z / (2 * n)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denom;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /**
     * Collapse days of {@code n} runs at one attack rate, leverage drawn uniformly; a run
     * that survives the horizon gets {@code NaN}. The daily hazard is
     * {@code h0 · exp(-day / 30)} plus a small constant.
     */
    static double[] collapseDays(long seed, double attackRate, int n) {
        Random rng = new Random(seed);
        double[] days = new double[n];
        for (int i = 0; i < n; i++) {
            double lev = 0.1 + 0.8 * rng.nextDouble();
            double h0 = 0.03 * attackRate * (1.3 - lev);
            double day = Double.NaN;
            for (int d = 0; d < HORIZON; d++) {
                double h = h0 * Math.exp(-d / 30.0) + 0.0006 * attackRate;
                if (rng.nextDouble() < h) {
                    day = d;
                    break;
                }
            }
            days[i] = day;
        }
        return days;
    }

    /** Kaplan–Meier with Greenwood 95% bands; {@code NaN} days are censored at the horizon. */
    static KmCurve km(String label, double[] days) {
        double[] events = Arrays.stream(days).filter(d -> !Double.isNaN(d)).sorted().toArray();
        int atRisk = days.length;
        double s = 1.0;
        double greenwood = 0.0;
        List<KmStep> steps = new ArrayList<>();
        int i = 0;
        while (i < events.length) {
            double t = events[i];
            int d = 0;
            while (i < events.length && events[i] == t) {
                d++;
                i++;
            }
            s *= 1.0 - (double) d / atRisk;
            if (atRisk > d) {
                greenwood += (double) d / ((double) atRisk * (atRisk - d));
            }
            double se = s * Math.sqrt(greenwood);
            steps.add(new KmStep(t, s, Math.max(0, s - 1.96 * se), Math.min(1, s + 1.96 * se)));
            atRisk -= d;
        }
        List<Double> censored = events.length < days.length ? List.of((double) HORIZON) : List.of();
        return new KmCurve(label, steps, censored, HORIZON);
    }

    static List<KmCurve> kmCurves() {
        List<KmCurve> out = new ArrayList<>();
        for (int r = 0; r < ATTACK_RATE.length; r++) {
            out.add(km("militants.ttp.attackRate = " + ATTACK_RATE[r],
                    collapseDays(100 + r, ATTACK_RATE[r], 600)));
        }
        return out;
    }

    static LogRankResult logRank() {
        return new LogRankResult(12.34, 2, 0.0021);
    }

    static CollapseDays collapseDays() {
        double[] all = new double[0];
        for (int r = 0; r < ATTACK_RATE.length; r++) {
            double[] d = collapseDays(100 + r, ATTACK_RATE[r], 600);
            double[] joined = Arrays.copyOf(all, all.length + d.length);
            System.arraycopy(d, 0, joined, all.length, d.length);
            all = joined;
        }
        double[] collapsed = Arrays.stream(all).filter(d -> !Double.isNaN(d)).toArray();
        return CollapseDays.fromDays(collapsed, all.length, HORIZON);
    }

    /** The summary table of the grid, as summary.csv would have it. */
    static List<List<String>> summaryRows() {
        List<List<String>> rows = new ArrayList<>();
        for (GridCell c : grid()) {
            long k = Math.round(c.survival() * c.n());
            double[] ci = wilson(k, c.n());
            rows.add(List.of(DisplayFormat.number(c.x()), DisplayFormat.number(c.y()),
                    String.valueOf(c.n()), String.valueOf(k), DisplayFormat.number(c.survival()),
                    DisplayFormat.number(ci[0]), DisplayFormat.number(ci[1])));
        }
        return rows;
    }

    static List<String> summaryHeader() {
        return List.of("mediators.qatar.leverage", "militants.ttp.attackRate", "n", "survived",
                "survival", "lower95", "upper95");
    }

    private static long binomial(Random rng, int n, double p) {
        long k = 0;
        for (int i = 0; i < n; i++) {
            k += rng.nextDouble() < p ? 1 : 0;
        }
        return k;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
