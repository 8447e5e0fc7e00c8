package truce.chart;

import truce.stats.LogRankResult;
import truce.analysis.CollapseDays;
import truce.analysis.HistogramBin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayFormatTest {

    @Test
    void numbersHaveThreeSignificantDigitsAndNoTrailingZeros() {
        String[][] cases = {
            {"0.347", "0.347"}, {"0.3470001", "0.347"}, {"0.35", "0.35"}, {"1.2", "1.2"},
            {"12.345", "12.3"}, {"12.35", "12.4"}, {"365", "365"}, {"1234.5", "1235"},
            {"999999.4", "999999"}, {"0.00123", "0.00123"}, {"0.001", "0.001"},
            {"0.9996", "1"}, {"1.2e-05", "1.2e-05"}, {"0.000999999", "1e-03"},
            {"3456789", "3.46e+06"}, {"1e300", "1e+300"}, {"-0.5", "-0.5"},
            {"-1.2e-05", "-1.2e-05"}, {"0", "0"}, {"-0.0", "0"}, {"2", "2"},
            {"0.1", "0.1"}, {"0.30000000000000004", "0.3"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], DisplayFormat.number(Double.parseDouble(c[0])), c[0]);
        }
        assertEquals("NaN", DisplayFormat.number(Double.NaN));
        assertEquals("Infinity", DisplayFormat.number(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", DisplayFormat.number(Double.NEGATIVE_INFINITY));
    }

    @Test
    void ignoresTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("0.347", DisplayFormat.number(0.347));
            assertEquals("1.2e-05", DisplayFormat.number(1.2e-5));
            assertEquals("0.73", DisplayFormat.fixed(0.7349, 2));
            assertEquals("p = 0.047", DisplayFormat.pValue(0.0468));
            assertEquals("log-rank \u03c7\u00b2 = 12.3, df = 2, p = 0.002",
                    KaplanMeierChart.describe(new LogRankResult(12.34, 2, 0.0021)));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void pValuesAndFixedDecimals() {
        assertEquals("p < 0.001", DisplayFormat.pValue(0.0));
        assertEquals("p < 0.001", DisplayFormat.pValue(0.000999));
        assertEquals("p = 0.001", DisplayFormat.pValue(0.001));
        assertEquals("p = 0.002", DisplayFormat.pValue(0.0021));
        assertEquals("p = 1.000", DisplayFormat.pValue(1.0));
        assertThrows(IllegalArgumentException.class, () -> DisplayFormat.pValue(1.5));
        assertThrows(IllegalArgumentException.class, () -> DisplayFormat.pValue(Double.NaN));
        assertEquals("0.00", DisplayFormat.fixed(0.001, 2));
        assertEquals("0.00", DisplayFormat.fixed(-0.001, 2));
        assertEquals("1.00", DisplayFormat.fixed(0.999, 2));
        assertEquals("0.13", DisplayFormat.fixed(0.125, 2));
    }
}
