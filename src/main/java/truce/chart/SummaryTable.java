package truce.chart;

import java.util.List;

/**
 * The table of an {@link HtmlReport}: one row per design point (the page counts design
 * points by rows), as text; format numbers with {@link DisplayFormat#number(double)}.
 * Columns whose cells are all numbers (or empty) are right-aligned.
 *
 * @param header the column names; not {@code null}, not empty, no {@code null} name
 * @param rows the rows, each with one cell per column; not {@code null}, may be empty, no
 *     {@code null} cell; the first {@code rows.size()} of the table's {@code total} rows (a page
 *     shows at most {@link HtmlReport#MAX_ROWS}, so a caller with more need not make the rest)
 * @param total how many rows the whole table has (design points), {@code >= rows.size()}
 */
public record SummaryTable(List<String> header, List<List<String>> rows, int total) {

    /** A table given whole. */
    public SummaryTable(List<String> header, List<List<String>> rows) {
        this(header, rows, rows.size());
    }

    /**
     * @throws IllegalArgumentException if the header is empty, a row has the wrong number of
     *     cells, or {@code total < rows.size()}
     * @throws NullPointerException if an argument, a row or a cell is {@code null}
     */
    public SummaryTable {
        header = List.copyOf(header);
        if (header.isEmpty()) {
            throw new IllegalArgumentException("the table needs at least one column");
        }
        rows = rows.stream().map(List::copyOf).toList();
        if (total < rows.size()) {
            throw new IllegalArgumentException("the table has " + rows.size() + " rows given, more than its total " + total);
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + rows.get(i).size()
                        + " cells, the header " + header.size());
            }
        }
    }
}
