package truce.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Contract of the k-sample log-rank test on data shaped like a sweep's. Subclasses supply the
 * route ({@link LogRank#test} from spells or {@link LogRank#testCounts} from counts).
 */
abstract class LogRankAbstractTest {

    /** The test under test, applied to groups of runs. */
    protected abstract LogRankResult test(List<Counts> groups);

    @Test
    void identicalGroupsGiveZero() {
        Counts c = Counts.random(1, 90, 300, 0.02);
        LogRankResult r = test(List.of(c, c, c));
        assertEquals(0.0, r.chiSquare(), 1e-9);
        assertEquals(2, r.degreesOfFreedom());
        assertEquals(1.0, r.pValue(), 1e-6);
    }

    @Test
    void detectsAClearDifference() {
        LogRankResult r = test(List.of(Counts.random(2, 90, 300, 0.01), Counts.random(3, 90, 300, 0.04)));
        assertEquals(1, r.degreesOfFreedom());
        assertTrue(r.rejects(0.001), () -> "p = " + r.pValue());
    }

    /**
     * Against the textbook form written directly from spells: {@code U' V^-1 U} over the first
     * {@code k - 1} groups, with {@code V} inverted by LU (Klein &amp; Moeschberger 2003, section 7.3).
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void matchesTheTextbookFormOnRandomData(long seed) {
        List<Counts> groups = new ArrayList<>();
        int k = 2 + (int) (seed % 3);
        for (int j = 0; j < k; j++) {
            groups.add(Counts.random(seed * 10 + j, 60, 40 + 30 * j, 0.01 + 0.005 * j * (seed % 2)));
        }
        LogRankResult r = test(groups);
        double expected = textbook(groups);
        assertEquals(expected, r.chiSquare(), 1e-9 * Math.max(1, expected));
        assertEquals(k - 1, r.degreesOfFreedom());
        double p = 1 - new ChiSquaredDistribution(k - 1).cumulativeProbability(expected);
        assertEquals(p, r.pValue(), 1e-9);
    }

    @Test
    void orderOfGroupsDoesNotMatter() {
        Counts a = Counts.random(4, 50, 100, 0.02);
        Counts b = Counts.random(5, 50, 150, 0.03);
        Counts c = Counts.random(6, 50, 80, 0.015);
        LogRankResult abc = test(List.of(a, b, c));
        LogRankResult cab = test(List.of(c, a, b));
        assertEquals(abc.chiSquare(), cab.chiSquare(), 1e-9 * abc.chiSquare());
        assertEquals(abc.pValue(), cab.pValue(), 1e-12);
    }

    @Test
    void noCollapsesCarryNoInformation() {
        LogRankResult r = test(List.of(Counts.of(30, 10), Counts.of(30, 5), Counts.of(30, 1)));
        assertEquals(new LogRankResult(0, 2, 1), r);
    }

    /** Everyone at risk collapses on the same day: the hypergeometric variance is 0. */
    @Test
    void allCollapsingTogetherCarriesNoInformation() {
        LogRankResult r = test(List.of(Counts.of(30, 0, 5, 5), Counts.of(30, 0, 5)));
        assertEquals(new LogRankResult(0, 1, 1), r);
    }

    @Test
    void singleRunGroups() {
        LogRankResult r = test(List.of(Counts.of(30, 0, 3), Counts.of(30, 1)));
        // day 3: N = 2, D = 1, group 0 expected 1/2, observed 1; V = 1 * 1 / 1 * 1/2 * 1/2.
        assertEquals(1.0, r.chiSquare(), 1e-12);
        assertEquals(1, r.degreesOfFreedom());
    }

    /** {@code U' V^-1 U} with the last group dropped, straight from the definitions. */
    static double textbook(List<Counts> groups) {
        int k = groups.size();
        List<List<Spell>> spells = new ArrayList<>();
        TreeSet<Double> eventTimes = new TreeSet<>();
        for (Counts c : groups) {
            List<Spell> s = c.spells();
            spells.add(s);
            s.stream().filter(Spell::event).forEach(x -> eventTimes.add(x.time()));
        }
        RealVector u = MatrixUtils.createRealVector(new double[k - 1]);
        RealMatrix v = MatrixUtils.createRealMatrix(k - 1, k - 1);
        for (double t : eventTimes) {
            double[] n = new double[k];
            double[] d = new double[k];
            double bigN = 0;
            double bigD = 0;
            for (int j = 0; j < k; j++) {
                for (Spell x : spells.get(j)) {
                    if (x.time() >= t) {
                        n[j]++;
                    }
                    if (x.time() == t && x.event()) {
                        d[j]++;
                    }
                }
                bigN += n[j];
                bigD += d[j];
            }
            for (int j = 0; j < k - 1; j++) {
                u.addToEntry(j, d[j] - bigD * n[j] / bigN);
                for (int l = 0; l < k - 1; l++) {
                    double cov = bigN > 1
                            ? bigD * (bigN - bigD) / (bigN - 1) * n[j] / bigN * ((j == l ? 1 : 0) - n[l] / bigN)
                            : 0;
                    v.addToEntry(j, l, cov);
                }
            }
        }
        RealVector solved = new LUDecomposition(v).getSolver().solve(u);
        return u.dotProduct(solved);
    }
}
