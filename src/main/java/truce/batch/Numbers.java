package truce.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How every results file writes a real number, so that files are byte-identical on any machine. */
public final class Numbers {

    /** Decimals kept. */
    public static final int DECIMALS = 6;

    private Numbers() {
    }

    /** Below this magnitude, x times 10^6 is an exact whole number in a double once rounded. */
    private static final double FAST_LIMIT = 1e9;
    private static final double SCALE = 1e6;

    /**
     * Formats a real number for a results file.
     *
     * @param x any double
     * @return at most {@value #DECIMALS} decimals, plain notation, no trailing zeros, {@code "0"}
     *     for negative zero; {@code Double.toString(x)} if not finite. Below 10^9 in magnitude the
     *     rounding is half-even of {@code x * 10^6} in double arithmetic (fast, and the same on
     *     every machine); above, half-even of the exact binary value
     */
    public static String format(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        if (Math.abs(x) < FAST_LIMIT) {
            return fixed((long) Math.rint(x * SCALE));
        }
        BigDecimal rounded = new BigDecimal(x).setScale(DECIMALS, RoundingMode.HALF_EVEN);
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** {@code micros / 10^6} in plain notation without trailing zeros. */
    private static String fixed(long micros) {
        if (micros == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder(24);
        if (micros < 0) {
            sb.append('-');
            micros = -micros;
        }
        sb.append(micros / 1_000_000L);
        long frac = micros % 1_000_000L;
        if (frac != 0) {
            String f = Long.toString(frac + 1_000_000L).substring(1); // six digits, leading zeros kept
            int end = f.length();
            while (f.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(f, 0, end);
        }
        return sb.toString();
    }
}
