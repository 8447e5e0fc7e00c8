package truce.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The outcome grammar: comparisons joined by 'and', words only with == and !=, types checked. */
class OutcomeExpressionTest {

    private static final List<String> HEADER = List.of("collapse_day", "ending", "survived");
    private static final boolean[] NUMERIC = {true, false, false};

    private static boolean eval(String expr, String... row) {
        return OutcomeExpression.parse(expr, HEADER, NUMERIC).test(List.of(row));
    }

    @Test
    void comparesNumbersAndWords() {
        assertTrue(eval("collapse_day < 90", "89", "breakdown", "false"));
        assertFalse(eval("collapse_day < 90", "90", "breakdown", "false"));
        assertTrue(eval("collapse_day >= 90", "90", "x", "y"));
        assertTrue(eval("ending == breakdown", "1", "breakdown", "false"));
        assertTrue(eval("survived == false", "1", "breakdown", "FALSE"), "words ignore case");
        assertTrue(eval("ending != breakdown", "1", "expiry", "false"));
        assertTrue(eval("collapse_day < 90 and ending == breakdown", "10", "breakdown", "false"));
        assertFalse(eval("collapse_day < 90 and ending == breakdown", "10", "expiry", "false"));
        assertTrue(eval("collapse_day==3", "3", "a", "b"), "spaces are optional");
    }

    @Test
    void refusesWhatCannotBeEvaluated() {
        for (String bad : List.of("colapse_day < 90", "ending < 3", "collapse_day == soon", "ending == 3",
                "collapse_day", "collapse_day < 90 or ending == x", "collapse_day < 90 and")) {
            assertThrows(IllegalArgumentException.class, () -> OutcomeExpression.parse(bad, HEADER, NUMERIC), bad);
        }
    }
}
