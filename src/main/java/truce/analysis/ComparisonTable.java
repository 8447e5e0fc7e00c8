package truce.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import truce.files.AtomicFiles;
import truce.batch.Numbers;
import truce.stats.Interval;

/**
 * A {@link Comparison} as tables: {@code comparison.csv} (one row per scenario) and
 * {@code comparison-logrank.csv} (one row per pair of scenarios), with numbers as every results
 * file writes them ({@link Numbers}) and {@code NA} for a value that does not exist (a median
 * not reached, survival beyond a scenario's horizon).
 */
public final class ComparisonTable {

    /** The scenario table's file name. */
    public static final String FILE = "comparison.csv";
    /** The pairwise tests' file name. */
    public static final String PAIRS_FILE = "comparison-logrank.csv";
    /** Written for a value that does not exist. */
    public static final String NA = "NA";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

    private ComparisonTable() {
    }

    /** The scenario table's header. */
    public static List<String> header(Comparison c) {
        List<String> h = new ArrayList<>(List.of("scenario", "file", "n", "collapses"));
        for (int d : Comparison.DAYS) {
            h.addAll(List.of("km" + d, "km" + d + "_lo95", "km" + d + "_hi95"));
        }
        h.addAll(List.of("median_collapse_day", "median_reached", "rmst", "rmst_lo95", "rmst_hi95",
                "rmst_diff", "rmst_diff_lo95", "rmst_diff_hi95", "rmst_diff_p"));
        for (String e : incidenceEndings(c)) {
            for (int d : Comparison.DAYS) {
                h.add("cif_" + e + "_" + d);
            }
        }
        return h;
    }

    /** The scenario table's rows, in scenario order. */
    public static List<List<String>> rows(Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (Comparison.Row r : c.rows()) {
            List<String> row = new ArrayList<>(List.of(r.label(), r.file(), Long.toString(r.n()),
                    Long.toString(r.collapses())));
            for (int d : Comparison.DAYS) {
                Interval ci = r.survival().get(d);
                row.add(r.survival().containsKey(d) ? Numbers.format(r.survivalAt(d)) : NA);
                row.add(ci == null ? NA : Numbers.format(ci.lower()));
                row.add(ci == null ? NA : Numbers.format(ci.upper()));
            }
            row.add(r.median().isPresent() ? Numbers.format(r.median().getAsDouble()) : NA);
            row.add(r.median().isPresent() ? "TRUE" : "FALSE");
            Interval ci = r.rmst().interval(Comparison.LEVEL);
            row.add(Numbers.format(r.rmst().estimate()));
            row.add(Numbers.format(ci.lower()));
            row.add(Numbers.format(ci.upper()));
            Function<Double, String> diff = v -> r.difference() == null ? NA : Numbers.format(v);
            row.add(diff.apply(r.difference() == null ? 0 : r.difference().estimate()));
            row.add(diff.apply(r.difference() == null ? 0 : r.difference().lower()));
            row.add(diff.apply(r.difference() == null ? 0 : r.difference().upper()));
            row.add(diff.apply(r.difference() == null ? 0 : r.difference().pValue()));
            for (String e : incidenceEndings(c)) {
                double[] f = r.incidence().get(e);
                for (int k = 0; k < Comparison.DAYS.size(); k++) {
                    double v = f == null ? (Comparison.DAYS.get(k) <= r.horizon() ? 0 : Double.NaN) : f[k];
                    row.add(Double.isNaN(v) ? NA : Numbers.format(v));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** The pairwise tests' header. */
    public static List<String> pairsHeader() {
        return List.of("scenario_a", "scenario_b", "chi_square", "df", "p", "p_holm");
    }

    /** The pairwise tests' rows. */
    public static List<List<String>> pairsRows(Comparison c) {
        return c.pairs().stream().map(p -> List.of(p.a(), p.b(), Numbers.format(p.test().chiSquare()),
                Integer.toString(p.test().degreesOfFreedom()), Numbers.format(p.test().pValue()),
                Numbers.format(p.holm()))).toList();
    }

    /** Endings with an incidence column: all of them when runs end in more than one way, else none. */
    public static List<String> incidenceEndings(Comparison c) {
        return c.endings().size() > 1 ? c.endings() : List.of();
    }

    /**
     * Writes both tables into {@code dir}, each atomically.
     *
     * @throws IOException if a file cannot be written
     */
    public static void write(Path dir, Comparison c) throws IOException {
        write(dir.resolve(FILE), header(c), rows(c));
        write(dir.resolve(PAIRS_FILE), pairsHeader(), pairsRows(c));
    }

    private static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        AtomicFiles.writeText(file, out -> {
            CSVPrinter p = new CSVPrinter(out, FORMAT);
            p.printRecord(header);
            for (List<String> r : rows) {
                p.printRecord(r);
            }
            p.flush();
        });
    }
}
