package truce.calibration;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import truce.scenario.ScenarioException;

/**
 * Reads the ETH/PRIO ceasefire file ({@code data/ceasefires/eth-prio-cf-1989-2020.csv}): one row
 * per ceasefire. Columns the analysis does not use are not read, so notes in them (46 rows hold
 * a coder's note in {@code fixed_days}) do no harm.
 */
public final class CeasefireData {

    private static final String[] COLUMNS = {"id", "region", "class", "fixed", "mediated", "implementation",
        "effective_year", "effective_month", "effective_day", "ended", "end_year", "end_month", "end_day"};

    private CeasefireData() {
    }

    /**
     * Reads every row.
     *
     * @param file the data file
     * @param shown the file as the user named it, for messages
     * @return the rows in file order
     * @throws ScenarioException naming the file, line and column if a column is missing or a
     *     code is not a whole number
     */
    public static List<CeasefireRow> read(Path file, String shown) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parser = format.parse(in);
            for (String c : COLUMNS) {
                if (!parser.getHeaderMap().containsKey(c)) {
                    throw new ScenarioException(shown, 1, c, "expected the ETH/PRIO column '" + c
                            + "' in the header, found none");
                }
            }
            List<CeasefireRow> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                long line = r.getRecordNumber() + 1;
                rows.add(new CeasefireRow(line, r.get("id"), code(r, "region", shown, line),
                        code(r, "class", shown, line), code(r, "fixed", shown, line),
                        code(r, "mediated", shown, line), code(r, "implementation", shown, line),
                        new int[] {code(r, "effective_year", shown, line), code(r, "effective_month", shown, line),
                            code(r, "effective_day", shown, line)},
                        code(r, "ended", shown, line),
                        new int[] {code(r, "end_year", shown, line), code(r, "end_month", shown, line),
                            code(r, "end_day", shown, line)}));
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ScenarioException(shown, 0, "", "cannot read the ceasefire data: " + e.getMessage());
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new ScenarioException(shown, 0, "", "not a ceasefire data file: " + e.getMessage());
        }
    }

    private static int code(CSVRecord r, String column, String shown, long line) {
        String text = r.isMapped(column) && r.isSet(column) ? r.get(column).trim() : "";
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ScenarioException(shown, (int) line, column, "expected a whole-number code, found '" + text + "'");
        }
    }
}
