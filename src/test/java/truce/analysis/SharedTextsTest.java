package truce.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** {@link SharedTexts}: repeated values share one string, per parameter, until a parameter has many. */
class SharedTextsTest {

    @Test
    void aRepeatedValueIsTheFirstString() {
        SharedTexts t = new SharedTexts(2);
        String first = t.share(0, new String("0.5"));
        assertSame(first, t.share(0, new String("0.5")));
        String other = t.share(1, new String("0.5")); // another parameter: its own table
        assertNotSame(first, other);
        assertEquals("0.5", other);
        assertSame(other, t.share(1, new String("0.5")));
    }

    @Test
    void aParameterWithManyValuesIsNoLongerLookedUp() {
        SharedTexts t = new SharedTexts(2);
        String kept = t.share(1, new String("cessation"));
        for (int i = 0; i <= SharedTexts.MOST; i++) {
            assertEquals(Integer.toString(i), t.share(0, Integer.toString(i)));
        }
        String again = new String("7");
        assertSame(again, t.share(0, again)); // dropped: as it came
        assertSame(kept, t.share(1, new String("cessation"))); // the other parameter still shares
    }
}
