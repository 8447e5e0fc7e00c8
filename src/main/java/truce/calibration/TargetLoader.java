package truce.calibration;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import truce.model.Ending;
import truce.scenario.ScenarioException;
import truce.scenario.YamlFields;

/**
 * Reads target files. A target names observed spells, either the ETH/PRIO data with a filter:
 *
 * <pre>
 * name: open-ended
 * data: ../../data/ceasefires/eth-prio-cf-1989-2020.csv   # relative to this file
 * filter:
 *   class: [cessation, preliminary, definitive]
 *   term: open                  # open | fixed
 *   mediated: true
 *   implementation: true
 *   region: [africa, asia]      # europe, middle-east, asia, africa, americas
 *   years: {from: 1989, to: 2009}
 * </pre>
 *
 * read by {@link CodingRules}, or a CSV of {@code days,ending} rows a user brings
 * ({@code csv: durations.csv}; endings {@code breakdown}, {@code settlement}, {@code expiry},
 * {@code in_force} or {@code censored}).
 */
public final class TargetLoader {

    private static final Set<String> KEYS = Set.of("name", "data", "csv", "filter");
    private static final Set<String> FILTER = Set.of("class", "term", "mediated", "implementation", "region", "years");
    private static final List<String> CLASSES = List.of("cessation", "preliminary", "definitive");
    private static final List<String> REGIONS = List.of("europe", "middle-east", "asia", "africa", "americas");

    private TargetLoader() {
    }

    /** Reads a target file. */
    public static Target load(Path file) {
        YamlFields y = YamlFields.read(file, file.toString(), "target");
        return of(y, file.getParent() == null ? Path.of("") : file.getParent(), y.has("name") ? y.string("name")
                : file.getFileName().toString().replaceFirst("\\.ya?ml$", ""));
    }

    /**
     * Reads a target mapping (a target file, or a calibration file's inline target).
     *
     * @param y the mapping
     * @param dir the folder that relative paths are resolved against
     * @param name the target's name
     */
    public static Target of(YamlFields y, Path dir, String name) {
        y.allow(KEYS);
        if (y.has("data") == y.has("csv")) {
            throw y.fail(y.has("data") ? "csv" : "data", "expected exactly one of 'data' (the ETH/PRIO file with a"
                    + " filter) or 'csv' (days,ending rows), found " + (y.has("data") ? "both" : "neither"));
        }
        if (y.has("csv")) {
            if (y.has("filter")) {
                throw y.fail("filter", "a filter applies to the ETH/PRIO data, not to a csv of days,ending rows");
            }
            String csv = dir.resolve(y.string("csv")).normalize().toString();
            return new Target(name, csv, readCsv(Path.of(csv), csv));
        }
        String data = dir.resolve(y.string("data")).normalize().toString();
        CeasefireFilter filter = y.has("filter") ? filter(y.mapping("filter")) : CeasefireFilter.ALL;
        List<Observation> spells = new ArrayList<>();
        for (CeasefireRow r : CeasefireData.read(Path.of(data), data)) {
            if (filter.test(r)) {
                CodingRules.spell(r).ifPresent(spells::add);
            }
        }
        if (spells.isEmpty()) {
            String key = y.has("filter") ? "filter" : "data";
            throw y.fail(key, "expected a filter that selects at least one ceasefire with a known ending, found none");
        }
        return new Target(name, data + (y.has("filter") ? " " + describe(filter) : ""), spells);
    }

    /** The endings a user's CSV may name. */
    static final String ENDINGS = "breakdown, settlement, expiry, in_force (or censored)";

    /** The ending a CSV names, or null. */
    static Ending ending(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("censored")) {
            return Ending.IN_FORCE;
        }
        for (Ending e : Ending.values()) {
            if (e.label().equals(t)) {
                return e;
            }
        }
        return null;
    }

    private static CeasefireFilter filter(YamlFields f) {
        f.allow(FILTER);
        Set<Integer> classes = f.has("class") ? codes(f, "class", CLASSES) : Set.of();
        Boolean fixed = null;
        if (f.has("term")) {
            String term = f.string("term");
            if (!term.equals("open") && !term.equals("fixed")) {
                throw f.fail("term", "expected open or fixed, found '" + term + "'");
            }
            fixed = term.equals("fixed");
        }
        Boolean mediated = f.has("mediated") ? f.bool("mediated") : null;
        Boolean implementation = f.has("implementation") ? f.bool("implementation") : null;
        Set<Integer> regions = f.has("region") ? codes(f, "region", REGIONS) : Set.of();
        int from = Integer.MIN_VALUE;
        int to = Integer.MAX_VALUE;
        if (f.has("years")) {
            YamlFields years = f.mapping("years");
            years.allow(Set.of("from", "to"));
            from = years.has("from") ? (int) years.whole("from", 1900, 2100, "year") : from;
            to = years.has("to") ? (int) years.whole("to", 1900, 2100, "year") : to;
            if (from > to) {
                throw f.fail("years", "expected from <= to, found from " + from + " and to " + to);
            }
        }
        return new CeasefireFilter(classes, fixed, mediated, implementation, regions, from, to);
    }

    private static Set<Integer> codes(YamlFields f, String key, List<String> names) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String v : f.values(key)) {
            int i = names.indexOf(v.toLowerCase(Locale.ROOT));
            if (i < 0) {
                throw f.fail(key, "expected one of " + String.join(", ", names) + ", found '" + v + "'");
            }
            out.add(i + 1);
        }
        return out;
    }

    private static String describe(CeasefireFilter f) {
        List<String> parts = new ArrayList<>();
        if (!f.classes().isEmpty()) {
            parts.add("class " + f.classes().stream().sorted().map(c -> CLASSES.get(c - 1)).toList());
        }
        if (f.fixed() != null) {
            parts.add(f.fixed() ? "fixed-term" : "open-ended");
        }
        if (f.mediated() != null) {
            parts.add(f.mediated() ? "mediated" : "not mediated");
        }
        if (f.implementation() != null) {
            parts.add(f.implementation() ? "with implementation mechanism" : "without implementation mechanism");
        }
        if (!f.regions().isEmpty()) {
            parts.add("region " + f.regions().stream().sorted().map(c -> REGIONS.get(c - 1)).toList());
        }
        if (f.fromYear() != Integer.MIN_VALUE || f.toYear() != Integer.MAX_VALUE) {
            parts.add("years " + (f.fromYear() == Integer.MIN_VALUE ? "" : f.fromYear()) + "-"
                    + (f.toYear() == Integer.MAX_VALUE ? "" : f.toYear()));
        }
        return parts.isEmpty() ? "(all)" : "(" + String.join(", ", parts) + ")";
    }

    /**
     * Reads a CSV of {@code days,ending} rows (a header line naming both columns first).
     *
     * @throws ScenarioException naming the file, line and column of the first bad value
     */
    public static List<Observation> readCsv(Path file, String shown) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parser = format.parse(in);
            Map<String, Integer> header = parser.getHeaderMap();
            for (String c : List.of("days", "ending")) {
                if (!header.containsKey(c)) {
                    throw new ScenarioException(shown, 1, c, "expected a header line with columns days,ending, found "
                            + String.join(",", header.keySet()));
                }
            }
            List<Observation> out = new ArrayList<>();
            for (CSVRecord r : parser) {
                int line = (int) r.getRecordNumber() + 1;
                String dayText = r.isSet("days") ? r.get("days").trim() : "";
                double days;
                try {
                    days = Double.parseDouble(dayText);
                } catch (NumberFormatException e) {
                    days = Double.NaN;
                }
                if (!(days >= 0) || Double.isInfinite(days)) {
                    throw new ScenarioException(shown, line, "days", "expected a number of days >= 0, found '"
                            + dayText + "'");
                }
                String endText = r.isSet("ending") ? r.get("ending") : "";
                Ending ending = ending(endText);
                if (ending == null) {
                    throw new ScenarioException(shown, line, "ending", "expected one of " + ENDINGS
                            + ", found '" + endText + "'");
                }
                out.add(new Observation(days, ending));
            }
            if (out.isEmpty()) {
                throw new ScenarioException(shown, 1, "", "expected at least one days,ending row, found none");
            }
            return out;
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ScenarioException(shown, 0, "", "no such file");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ScenarioException(shown, 0, "", "cannot read the file: " + e.getMessage());
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new ScenarioException(shown, 0, "", "not a csv of days,ending rows: " + e.getMessage());
        }
    }
}
