package truce.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** runs.csv column names are valid R names, distinct, and mapped back to their paths by the codebook. */
class RunsCsvTest {

    /** R's syntactic names (?make.names): a letter, or a dot not followed by a digit, then letters, digits, . and _. */
    private static final Pattern R_NAME = Pattern.compile("([A-Za-z]|\\.(?![0-9]))[A-Za-z0-9._]*");

    @Test
    void sweptPathsBecomeValidDistinctRNames() {
        List<String> paths = List.of("mediators.*.leverage", "events[2].day", "states.east-1.trust", "states.east_1.trust",
                "militants.ttp.attackRate");
        List<String> names = RunsCsv.columnNames(paths);
        assertEquals(List.of("mediators.all.leverage", "events_2.day", "states.east_1.trust", "states.east_1.trust_2",
                "militants.ttp.attackRate"), names);
        List<String> header = RunsCsv.header(paths, List.of("east-1", "west"));
        for (String h : header) {
            assertTrue(R_NAME.matcher(h).matches(), h);
        }
        assertEquals(header.size(), header.stream().distinct().count(), header.toString());
        assertTrue(header.contains("min_trust_east_1"), header.toString());
    }
}
