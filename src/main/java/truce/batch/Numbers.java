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

    /**
     * {@code micros / 10^6} in plain notation without trailing zeros, digit by digit into one
     * array (results files hold millions of numbers). {@code |micros| < 10^15}.
     */
    static String fixed(long micros) {
        if (micros == 0) {
            return "0";
        }
        char[] buf = new char[24];
        int pos = buf.length;
        long m = Math.abs(micros);
        long frac = m % 1_000_000L;
        if (frac != 0) {
            int digits = 6;
            while (frac % 10 == 0) {
                frac /= 10;
                digits--;
            }
            for (int i = 0; i < digits; i++) { // leading zeros of the fraction included
                buf[--pos] = (char) ('0' + frac % 10);
                frac /= 10;
            }
            buf[--pos] = '.';
        }
        long whole = m / 1_000_000L;
        do {
            buf[--pos] = (char) ('0' + whole % 10);
            whole /= 10;
        } while (whole != 0);
        if (micros < 0) {
            buf[--pos] = '-';
        }
        return new String(buf, pos, buf.length - pos);
    }
}
