package truce.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** {@link CsvRows} writes exactly what {@code CSVPrinter} writes in the same format. */
class CsvRowsTest {

    /** What Commons CSV writes for these records. */
    private static String printer(List<List<String>> records) throws IOException {
        StringWriter w = new StringWriter();
        CSVPrinter p = new CSVPrinter(w, CsvRows.FORMAT);
        for (List<String> r : records) {
            p.printRecord(r);
        }
        p.flush();
        return w.toString();
    }

    private static String rows(List<List<String>> records) throws IOException {
        StringWriter w = new StringWriter();
        CsvRows csv = new CsvRows(w);
        for (List<String> r : records) {
            csv.record(r);
        }
        return w.toString();
    }

    @Test
    void everyCharacterAloneFirstMiddleAndLastInACellAsCsvPrinterWritesIt() throws IOException {
        List<List<String>> records = new ArrayList<>();
        for (char c = 0; c < 256; c++) {
            String s = String.valueOf(c);
            records.add(List.of(s, s, "a" + s + "b", s + "a", "a" + s));
            records.add(List.of("a" + s, s));
        }
        records.add(List.of("", "", ""));
        records.add(List.of("x", ""));
        records.add(List.of("\u2013", "\u00b5s", "caf\u00e9"));
        assertEquals(printer(records), rows(records));
    }

    @Test
    void randomCellsAsCsvPrinterWritesThem() throws IOException {
        SplittableRandom r = new SplittableRandom(20251202L);
        String alphabet = "ab09.-_+,\"\n\r #\t;'\\\u00e9\u2013=e";
        List<List<String>> records = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            List<String> rec = new ArrayList<>();
            int cells = 1 + r.nextInt(6);
            for (int k = 0; k < cells; k++) {
                StringBuilder s = new StringBuilder();
                int len = r.nextInt(5);
                for (int j = 0; j < len; j++) {
                    s.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
                rec.add(s.toString());
            }
            records.add(rec);
        }
        assertEquals(printer(records), rows(records));
    }

    @Test
    void numbersAndIdsArePlainAndWhatNeedsQuotesIsNot() throws IOException {
        assertTrue(CsvRows.plain("-0.123456"));
        assertTrue(CsvRows.plain("p00017"));
        assertTrue(CsvRows.plain("1.0E-7"));
        assertTrue(CsvRows.plain("NA"));
        assertFalse(CsvRows.plain(""));
        assertFalse(CsvRows.plain("a b"));
        assertFalse(CsvRows.plain("#1"));
        assertFalse(CsvRows.plain("a,b"));
        StringWriter w = new StringWriter();
        new CsvRows(w).cell(-7).cell(42).cell("x y").end();
        assertEquals("-7,42,x y\n", w.toString());
    }
}
