package truce.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import truce.stats.Interval;

/**
 * One design point's headline estimates, as the report's table shows them: survival to the
 * horizon with its Wilson interval, Kaplan–Meier survival at fixed days with their intervals
 * (of the summary's type), and the median collapse day.
 *
 * @param id the point id
 * @param values swept key path to value
 * @param n runs
 * @param survival survival to the horizon
 * @param survivalInterval its Wilson 95% interval
 * @param km Kaplan–Meier survival at each of {@code days}
 * @param kmIntervals their 95% intervals (empty where the estimate is 0)
 * @param days the days, those of {@link SweepSummary#KM_DAYS} within the horizon
 * @param median the median collapse day, empty if not reached
 */
public record PointEstimates(String id, Map<String, String> values, long n, double survival,
                             Interval survivalInterval, List<Double> km, List<Optional<Interval>> kmIntervals,
                             List<Integer> days, OptionalDouble median) {

    public PointEstimates {
        km = List.copyOf(km);
        kmIntervals = List.copyOf(kmIntervals);
        days = List.copyOf(days);
    }

    /** The estimates of the first {@code limit} points of a summary (all, if fewer), in point order. */
    public static List<PointEstimates> of(SweepSummary summary, int limit) {
        int horizon = summary.manifest().horizon();
        List<Integer> days = SweepSummary.KM_DAYS.stream().filter(d -> d <= horizon).toList();
        List<PointEstimates> out = new ArrayList<>();
        for (SweepSummary.Point p : summary.points().subList(0, Math.min(limit, summary.points().size()))) {
            List<Double> km = new ArrayList<>();
            List<Optional<Interval>> ci = new ArrayList<>();
            for (int d : days) {
                km.add(p.stats().kmAt(d));
                ci.add(p.stats().kmIntervalAt(d, summary.ciType()));
            }
            out.add(new PointEstimates(p.id(), p.values(), p.stats().n(), p.stats().survivalProportion(),
                    p.stats().survival(), km, ci, days, p.stats().medianCollapseDay()));
        }
        return out;
    }
}
