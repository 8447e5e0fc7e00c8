package truce.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import truce.files.AtomicFiles;

/** The HTML report of a calibration: its text, tables and charts, as given. No server, no scripts. */
public final class CalibrationPage {

    /**
     * A table.
     *
     * @param title heading
     * @param header column names
     * @param rows cells
     */
    public record Table(String title, List<String> header, List<List<String>> rows) {
    }

    /**
     * A chart file.
     *
     * @param base file name without extension (PNG and SVG exist)
     * @param caption what it shows
     */
    public record Figure(String base, String caption) {
    }

    private CalibrationPage() {
    }

    /** Writes {@code index.html} to {@code dir}. */
    public static void write(Path dir, String title, List<String> paragraphs, List<Table> tables, List<Figure> figures)
            throws IOException {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(HtmlReport.escape(title)).append("</title>\n<style>\nbody{font-family:sans-serif;color:#333;"
                        + "max-width:1000px;margin:2em auto;padding:0 1em}table{border-collapse:collapse;margin:1em 0}"
                        + "td,th{border:1px solid #ddd;padding:3px 8px;text-align:right}th{background:#f4f4f4}"
                        + "img{max-width:100%}figure{margin:1.5em 0}\n</style>\n</head>\n<body>\n<h1>")
                .append(HtmlReport.escape(title)).append("</h1>\n");
        for (String p : paragraphs) {
            h.append("<p>").append(HtmlReport.escape(p)).append("</p>\n");
        }
        for (Table t : tables) {
            h.append("<h2>").append(HtmlReport.escape(t.title())).append("</h2>\n<table>\n<tr>");
            t.header().forEach(c -> h.append("<th>").append(HtmlReport.escape(c)).append("</th>"));
            h.append("</tr>\n");
            for (List<String> row : t.rows()) {
                h.append("<tr>");
                row.forEach(c -> h.append("<td>").append(HtmlReport.escape(c)).append("</td>"));
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
        if (!figures.isEmpty()) {
            h.append("<h2>Charts</h2>\n");
        }
        for (Figure f : figures) {
            String png = HtmlReport.escape("charts/" + f.base() + ".png");
            h.append("<figure><a href=\"").append(png).append("\"><img src=\"").append(png).append("\" alt=\"")
                    .append(HtmlReport.escape(f.caption())).append("\"></a><figcaption>")
                    .append(HtmlReport.escape(f.caption())).append(" \u00b7 <a href=\"")
                    .append(HtmlReport.escape("charts/" + f.base() + ".svg")).append("\">SVG</a></figcaption></figure>\n");
        }
        h.append("</body>\n</html>\n");
        AtomicFiles.writeText(dir.resolve("index.html"), o -> o.write(h.toString()));
    }
}
