package truce.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import truce.stats.AalenJohansen;
import truce.stats.CompetingSpell;
import truce.stats.ConfidenceType;
import truce.stats.CumulativeIncidence;
import truce.stats.Holm;
import truce.stats.Interval;
import truce.stats.KaplanMeier;
import truce.stats.LogRank;
import truce.stats.LogRankResult;
import truce.stats.RestrictedMean;
import truce.stats.SurvivalCurve;

/**
 * Scenarios side by side: for each, Kaplan–Meier survival at fixed days with Greenwood 95%
 * intervals, the median, the restricted mean survival time (RMST) to a common horizon with its
 * 95% interval and its difference to the first scenario (Royston &amp; Parmar 2013), and the
 * cumulative incidence of each ending (Aalen–Johansen); for each pair of scenarios, the log-rank
 * test with Holm's correction over all pairs. An immutable value; charts and files read it.
 *
 * @param tau the RMST horizon, in days
 * @param confidence how the survival intervals are built (as R's {@code survfit(conf.type)})
 * @param rows one per scenario, the reference first
 * @param pairs one per pair of scenarios (i &lt; j), in order
 * @param endings the ways runs ended, over all scenarios (empty if none collapsed)
 * @param overall the k-sample log-rank test across all scenarios
 * @param sameStates whether every scenario has the same state names
 */
public record Comparison(int tau, ConfidenceType confidence, List<Row> rows, List<Pair> pairs, List<String> endings, LogRankResult overall,
                         boolean sameStates) {

    /** Days at which survival and cumulative incidence are reported. */
    public static final List<Integer> DAYS = List.of(30, 90, 180, 365);
    /** Confidence level of every interval. */
    public static final double LEVEL = 0.95;

    public Comparison {
        rows = List.copyOf(rows);
        pairs = List.copyOf(pairs);
        endings = List.copyOf(endings);
    }

    /**
     * One scenario.
     *
     * @param label its name
     * @param file its file
     * @param horizon its horizon, in days
     * @param n runs
     * @param collapses runs that ended before the horizon
     * @param km its Kaplan–Meier curve
     * @param survival survival at each of {@link #DAYS} within the horizon (absent beyond it),
     *     with its interval, null where none exists (S = 0)
     * @param median median day of collapse, empty if not reached
     * @param rmst restricted mean survival time to {@code tau}
     * @param difference RMST minus the first scenario's; null for the first
     * @param incidence cumulative incidence of each ending at each of {@link #DAYS} (NaN beyond the
     *     horizon)
     */
    public record Row(String label, String file, int horizon, long n, long collapses, SurvivalCurve km,
                      Map<Integer, Interval> survival, OptionalDouble median, RestrictedMean rmst,
                      RestrictedMean.Difference difference, Map<String, double[]> incidence) {

        /** Kaplan–Meier survival at {@code day}. */
        public double survivalAt(int day) {
            return km.survivalAt(day);
        }
    }

    /**
     * A pairwise log-rank test.
     *
     * @param a the first scenario's label
     * @param b the second's
     * @param test the test
     * @param holm its p-value after Holm's correction over all pairs
     */
    public record Pair(String a, String b, LogRankResult test, double holm) {
    }

    /** Cumulative incidence of each kind of ending at {@link #DAYS} (NaN beyond the horizon). */
    private static Map<String, double[]> incidence(ScenarioRuns g, List<String> kinds) {
        Map<String, double[]> out = new LinkedHashMap<>();
        if (kinds.isEmpty()) {
            return out;
        }
        List<CompetingSpell> spells = g.endings().stream()
                .map(e -> new CompetingSpell(e.day(), e.how() == null ? 0 : kinds.indexOf(e.how()) + 1)).toList();
        CumulativeIncidence ci = AalenJohansen.estimate(spells, kinds.size());
        for (int k = 0; k < kinds.size(); k++) {
            double[] f = new double[DAYS.size()];
            for (int i = 0; i < f.length; i++) {
                f[i] = DAYS.get(i) > g.horizon() ? Double.NaN : ci.incidenceAt(k + 1, DAYS.get(i));
            }
            out.put(kinds.get(k), f);
        }
        return out;
    }

    /**
     * Compares scenarios.
     *
     * @param groups the scenarios' runs, the reference first; at least two, distinct labels
     * @param tau the RMST horizon in days; at most the shortest scenario horizon
     * @param confidence how the survival intervals are built; not null
     * @return the comparison
     * @throws IllegalArgumentException if fewer than two groups, a group has no runs, or
     *     {@code tau} is not in [1, shortest horizon]
     */
    public static Comparison of(List<ScenarioRuns> groups, int tau, ConfidenceType confidence) {
        if (groups.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two scenarios, found " + groups.size());
        }
        int shortest = groups.stream().mapToInt(ScenarioRuns::horizon).min().orElseThrow();
        if (tau < 1 || tau > shortest) {
            throw new IllegalArgumentException("the RMST horizon must be in [1, " + shortest + "], found " + tau);
        }
        java.util.TreeSet<String> endings = new java.util.TreeSet<>();
        groups.forEach(g -> g.endings().stream().map(ScenarioRuns.Ending::how).filter(java.util.Objects::nonNull)
                .forEach(endings::add));
        List<String> kinds = List.copyOf(endings);
        List<Row> rows = new ArrayList<>();
        for (ScenarioRuns g : groups) {
            if (g.spells().isEmpty()) {
                throw new IllegalArgumentException("scenario " + g.label() + " has no runs");
            }
            SurvivalCurve km = KaplanMeier.estimate(g.spells());
            Map<Integer, Interval> survival = new LinkedHashMap<>();
            for (int d : DAYS) {
                if (d <= g.horizon()) {
                    survival.put(d, km.intervalAt(d, LEVEL, confidence).orElse(null));
                }
            }
            RestrictedMean rmst = RestrictedMean.of(km, tau);
            RestrictedMean.Difference diff = rows.isEmpty() ? null : rmst.minus(rows.get(0).rmst(), LEVEL);
            Map<String, double[]> incidence = incidence(g, kinds);
            rows.add(new Row(g.label(), g.file(), g.horizon(), g.spells().size(), km.events(), km, survival,
                    km.median(), rmst, diff, incidence));
        }
        List<Pair> pairs = new ArrayList<>();
        List<LogRankResult> tests = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                tests.add(LogRank.test(List.of(groups.get(i).spells(), groups.get(j).spells())));
            }
        }
        double[] holm = Holm.adjust(tests.stream().mapToDouble(LogRankResult::pValue).toArray());
        int k = 0;
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                pairs.add(new Pair(groups.get(i).label(), groups.get(j).label(), tests.get(k), holm[k]));
                k++;
            }
        }
        LogRankResult overall = LogRank.test(groups.stream().map(ScenarioRuns::spells).toList());
        boolean sameStates = groups.stream().map(ScenarioRuns::states).distinct().count() == 1;
        return new Comparison(tau, confidence, rows, pairs, List.copyOf(endings), overall, sameStates);
    }
}
