package truce.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import truce.model.DayRecord;
import truce.model.Trajectory;

class TrajectoryCsvTest {

    private static final double TOLERANCE = 0.5e-6;

    @TempDir
    Path dir;

    @Test
    void headerNamesEachStatesColumns() {
        assertEquals(List.of("day", "trust_pakistan", "escalation_pakistan",
                        "trust_afghanistan", "escalation_afghanistan", "attacks", "casualties",
                        "violations", "talks_held", "talks_succeeded", "monitoring", "in_force"),
                TrajectoryCsv.header(SampleTrajectories.STATES));
    }

    @Test
    void writesOneRowPerDayThatParsesBackToTheTrajectory() throws IOException {
        Trajectory t = SampleTrajectories.collapsedOnDay40();
        Path f = dir.resolve("trajectory.csv");
        TrajectoryCsv.write(t, f);

        List<CSVRecord> rows;
        List<String> header;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .build();
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            rows = parser.getRecords();
            header = parser.getHeaderNames();
        }
        assertEquals(TrajectoryCsv.header(t.states()), header);
        assertEquals(t.days().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            DayRecord d = t.days().get(i);
            CSVRecord r = rows.get(i);
            assertEquals(d.day(), Integer.parseInt(r.get("day")));
            for (int s = 0; s < t.states().size(); s++) {
                String state = t.states().get(s);
                assertEquals(d.trust().get(s), Double.parseDouble(r.get("trust_" + state)),
                        TOLERANCE, "trust day " + d.day());
                assertEquals(d.escalation().get(s),
                        Double.parseDouble(r.get("escalation_" + state)), TOLERANCE);
            }
            assertEquals(d.attacks(), Integer.parseInt(r.get("attacks")));
            assertEquals(d.casualties(), Double.parseDouble(r.get("casualties")), TOLERANCE);
            assertEquals(d.violations(), Integer.parseInt(r.get("violations")));
            assertEquals(d.talksHeld(), Integer.parseInt(r.get("talks_held")));
            assertEquals(d.talksSucceeded(), Integer.parseInt(r.get("talks_succeeded")));
            assertEquals(d.monitoring(), Boolean.parseBoolean(r.get("monitoring")));
            assertEquals(d.inForce(), Boolean.parseBoolean(r.get("in_force")));
        }
        assertEquals("false", rows.get(40).get("in_force"));
        assertEquals("true", rows.get(39).get("in_force"));
    }

    @Test
    void twoWritesAreByteIdenticalWhateverTheDefaultLocale() throws IOException {
        Trajectory t = SampleTrajectories.collapsedOnDay40();
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        TrajectoryCsv.write(t, a);
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            TrajectoryCsv.write(t, b);
        } finally {
            Locale.setDefault(saved);
        }
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void formatsNumbersPlainWithAtMostSixDecimals() {
        assertEquals("0.3", Numbers.format(0.1 + 0.2));
        assertEquals("12", Numbers.format(12.0));
        assertEquals("0", Numbers.format(1e-7));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("0.000001", Numbers.format(1e-6));
        assertEquals("1234567.123457", Numbers.format(1234567.1234567));
        assertEquals("-0.25", Numbers.format(-0.25));
        assertEquals("12000000000", Numbers.format(1.2e10));
        assertEquals("NaN", Numbers.format(Double.NaN));
        assertEquals("Infinity", Numbers.format(Double.POSITIVE_INFINITY));
    }

    @Test
    void writesAnEmptyTrajectoryAsAHeaderOnly() throws IOException {
        StringBuilder sb = new StringBuilder();
        TrajectoryCsv.write(new Trajectory(List.of("a"), List.of(), 10), sb);
        assertEquals("day,trust_a,escalation_a,attacks,casualties,violations,talks_held,"
                + "talks_succeeded,monitoring,in_force\r\n", sb.toString());
    }

    @Test
    void rejectsADayWithTheWrongNumberOfStates() {
        Trajectory bad = new Trajectory(List.of("a", "b"), List.of(new DayRecord(0,
                List.of(0.5), List.of(0.1, 0.2), 0, 0, 0, 0, 0, false, true)), 10);
        Path f = dir.resolve("bad.csv");
        assertThrows(IllegalArgumentException.class, () -> TrajectoryCsv.write(bad, f));
        assertEquals(false, Files.exists(f));
    }
}
