package truce.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How every results file writes a real number, so that files are byte-identical on any machine. */
public final class Numbers {

    /** Decimals kept. */
    public static final int DECIMALS = 6;

    private Numbers() {
    }

    /**
     * Formats a real number for a results file.
     *
     * @param x any double
     * @return at most {@value #DECIMALS} decimals rounded half-even, plain notation, no trailing
     *     zeros, {@code "0"} for negative zero; {@code Double.toString(x)} if not finite
     */
    public static String format(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        BigDecimal rounded = new BigDecimal(x).setScale(DECIMALS, RoundingMode.HALF_EVEN);
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.stripTrailingZeros().toPlainString();
    }
}
