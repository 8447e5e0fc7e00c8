package truce.chart;

import java.util.Locale;

/**
 * The result of a log-rank test comparing the curves of a {@link KaplanMeierChart}.
 *
 * @param chiSquare the test statistic, finite, &ge; 0
 * @param df degrees of freedom (curves minus one), &ge; 1
 * @param p the p-value, in [0, 1]
 */
public record LogRank(double chiSquare, int df, double p) {

    /**
     * @throws IllegalArgumentException if a value is out of range
     */
    public LogRank {
        if (!(Double.isFinite(chiSquare) && chiSquare >= 0.0)) {
            throw new IllegalArgumentException("chiSquare must be finite and >= 0: " + chiSquare);
        }
        if (df < 1) {
            throw new IllegalArgumentException("df must be >= 1: " + df);
        }
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("p must be in [0, 1]: " + p);
        }
    }

    /**
     * The result as a chart shows it, e.g. {@code "log-rank χ² = 12.3, df = 2, p = 0.002"}
     * or {@code "log-rank χ² = 48.0, df = 2, p < 0.001"}.
     *
     * @return the text; never {@code null}
     */
    public String describe() {
        return String.format(Locale.ROOT, "log-rank \u03c7\u00b2 = %.1f, df = %d, ", this.chiSquare,
                this.df) + DisplayFormat.pValue(this.p);
    }
}
