package truce.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers as the charts and the HTML report show them: short, consistent and
 * independent of the JVM's locale (always a '.' decimal point, no grouping).
 */
public final class DisplayFormat {

    /** Significant digits shown by {@link #number(double)}. */
    public static final int SIGNIFICANT = 3;

    private static final double SCI_BELOW = 1e-3;
    private static final double SCI_FROM = 1e6;

    private DisplayFormat() {
    }

    /**
     * A number for display: three significant digits without trailing zeros, but never
     * fewer digits than the integer part has; scientific notation with a signed two-digit
     * exponent below 0.001 and from a million on. Halves round away from zero.
     * Examples: {@code 0.347}, {@code 0.35}, {@code 1.2}, {@code 12.3}, {@code 365},
     * {@code 1235}, {@code 0.00123}, {@code 1.2e-05}, {@code 3.46e+06}, {@code 0},
     * {@code -0.5}, {@code NaN}, {@code Infinity}, {@code -Infinity}.
     *
     * @param x any double
     * @return the text; never {@code null}
     */
    public static String number(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        if (x == 0.0) {
            return "0"; // also -0.0
        }
        BigDecimal d = BigDecimal.valueOf(x); // shortest decimal that round-trips
        double abs = Math.abs(x);
        if (abs >= SCI_BELOW && abs < SCI_FROM) {
            // decimals so that at least SIGNIFICANT digits show; rounding can only add a digit
            int magnitude = d.precision() - d.scale() - 1; // floor(log10 |x|)
            int decimals = Math.max(0, SIGNIFICANT - 1 - magnitude);
            BigDecimal r = d.setScale(decimals, RoundingMode.HALF_UP);
            if (r.signum() != 0 && r.abs().compareTo(BigDecimal.valueOf(SCI_FROM)) < 0) {
                return strip(r).toPlainString();
            }
        }
        BigDecimal r = d.round(new MathContext(SIGNIFICANT, RoundingMode.HALF_UP));
        int exponent = r.precision() - r.scale() - 1;
        BigDecimal mantissa = strip(r.movePointLeft(exponent));
        return mantissa.toPlainString() + "e" + (exponent < 0 ? "-" : "+")
                + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
    }

    /**
     * A p-value as a report shows it: {@code "p < 0.001"} below 0.001, else
     * {@code "p = "} and three decimals (e.g. {@code "p = 0.002"}, {@code "p = 0.470"}).
     *
     * @param p the p-value, in [0, 1]
     * @return the text; never {@code null}
     * @throws IllegalArgumentException if {@code p} is not in [0, 1]
     */
    public static String pValue(double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("p-value must be in [0, 1]: " + p);
        }
        if (p < 0.001) {
            return "p < 0.001";
        }
        return "p = " + BigDecimal.valueOf(p).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * A fixed number of decimals, {@link Locale#ROOT} (e.g. {@code fixed(0.7349, 2)} is
     * {@code "0.73"}).
     *
     * @param x a finite double
     * @param decimals digits after the point, &ge; 0
     * @return the text; never {@code null}
     */
    public static String fixed(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return number(x);
        }
        String s = BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    private static BigDecimal strip(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
