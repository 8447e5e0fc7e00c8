package truce.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ConfidenceTypeTest {

    @Test
    void parsesRsNames() {
        assertEquals(ConfidenceType.LOG, ConfidenceType.parse("log"));
        assertEquals(ConfidenceType.PLAIN, ConfidenceType.parse("PLAIN"));
        assertEquals(ConfidenceType.LOG_LOG, ConfidenceType.parse("log-log"));
        assertEquals("log-log", ConfidenceType.LOG_LOG.toString());
        assertThrows(IllegalArgumentException.class, () -> ConfidenceType.parse("arcsine"));
    }

    /** R gives NA at p = 0 for every type, and [p, p] where the standard error is 0. */
    @Test
    void degenerateCases() {
        for (ConfidenceType t : ConfidenceType.values()) {
            assertEquals(Optional.empty(), t.interval(0.0, Double.POSITIVE_INFINITY, 0.95));
            assertEquals(t == ConfidenceType.PLAIN ? Optional.of(new Interval(0, 0, 0.95)) : Optional.empty(),
                    t.intervalFromProbabilityScale(0.0, 0.0, 0.95), "R: [0, 0] on the probability scale, NA on the others");
            assertEquals(Optional.of(new Interval(1, 1, 0.95)), t.interval(1.0, 0.0, 0.95));
            assertEquals(Optional.of(new Interval(0.3, 0.3, 0.95)), t.intervalFromProbabilityScale(0.3, 0.0, 0.95));
        }
    }

    /** The log interval never leaves [0, 1]; the plain one is clipped there. */
    @Test
    void boundsStayInTheUnitInterval() {
        for (ConfidenceType t : ConfidenceType.values()) {
            for (double p : new double[] {0.001, 0.02, 0.5, 0.98, 0.999}) {
                Interval ci = t.interval(p, 3.0, 0.99).orElseThrow();
                assertEquals(true, ci.lower() >= 0 && ci.upper() <= 1 && ci.contains(p), t + " at " + p);
            }
        }
    }
}
