package truce.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AalenJohansenTest {

    /** With breakdown the only ending, incidence is 1 - KM and its variance Greenwood's. */
    @Test
    void withOneEndingIncidenceIsOneMinusKaplanMeierWithGreenwoodVariance() {
        Random r = new Random(7);
        List<Observation> spells = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            spells.add(new Observation(r.nextInt(40), r.nextDouble() < 0.6 ? Ending.BREAKDOWN : Ending.CENSORED));
        }
        EndingCurves c = EndingCurves.of(spells);
        for (int d = 0; d < 40; d++) {
            double s = c.survival().survivalAt(d);
            double se = c.survival().standardErrorAt(d);
            assertEquals(1 - s, c.incidence().get(Ending.BREAKDOWN).at(d), 1e-12, "day " + d);
            assertEquals(se * se, c.incidence().get(Ending.BREAKDOWN).varianceAt(d), 1e-12, "day " + d);
        }
    }

    /** A hand-worked example: 5 spells, endings competing. */
    @Test
    void competingEndingsByHand() {
        List<Observation> spells = List.of(new Observation(1, Ending.BREAKDOWN), new Observation(2, Ending.SETTLEMENT),
                new Observation(3, Ending.CENSORED), new Observation(4, Ending.BREAKDOWN),
                new Observation(5, Ending.SETTLEMENT));
        EndingCurves c = EndingCurves.of(spells);
        // S(1-)=1, F_b(1)=1/5; S(1)=4/5; F_s(2)=4/5*1/4=1/5; S(2)=3/5; censor at 3; at 4: 2 at risk,
        // F_b(4)=1/5+3/5*1/2=1/2; S(4)=3/10; F_s(5)=1/5+3/10=1/2
        assertEquals(0.2, c.incidence().get(Ending.BREAKDOWN).at(3), 1e-12);
        assertEquals(0.5, c.incidence().get(Ending.BREAKDOWN).at(4), 1e-12);
        assertEquals(0.2, c.incidence().get(Ending.SETTLEMENT).at(4), 1e-12);
        assertEquals(0.5, c.incidence().get(Ending.SETTLEMENT).at(5), 1e-12);
        assertEquals(0.0, c.incidence().get(Ending.EXPIRY).at(5), 1e-12);
        assertEquals(1.0, c.incidence().get(Ending.BREAKDOWN).at(5) + c.incidence().get(Ending.SETTLEMENT).at(5),
                1e-12, "everyone has ended by day 5");
    }
}
