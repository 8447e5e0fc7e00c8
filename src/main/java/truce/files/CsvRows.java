package truce.files;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes CSV records byte for byte as Commons CSV's {@code CSVPrinter} writes them in
 * {@link #FORMAT} (RFC 4180, quoted only where needed, {@code "\n"} after each record), without its
 * per-cell machinery, for files of hundreds of thousands of rows: a cell of plain characters
 * (letters, digits, {@code . _ + -}, as every number and point id is) is copied as it is, since the
 * format never quotes such a cell; any other cell goes through {@link CSVFormat#print(Object,
 * Appendable, boolean)}, as {@code CSVPrinter} would send it. A record is assembled in memory and
 * written in one call. Not thread-safe.
 */
public final class CsvRows {

    /** The format of every CSV file Truce writes: Commons CSV's default, records ended by {@code "\n"}. */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private boolean first = true;

    /**
     * @param out where the records go; not null; not closed here
     */
    public CsvRows(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Adds a cell to the current record.
     *
     * @param value the cell's text; not null
     * @return this
     * @throws IOException never in practice (the record is assembled in memory)
     */
    public CsvRows cell(String value) throws IOException {
        if (plain(value)) {
            if (!first) {
                line.append(',');
            }
            line.append(value);
        } else {
            FORMAT.print(value, line, first); // writes the delimiter itself, quotes as needed
        }
        first = false;
        return this;
    }

    /**
     * Adds a whole number as a cell.
     *
     * @return this
     */
    public CsvRows cell(long value) {
        if (!first) {
            line.append(',');
        }
        line.append(value);
        first = false;
        return this;
    }

    /**
     * Ends the current record and writes it.
     *
     * @throws IOException if the writer fails
     */
    public void end() throws IOException {
        line.append('\n');
        out.append(line);
        line.setLength(0);
        first = true;
    }

    /**
     * Writes a whole record.
     *
     * @param cells its cells; not null, no null cell
     * @throws IOException if the writer fails
     */
    public void record(List<String> cells) throws IOException {
        for (String c : cells) {
            cell(c);
        }
        end();
    }

    /**
     * Whether the format writes {@code value} as it is: not empty, only ASCII letters, digits and
     * {@code . _ + -} (none is a delimiter, quote, line end, comment marker or space, and none is
     * {@code <= '#'}, the first characters the format quotes).
     */
    static boolean plain(String value) {
        int n = value.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || c == '.' || c == '_' || c == '-' || c == '+';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
