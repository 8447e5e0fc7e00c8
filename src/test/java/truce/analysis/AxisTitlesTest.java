package truce.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AxisTitlesTest {

    @Test
    void parametersInWordsWithTheirUnits() {
        assertEquals("TTP attack rate (attacks/day)", AxisTitles.of("militants.ttp.attackRate"));
        assertEquals("leverage, every mediator (probability)", AxisTitles.of("mediators.*.leverage"));
        assertEquals("Qatar leverage (probability)", AxisTitles.of("mediators.qatar.leverage"));
        assertEquals("agreement strength", AxisTitles.of("agreement.strength"));
        assertEquals("agreement monitoring", AxisTitles.of("agreement.monitoring"));
        assertEquals("no.such.path", AxisTitles.of("no.such.path"));
    }
}
