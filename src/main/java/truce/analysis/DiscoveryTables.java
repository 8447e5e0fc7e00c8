package truce.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import truce.batch.Numbers;
import truce.files.AtomicFiles;

/**
 * A {@link Discovery} as tables: {@code prim-trajectory.csv} (every box: coverage, density,
 * mass, restricted parameters), {@code prim-box.csv} (the chosen box: each parameter's limits,
 * whether restricted, and its quasi-p-value) and {@code features.csv} (the ranking).
 */
public final class DiscoveryTables {

    /** File names. */
    public static final String TRAJECTORY = "prim-trajectory.csv";
    public static final String BOX = "prim-box.csv";
    public static final String FEATURES = "features.csv";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

    private DiscoveryTables() {
    }

    /** The trajectory's rows, with a header first. */
    public static List<List<String>> trajectory(Discovery d) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("box", "coverage", "density", "mass", "runs", "hits", "restricted", "restricted_parameters"));
        for (int i = 0; i < d.trajectory().size(); i++) {
            Prim.Box b = d.trajectory().get(i);
            List<String> names = new ArrayList<>();
            for (int j = 0; j < d.parameters().size(); j++) {
                if (b.restricted()[j]) {
                    names.add(d.parameters().get(j));
                }
            }
            rows.add(List.of(Integer.toString(i), Numbers.format(b.coverage()), Numbers.format(b.density()),
                    Numbers.format(b.mass()), Integer.toString(b.inside()), Integer.toString(b.hits()),
                    Integer.toString(b.restrictedCount()), String.join(" ", names)));
        }
        return rows;
    }

    /** The chosen box's rows (restricted parameters first, by quasi-p-value), with a header first. */
    public static List<List<String>> box(Discovery d) {
        Prim.Box b = d.box();
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < d.parameters().size(); j++) {
            order.add(j);
        }
        order.sort((i, j) -> b.restricted()[i] != b.restricted()[j] ? (b.restricted()[i] ? -1 : 1)
                : Double.compare(b.restricted()[i] ? b.qp()[i] : 0, b.restricted()[j] ? b.qp()[j] : 0));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("parameter", "lower", "upper", "restricted", "qp", "sweep_min", "sweep_max"));
        for (int j : order) {
            rows.add(List.of(d.parameters().get(j), Numbers.format(b.lower()[j]), Numbers.format(b.upper()[j]),
                    b.restricted()[j] ? "TRUE" : "FALSE", b.restricted()[j] ? pValue(b.qp()[j]) : "NA",
                    Numbers.format(d.min()[j]), Numbers.format(d.max()[j])));
        }
        return rows;
    }

    /** The feature ranking's rows, with a header first. */
    public static List<List<String>> features(Discovery d) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("parameter", "mutual_information_bits", "rate_lowest_bin", "rate_highest_bin"));
        for (FeatureScores.Score s : d.features()) {
            rows.add(List.of(s.parameter(), Numbers.format(s.mutualInformation()), Numbers.format(s.lowRate()),
                    Numbers.format(s.highRate())));
        }
        return rows;
    }

    /** A p-value in scientific notation when it is tiny (a fixed six decimals would print 0). */
    static String pValue(double p) {
        return p >= 1e-4 || p == 0 ? Numbers.format(p) : String.format(java.util.Locale.ROOT, "%.3e", p);
    }

    /**
     * Writes the three tables into {@code dir}, each atomically.
     *
     * @throws IOException if a file cannot be written
     */
    public static void write(Path dir, Discovery d) throws IOException {
        write(dir.resolve(TRAJECTORY), trajectory(d));
        write(dir.resolve(BOX), box(d));
        write(dir.resolve(FEATURES), features(d));
    }

    private static void write(Path file, List<List<String>> rows) throws IOException {
        AtomicFiles.writeText(file, out -> {
            CSVPrinter p = new CSVPrinter(out, FORMAT);
            for (List<String> r : rows) {
                p.printRecord(r);
            }
            p.flush();
        });
    }
}
