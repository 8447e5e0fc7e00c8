package truce.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import truce.files.AtomicFiles;
import truce.scenario.ParameterCatalog;

/**
 * {@code codebook.csv}, written beside {@code runs.csv}: one row per column of {@code runs.csv}
 * with its parameter path (for a swept parameter, the dotted path its R-valid name stands for),
 * unit and description, so that the file can be read without this program.
 */
public final class Codebook {

    /** The file name. */
    public static final String FILE = "codebook.csv";

    /** Unit and description of the columns that are not swept parameters, by column. */
    private static final Map<String, String[]> FIXED = new LinkedHashMap<>();

    static {
        FIXED.put("run", new String[] {"", "run number, from 0, in plan order (point by point)"});
        FIXED.put("point", new String[] {"", "design point id (p0000, p0001, ...)"});
        FIXED.put("replicate", new String[] {"", "replicate index within the point, from 0"});
        FIXED.put("seed", new String[] {"", "the run's 64-bit seed (SplitMix64 of the master seed, the point's hash and the"
                + " replicate); exact in R only read as text: read.csv(f, colClasses = c(seed = \"character\"))"});
        FIXED.put("survived", new String[] {"TRUE/FALSE", "whether no breakdown ended the ceasefire before the horizon"});
        FIXED.put("collapse_day", new String[] {"day", "day of the breakdown; the horizon if it survived (censored)"});
        FIXED.put("cause", new String[] {"", "what triggered the breakdown: violations, offensive, or none"});
        FIXED.put("ending", new String[] {"", "how the ceasefire ended: breakdown, settlement, expiry, or in_force at the horizon"});
        FIXED.put("ending_day", new String[] {"day", "day the ceasefire ended; the horizon if still in force"});
        FIXED.put("attacks", new String[] {"attacks", "militant attacks"});
        FIXED.put("mass_casualty_attacks", new String[] {"attacks", "attacks with at least the scenario's massCasualty casualties (default 10)"});
        FIXED.put("casualties", new String[] {"people", "casualties of militant attacks"});
        FIXED.put("violations", new String[] {"violations", "state-on-state violations, all states"});
        FIXED.put("talks_held", new String[] {"rounds", "talks rounds held"});
        FIXED.put("talks_succeeded", new String[] {"rounds", "talks rounds that succeeded"});
        FIXED.put("peak_escalation", new String[] {"escalation [0, 1]", "highest escalation of any state"});
    }

    private static final Map<String, String[]> PER_STATE = Map.of(
            "violations", new String[] {"violations", "violations committed by state %s"},
            "final_trust", new String[] {"probability", "state %s's trust in the other side at the end"},
            "min_trust", new String[] {"probability", "state %s's lowest trust in the other side"},
            "peak_escalation", new String[] {"escalation [0, 1]", "state %s's highest escalation"});

    private static final Map<String, String[]> PER_CEASEFIRE = Map.of(
            "start_day", new String[] {"day", "first day ceasefire %s was in force in the run (its startDay, or the run's"
                    + " first day if it started before)"},
            "ending", new String[] {"", "how ceasefire %s ended: breakdown, settlement, expiry, or in_force at the horizon"
                    + " (also if it had not started)"},
            "ending_day", new String[] {"day", "day ceasefire %s ended; the horizon if still in force"},
            "violations", new String[] {"violations", "violations between the parties of ceasefire %s while in force"},
            "talks", new String[] {"rounds", "talks rounds held on ceasefire %s"});

    private Codebook() {
    }

    /** The rows (column, parameter, unit, description), header first, for a sweep's manifest. */
    public static List<List<String>> rows(Manifest m) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("column", "parameter", "unit", "description"));
        for (String k : RunsCsv.KEYS) {
            rows.add(List.of(k, "", FIXED.get(k)[0], FIXED.get(k)[1]));
        }
        List<String> names = RunsCsv.columnNames(m.parameters());
        for (int i = 0; i < names.size(); i++) {
            String path = m.parameters().get(i);
            ParameterCatalog.Entry e = catalogEntry(path);
            rows.add(List.of(names.get(i), path, e == null ? "" : e.unit(),
                    "swept: " + (e == null ? path : e.meaning())));
        }
        for (String c : RunsCsv.OUTCOMES) {
            String[] d = FIXED.getOrDefault(c, new String[] {"", c});
            rows.add(List.of(c, "", d[0], d[1]));
        }
        if (!m.ceasefires().isEmpty()) {
            rows.add(List.of(RunsCsv.ALL_SURVIVED, "", "TRUE/FALSE", "whether no ceasefire broke down before the horizon;"
                    + " survived, collapse_day, ending and ending_day describe the first ceasefire to end"));
        }
        for (String key : m.ceasefires()) {
            for (String c : RunsCsv.PER_CEASEFIRE) {
                String[] d = PER_CEASEFIRE.get(c);
                rows.add(List.of(RunsCsv.perCeasefire(c, key), "", d[0], String.format(d[1], key)));
            }
        }
        for (String s : m.states()) {
            for (String c : RunsCsv.PER_STATE) {
                String[] d = PER_STATE.get(c);
                rows.add(List.of(RunsCsv.perState(c, s), "", d[0], String.format(d[1], s)));
            }
        }
        return rows;
    }

    /** Writes {@code codebook.csv} into {@code dir} atomically. */
    public static void write(Path dir, Manifest m) throws IOException {
        List<List<String>> rows = rows(m);
        AtomicFiles.writeText(dir.resolve(FILE), w -> {
            CSVPrinter p = new CSVPrinter(w, AppendLog.FORMAT);
            for (List<String> r : rows) {
                p.printRecord(r);
            }
            p.flush();
        });
    }

    /** The catalog entry of a concrete path ({@code mediators.qatar.leverage}, {@code states.*.trust}, {@code events[2].day}). */
    private static ParameterCatalog.Entry catalogEntry(String path) {
        String template = path.replaceAll("\\[\\d+]", "[i]")
                .replaceFirst("^(states|militants|mediators)\\.[^.]+\\.", "$1.<name>.");
        return ParameterCatalog.scenario().stream().filter(e -> e.path().equals(template)).findFirst().orElse(null);
    }
}
