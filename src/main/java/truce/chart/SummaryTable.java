package truce.chart;

import java.util.List;

/**
 * The table of an {@link HtmlReport}: one row per design point (the page counts design
 * points by rows), as text; format numbers with {@link DisplayFormat#number(double)}.
 * Columns whose cells are all numbers (or empty) are right-aligned.
 *
 * @param header the column names; not {@code null}, not empty, no {@code null} name
 * @param rows the rows, each with one cell per column; not {@code null}, may be empty, no
 *     {@code null} cell
 */
public record SummaryTable(List<String> header, List<List<String>> rows) {

    /**
     * @throws IllegalArgumentException if the header is empty or a row has the wrong
     *     number of cells
     * @throws NullPointerException if an argument, a row or a cell is {@code null}
     */
    public SummaryTable {
        header = List.copyOf(header);
        if (header.isEmpty()) {
            throw new IllegalArgumentException("the table needs at least one column");
        }
        rows = rows.stream().map(List::copyOf).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + rows.get(i).size()
                        + " cells, the header " + header.size());
            }
        }
    }
}
