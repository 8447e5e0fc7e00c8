package truce.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Numbers#fixed} writes millionths exactly as {@code BigDecimal} writes them. */
class NumbersTest {

    private static String reference(long micros) {
        return micros == 0 ? "0" : BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString();
    }

    @Test
    void millionthsAsBigDecimalWritesThem() {
        long[] edges = {1, -1, 10, 100_000, 999_999, 1_000_000, -1_000_000, 1_000_001, 1_500_000, 120_000_000_000L,
            999_999_999_999_999L, -999_999_999_999_999L, 1_000_000_000_000L, 5_000, 50, -70_000_010};
        for (long m : edges) {
            assertEquals(reference(m), Numbers.fixed(m), "micros " + m);
        }
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            long m = r.nextLong(-999_999_999_999_999L, 1_000_000_000_000_000L) / (long) Math.pow(10, r.nextInt(16));
            assertEquals(reference(m), Numbers.fixed(m), "micros " + m);
        }
    }
}
