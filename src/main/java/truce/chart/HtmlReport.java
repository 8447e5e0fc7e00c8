package truce.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import truce.files.AtomicFiles;

/**
 * The {@code index.html} of a sweep's results folder: the sweep's name, a short "how to
 * read this", each chart (PNG, linking to its SVG), the summary table and the manifest.
 *
 * <p>The page is self-contained: inline CSS, no scripts, no external fonts or links
 * other than the relative paths of the charts and {@value #SUMMARY_CSV}, so it opens from
 * disk without a server. Every string from the input is HTML-escaped. The page has no
 * timestamp: the same input gives the same bytes.
 */
public final class HtmlReport {

    /** The report's file name. */
    public static final String FILE_NAME = "index.html";
    /** The summary file the page refers to for rows it leaves out. */
    public static final String SUMMARY_CSV = "summary.csv";
    /** The most table rows the page shows. */
    public static final int MAX_ROWS = 200;

    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?%?|[+-]?(NaN|Infinity|inf)|NA"
                    + "|[0-9.e+-]+\n\\([0-9.e+-]+\u2013[0-9.e+-]+\\)");

    private static final String CSS = """
            :root { color-scheme: light; }
            body { margin: 0; background: #fff; color: #333;
              font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans",
                Arial, sans-serif; }
            main { max-width: 1000px; margin: 0 auto; padding: 24px 20px 48px; }
            h1 { font-size: 26px; margin: 0 0 4px; overflow-wrap: anywhere; }
            h2 { font-size: 19px; margin: 36px 0 10px; padding-bottom: 4px;
              border-bottom: 1px solid #ddd; }
            .sub { color: #666; margin: 0 0 8px; }
            .howto li { margin: 4px 0; }
            figure { margin: 0 0 28px; }
            figure img { display: block; max-width: 100%; height: auto;
              border: 1px solid #e4e4e4; }
            figcaption { margin-top: 6px; color: #555; font-size: 14px; }
            figcaption b { color: #333; }
            a { color: #0b62a4; }
            .scroll { display: inline-block; max-width: 100%; overflow-x: auto;
              border: 1px solid #e4e4e4; vertical-align: top; }
            table { border-collapse: collapse; font-size: 13px; }
            th, td { padding: 4px 10px; text-align: left; white-space: nowrap;
              border-bottom: 1px solid #eee; }
            th { background: #f4f4f4; position: sticky; top: 0; font-weight: 600;
              white-space: normal; vertical-align: bottom; max-width: 9em; }
            tbody tr:nth-child(even) { background: #fafafa; }
            .num { text-align: right; font-variant-numeric: tabular-nums; }
            .note { color: #666; font-size: 14px; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px;
              font-size: 14px; }
            dt { font-weight: 600; }
            dd { margin: 0; font-family: ui-monospace, "DejaVu Sans Mono", monospace;
              overflow-wrap: anywhere; }
            """;

    private HtmlReport() {
    }

    /**
     * Writes {@code dir/index.html} atomically, replacing any earlier one and creating
     * {@code dir} if missing. The charts are not written here: save them first with
     * {@link ChartFiles#save}.
     *
     * @param dir the sweep's results folder; not {@code null}
     * @param input what the page shows; not {@code null}
     * @return the path of the written file
     * @throws IOException if the file cannot be written
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Path write(Path dir, ReportInput input) throws IOException {
        Objects.requireNonNull(dir, "dir");
        String html = render(input);
        Path file = dir.resolve(FILE_NAME);
        AtomicFiles.writeText(file, out -> out.write(html));
        return file;
    }

    /**
     * The page as text (UTF-8 when written; '\n' line ends).
     *
     * @param input what the page shows; not {@code null}
     * @return the HTML document; never {@code null}
     * @throws NullPointerException if {@code input} is {@code null}
     */
    public static String render(ReportInput input) {
        Objects.requireNonNull(input, "input");
        StringBuilder h = new StringBuilder(16_384);
        String name = escape(input.sweepName());
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(name).append(" \u2014 Truce ").append(escape(input.kind()))
                .append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(name).append("</h1>\n")
                .append("<p class=\"sub\">Truce ").append(escape(input.kind())).append(" \u00b7 ")
                .append(input.summary().total()).append(' ')
                .append(input.summary().total() == 1 ? "design point" : "design points")
                .append(" \u00b7 horizon ").append(input.horizonDays()).append(" days</p>\n");
        howToRead(h, input.horizonDays(), input.charts());
        charts(h, input.charts());
        table(h, input.summary());
        manifest(h, input.manifest());
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    /**
     * Escapes text for HTML content and quoted attribute values: {@code & < > " '} become
     * entities; control characters other than tab, line feed and carriage return become
     * U+FFFD.
     *
     * @param s the text; not {@code null}
     * @return the escaped text; never {@code null}
     */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                        || c == 0x7F ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }

    /**
     * How to read each kind of chart, by the start of its file name; the page explains only the
     * charts it shows.
     */
    private static final Map<String, String> HOW_TO = howTo();

    private static Map<String, String> howTo() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("sensitivity-", "<b>Which levers matter</b> (Sobol indices): for each parameter, the share of the "
                + "output's variance it explains alone (first-order) and with its interactions (total-order), "
                + "with bootstrap 95% intervals. A total-order index near 0 means the parameter hardly matters; "
                + "one well above its first-order index means interactions.");
        m.put("morris-", "<b>Morris screening</b>: mu* is the mean absolute change in the output when the parameter "
                + "moves over its whole range, one at a time (larger: more influential); sigma, the spread of those "
                + "changes, marks non-linearity or interactions.");
        m.put("heatmap", "<b>Heatmap</b>: survival over two parameters, one equal-sized cell per combination, from "
                + "red (no run survived) through yellow to green (all survived).");
        m.put("survival-by-", "<b>Survival by parameter</b>: survival against one parameter, one line per value of "
                + "a second. The shaded band (or error bar, for categories) is the 95% (Wilson) confidence interval: "
                + "the survival shares the runs are consistent with; it narrows with more runs. Lines whose bands "
                + "overlap may not really differ.");
        m.put("kaplan-meier", "<b>Kaplan\u2013Meier curves</b>: the share of ceasefires still in force on each "
                + "day. A steep early drop means most collapses come in the first weeks; ticks mark runs still in "
                + "force when observation ended; the table under the axis gives the runs still at risk and (in "
                + "brackets) those collapsed so far. A small log-rank <i>p</i> (below 0.05) says the curves differ "
                + "by more than chance. With several ceasefires, <i>kaplan-meier</i> is the composite \u201cevery "
                + "ceasefire still in force\u201d and each <i>kaplan-meier-KEY</i> one ceasefire, on the scenario's "
                + "calendar.");
        m.put("hazard-", "<b>Hazard given the other's breakdown</b>: above, one ceasefire's breakdowns per 1,000 days "
                + "at risk while the other had not broken down and after it did; below, their ratio within 30-day "
                + "periods of the calendar (log scale). A ratio whose interval lies above the dashed line at 1 says "
                + "that a breakdown on one front raises the hazard on the other.");
        m.put("daily-means", "<b>Averaged trajectories</b>: day by day, the share of ceasefires still in force, "
                + "and each state's mean trust and escalation among the runs whose ceasefire was still in force that "
                + "day, with 95% bands. Later days average fewer runs, the survivors: a line that rises late can mean "
                + "that the ceasefires with low trust have broken down, not that trust grew; the bands widen as runs "
                + "drop out, and a line stops when fewer than "
                + DailyMeansChart.MIN_RUNS + " runs remain.");
        m.put("endings", "<b>How ceasefires end</b>: the cumulative incidence of each ending (breakdown, "
                + "settlement, expiry): the share of ceasefires that had ended that way by each day, the endings "
                + "competing; with the share still in force they add up to 1.");
        m.put("endings-", "<b>How each ceasefire ends</b>: with several ceasefires, <i>endings</i> is the composite "
                + "(the first ceasefire to end) and each <i>endings-KEY</i> one ceasefire's own endings, on the "
                + "scenario's calendar: a ceasefire that starts later stays at 0 until it does.");
        m.put("collapse-days", "<b>When ceasefires break</b>: on which days the ceasefires that did collapse broke "
                + "down; runs that did not collapse are not in it.");
        return m;
    }

    private static void howToRead(StringBuilder h, int horizon, List<ReportChart> charts) {
        h.append("<h2>How to read this</h2>\n<p>Each <em>design point</em> is one combination ")
                .append("of the swept parameters, run many times with different seeds. ")
                .append("<em>Survival</em> is the share of those runs in which the ceasefire ")
                .append("was still in force on day ").append(horizon).append(".</p>\n")
                .append("<ul class=\"howto\">\n");
        for (Map.Entry<String, String> e : HOW_TO.entrySet()) {
            boolean shown = charts.stream().anyMatch(c -> {
                String file = c.path().substring(c.path().lastIndexOf('/') + 1);
                return file.startsWith(e.getKey());
            });
            if (shown) {
                h.append("<li>").append(e.getValue()).append("</li>\n");
            }
        }
        h.append("</ul>\n<p class=\"note\">Click a chart for the full-size PNG; the SVG ")
                .append("link gives a scalable version for print.</p>\n");
    }

    private static void charts(StringBuilder h, List<ReportChart> charts) {
        if (charts.isEmpty()) {
            return;
        }
        h.append("<h2>Charts</h2>\n");
        for (ReportChart c : charts) {
            String png = escape(url(c.path()) + ".png");
            String svg = escape(url(c.path()) + ".svg");
            String title = escape(c.title());
            h.append("<figure>\n<a href=\"").append(png).append("\"><img src=\"").append(png)
                    .append("\" alt=\"").append(title).append("\"></a>\n<figcaption><b>")
                    .append(title).append("</b>");
            if (!c.caption().isEmpty()) {
                h.append(" \u2014 ").append(escape(c.caption()));
            }
            h.append(" \u00b7 <a href=\"").append(svg).append("\">SVG</a></figcaption>\n</figure>\n");
        }
    }

    private static void table(StringBuilder h, SummaryTable t) {
        List<String> header = t.header();
        List<List<String>> rows = t.rows();
        int shown = Math.min(rows.size(), MAX_ROWS);
        int total = t.total();
        boolean[] numeric = new boolean[header.size()];
        for (int col = 0; col < header.size(); col++) {
            boolean any = false;
            boolean all = true;
            for (int r = 0; r < shown && all; r++) {
                String cell = rows.get(r).get(col).strip();
                if (!cell.isEmpty()) {
                    any = true;
                    all = NUMBER.matcher(cell).matches();
                }
            }
            numeric[col] = any && all;
        }
        h.append("<h2>Summary by design point</h2>\n");
        if (shown < total) {
            h.append("<p class=\"note\">Showing the first ").append(shown).append(" of ")
                    .append(total).append(" design points; the other ")
                    .append(total - shown).append(" are in <a href=\"")
                    .append(SUMMARY_CSV).append("\">").append(SUMMARY_CSV).append("</a>.</p>\n");
        } else {
            h.append("<p class=\"note\">Also in <a href=\"").append(SUMMARY_CSV).append("\">")
                    .append(SUMMARY_CSV).append("</a>.</p>\n");
        }
        h.append("<div class=\"scroll\">\n<table>\n<thead>\n<tr>");
        for (int col = 0; col < header.size(); col++) {
            h.append(numeric[col] ? "<th class=\"num\">" : "<th>").append(escape(header.get(col)).replace(".", ".<wbr>"))
                    .append("</th>");
        }
        h.append("</tr>\n</thead>\n<tbody>\n");
        for (int r = 0; r < shown; r++) {
            h.append("<tr>");
            List<String> row = rows.get(r);
            for (int col = 0; col < row.size(); col++) {
                h.append(numeric[col] ? "<td class=\"num\">" : "<td>")
                        .append(escape(row.get(col)).replace("\n", "<br>")).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n");
    }

    private static void manifest(StringBuilder h, Map<String, String> manifest) {
        if (manifest.isEmpty()) {
            return;
        }
        h.append("<h2>Manifest</h2>\n<dl>\n");
        manifest.forEach((k, v) -> h.append("<dt>").append(escape(k)).append("</dt><dd>")
                .append(escape(v)).append("</dd>\n"));
        h.append("</dl>\n");
    }

    /** Percent-encodes each segment of a relative path (unreserved characters stay). */
    static String url(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return b.toString();
    }
}
