package truce.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import org.junit.jupiter.api.Test;

/** Colours and sizes follow the model's values. */
class PaletteTest {

    @Test
    void escalationGoesFromGreenThroughYellowToRed() {
        assertEquals(Palette.LOW, Palette.escalation(0));
        assertEquals(Palette.MID, Palette.escalation(0.5));
        assertEquals(Palette.HIGH, Palette.escalation(1));
        assertEquals(Palette.HIGH, Palette.escalation(3), "clamped");
        assertEquals(Palette.LOW, Palette.escalation(-1), "clamped");
        assertEquals(Palette.LOW, Palette.escalation(Double.NaN));
        // redder and less green as escalation rises past the middle
        Color a = Palette.escalation(0.6);
        Color b = Palette.escalation(0.9);
        assertTrue(b.getGreen() < a.getGreen());
    }

    @Test
    void trustGoesFromRedThroughGreyToBlueAndWidens() {
        assertEquals(Palette.DISTRUST, Palette.trust(0));
        assertEquals(Palette.NEUTRAL, Palette.trust(0.5));
        assertEquals(Palette.TRUST, Palette.trust(1));
        assertEquals(1f, Palette.trustWidth(0));
        assertEquals(9f, Palette.trustWidth(1));
        assertTrue(Palette.trustWidth(0.6) > Palette.trustWidth(0.3));
        assertTrue(Palette.trust(0.9).getBlue() > Palette.trust(0.1).getBlue());
    }

    @Test
    void groupsGrowWithAttacksUpToAMaximum() {
        assertEquals(Palette.GROUP_MIN, Palette.groupSize(0));
        assertTrue(Palette.groupSize(10) > Palette.groupSize(1));
        assertEquals(Palette.GROUP_MAX, Palette.groupSize(Palette.GROUP_FULL_ATTACKS));
        assertEquals(Palette.GROUP_MAX, Palette.groupSize(10_000));
    }

    @Test
    void mediatorsAndTheirLinksGrowWithLeverage() {
        assertEquals(Palette.MEDIATOR_MIN, Palette.mediatorSize(0));
        assertEquals(Palette.MEDIATOR_MAX, Palette.mediatorSize(1));
        assertTrue(Palette.mediatorSize(0.55) > Palette.mediatorSize(0.5));
        assertTrue(Palette.leverageWidth(0.8) > Palette.leverageWidth(0.2));
    }

    @Test
    void talksRingsAreGreenForSuccessRedForFailureAndNoneWithoutTalks() {
        assertNull(Palette.talks(EventTracker.Talks.NONE));
        assertEquals(Palette.TALKS_OK, Palette.talks(EventTracker.Talks.SUCCEEDED));
        assertEquals(Palette.TALKS_FAILED, Palette.talks(EventTracker.Talks.FAILED));
        assertEquals(Palette.TALKS_MIXED, Palette.talks(EventTracker.Talks.MIXED));
    }

    @Test
    void statesKeepTheChartColours() {
        assertEquals(new Color(0x0072B2), Palette.state(0));
        assertEquals(new Color(0xE69F00), Palette.state(1));
        assertEquals(Palette.state(0), Palette.state(8), "cycles");
    }
}
