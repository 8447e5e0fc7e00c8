package truce.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import truce.files.AtomicFiles;
import truce.model.DayRecord;
import truce.model.Trajectory;

/**
 * Writes the daily trajectory of one run as CSV: one header row, then one row per
 * {@link DayRecord}, in the trajectory's order.
 *
 * <p>Columns: {@code day}; then, for each state in declaration order,
 * {@code trust_<state>} and {@code escalation_<state>} (both in [0, 1]); then
 * {@code attacks}, {@code casualties}, {@code violations}, {@code talks_held},
 * {@code talks_succeeded} (counts that day), {@code monitoring} and {@code in_force}
 * ({@code true}/{@code false}).
 *
 * <p>The output is byte-identical on every machine: RFC 4180 ({@link CSVFormat#DEFAULT},
 * CRLF line ends), UTF-8, and real numbers rounded half-even to at most
 * {@value Numbers#DECIMALS} decimals in plain notation without trailing zeros ({@code 0.5},
 * {@code 12}, never {@code 1.2E-7} or {@code 0,5}). Non-finite numbers are written as
 * {@code NaN}, {@code Infinity} or {@code -Infinity}.
 */
public final class TrajectoryCsv {

    /** Decimals kept for real-valued columns. */

    private TrajectoryCsv() {
    }

    /**
     * The header for these states.
     *
     * @param states state names in declaration order; not {@code null}
     * @return the column names, in order; unmodifiable
     * @throws NullPointerException if {@code states} is or contains {@code null}
     */
    public static List<String> header(List<String> states) {
        List<String> header = new ArrayList<>();
        header.add("day");
        for (String state : states) {
            Objects.requireNonNull(state, "state name");
            header.add("trust_" + state);
            header.add("escalation_" + state);
        }
        header.addAll(List.of("attacks", "casualties", "violations", "talks_held",
                "talks_succeeded", "monitoring", "in_force"));
        return List.copyOf(header);
    }

    /**
     * Writes {@code trajectory} to {@code file} atomically (see {@link AtomicFiles}),
     * creating parent directories if missing.
     *
     * @param trajectory the run's trajectory; not {@code null}
     * @param file the CSV file to create or replace; not {@code null}
     * @throws IOException if the file cannot be written; the previous file then stays
     * @throws IllegalArgumentException if a day's trust or escalation list does not have
     *     one entry per state
     * @throws NullPointerException if an argument is {@code null}
     */
    public static void write(Trajectory trajectory, Path file) throws IOException {
        Objects.requireNonNull(trajectory, "trajectory");
        Objects.requireNonNull(file, "file");
        checkShape(trajectory);
        AtomicFiles.writeText(file, out -> write(trajectory, out));
    }

    /**
     * Writes {@code trajectory} as CSV to {@code out}, leaving it open.
     *
     * @param trajectory the run's trajectory; not {@code null}
     * @param out the destination; not {@code null}
     * @throws IOException if {@code out} fails
     * @throws IllegalArgumentException if a day's trust or escalation list does not have
     *     one entry per state
     * @throws NullPointerException if an argument is {@code null}
     */
    public static void write(Trajectory trajectory, Appendable out) throws IOException {
        Objects.requireNonNull(trajectory, "trajectory");
        Objects.requireNonNull(out, "out");
        checkShape(trajectory);
        List<String> header = header(trajectory.states());
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new))
                .build();
        CSVPrinter printer = new CSVPrinter(out, format);
        List<String> row = new ArrayList<>(header.size());
        for (DayRecord d : trajectory.days()) {
            row.clear();
            row.add(Integer.toString(d.day()));
            for (int i = 0; i < trajectory.states().size(); i++) {
                row.add(Numbers.format(d.trust().get(i)));
                row.add(Numbers.format(d.escalation().get(i)));
            }
            row.add(Integer.toString(d.attacks()));
            row.add(Numbers.format(d.casualties()));
            row.add(Integer.toString(d.violations()));
            row.add(Integer.toString(d.talksHeld()));
            row.add(Integer.toString(d.talksSucceeded()));
            row.add(Boolean.toString(d.monitoring()));
            row.add(Boolean.toString(d.inForce()));
            printer.printRecord(row);
        }
        printer.flush();
    }

    private static void checkShape(Trajectory trajectory) {
        int n = trajectory.states().size();
        for (DayRecord d : trajectory.days()) {
            if (d.trust().size() != n || d.escalation().size() != n) {
                throw new IllegalArgumentException("day " + d.day() + ": expected " + n
                        + " trust and escalation values, got " + d.trust().size() + " and "
                        + d.escalation().size());
            }
        }
    }
}
