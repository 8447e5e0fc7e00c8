package truce.calibration;

import java.util.ArrayList;
import java.util.List;
import truce.chart.Band;
import truce.model.Ending;

/**
 * Observed curves read off day by day with pointwise 95% intervals (plain: estimate ± 1.96 se,
 * clipped to [0, 1]), for tables, CSV files and charts.
 */
public final class CurveSamples {

    /** The standard normal quantile of a two-sided 95% interval. */
    public static final double Z95 = 1.959963984540054;

    private CurveSamples() {
    }

    /** A measure on days 0..last as a band with its 95% interval. */
    public static Band band(EndingCurves c, Measure m, int last, String label) {
        int n = last + 1;
        double[] days = new double[n];
        double[] v = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int d = 0; d < n; d++) {
            days[d] = d;
            v[d] = m.at(c, d);
            double se = Math.sqrt(m.varianceAt(c, d));
            lo[d] = Math.max(0, v[d] - Z95 * se);
            hi[d] = Math.min(1, v[d] + Z95 * se);
        }
        return new Band(label, days, v, lo, hi, false);
    }

    /** The measures that have events in the data: survival, then the incidence of each ending seen. */
    public static List<Measure> measuresSeen(List<Observation> spells) {
        List<Measure> out = new ArrayList<>(List.of(Measure.SURVIVAL));
        for (Ending e : EndingCurves.EVENTS) {
            if (spells.stream().anyMatch(o -> o.ending() == e)) {
                out.add(Measure.incidence(e));
            }
        }
        return out;
    }
}
