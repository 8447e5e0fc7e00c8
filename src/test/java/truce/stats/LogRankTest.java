package truce.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

/** {@link LogRank#test} from individual spells, with the 6-MP versus placebo worked example. */
class LogRankTest extends LogRankAbstractTest {

    @Override
    protected LogRankResult test(List<Counts> groups) {
        List<List<Spell>> spells = new ArrayList<>();
        for (Counts c : groups) {
            spells.add(c.spells());
        }
        return LogRank.test(spells);
    }

    /**
     * Freireich et al. (1963), 6-MP versus placebo: log-rank statistic 16.79 on 1 degree of freedom
     * (Kleinbaum &amp; Klein 2012, <i>Survival Analysis: A Self-Learning Text</i>, 3rd ed., chapter 2,
     * from {@code O - E = -10.26} and {@code Var = 6.2685} (rounded) for the 6-MP group). Kleinbaum &amp;
     * Klein print the p-value as 0.000; the reference p-value here is the chi-square(1) tail of 16.79,
     * 4.17e-5, which agrees with R's {@code survdiff} on the same data ({@code p = 4e-05}).
     */
    @Test
    void sixMpVersusPlaceboMatchesPublishedStatistic() {
        LogRankResult r = LogRank.test(List.of(Leukemia.sixMp(), Leukemia.placebo()));
        assertEquals(16.79, r.chiSquare(), 0.01);
        assertEquals(1, r.degreesOfFreedom());
        assertEquals(4.17e-5, r.pValue(), 0.01e-5);
        assertEquals(1 - new ChiSquaredDistribution(1).cumulativeProbability(r.chiSquare()), r.pValue(), 1e-15);
        assertEquals(r.chiSquare(), LogRank.test(List.of(Leukemia.placebo(), Leukemia.sixMp())).chiSquare(), 1e-9);
    }

    /**
     * A third group whose spells all end before the first collapse (week 1) is never at risk at a
     * collapse: it is left out, with one degree of freedom less, and the statistic is unchanged.
     */
    @Test
    void groupNeverAtRiskAtACollapseLowersTheDegreesOfFreedom() {
        LogRankResult two = LogRank.test(List.of(Leukemia.sixMp(), Leukemia.placebo()));
        LogRankResult three = LogRank.test(List.of(Leukemia.sixMp(), List.of(Spell.censored(0.25), Spell.censored(0.5)),
                Leukemia.placebo()));
        assertEquals(1, three.degreesOfFreedom());
        assertEquals(two.chiSquare(), three.chiSquare(), 1e-12);
        assertEquals(two.pValue(), three.pValue(), 1e-15);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(NullPointerException.class, () -> LogRank.test(null));
        assertThrows(IllegalArgumentException.class, () -> LogRank.test(List.of(Leukemia.sixMp())));
        assertThrows(IllegalArgumentException.class, () -> LogRank.test(List.of(Leukemia.sixMp(), List.of())));
        assertThrows(NullPointerException.class, () -> LogRank.test(Arrays.asList(Leukemia.sixMp(), null)));
    }

    @Test
    void resultRejectsImpossibleValues() {
        assertThrows(IllegalArgumentException.class, () -> new LogRankResult(-1, 1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new LogRankResult(Double.NaN, 1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new LogRankResult(1, 0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new LogRankResult(1, 1, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new LogRankResult(1, 1, 0.5).rejects(0));
    }
}
