package truce.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import truce.model.Ending;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import truce.scenario.ScenarioException;

/**
 * Targets against the reference figures in {@code data/ceasefires/README.md}, which were computed
 * from the data file independently of this code.
 */
class TargetLoaderTest {

    private static final Path DATA = Path.of("data/ceasefires/eth-prio-cf-1989-2020.csv").toAbsolutePath();

    @TempDir
    Path dir;

    private Target target(String filter) throws IOException {
        Path f = dir.resolve("t.yaml");
        Files.writeString(f, "name: t\ndata: " + DATA + "\n" + filter);
        return TargetLoader.load(f);
    }

    @Test
    void allCeasefiresMatchTheReferenceFigures() throws IOException {
        Target t = target("");
        assertEquals(1109, t.spells().size(), "ceasefires that qualify");
        assertEquals(166, EndingCurves.counts(t.spells()).get(Ending.BREAKDOWN));
        EndingCurves c = t.curves();
        assertEquals(0.93, c.survival().survivalAt(7), 0.005);
        assertEquals(0.88, c.survival().survivalAt(30), 0.005);
        assertEquals(0.83, c.survival().survivalAt(90), 0.005);
        assertEquals(0.71, c.survival().survivalAt(365), 0.005);
                assertEquals(0.06, c.incidence().incidenceAt(1, 7), 0.005);
        assertEquals(0.09, c.incidence().incidenceAt(1, 30), 0.005);
        assertEquals(0.11, c.incidence().incidenceAt(1, 90), 0.005);
        assertEquals(0.14, c.incidence().incidenceAt(1, 365), 0.005);
    }

    @Test
    void classesAndOpenEndedMatchTheReferenceFigures() throws IOException {
        assertClass("definitive", 80, 0.90);
        assertClass("preliminary", 178, 0.78);
        assertClass("cessation", 851, 0.62);
        Target open = target("filter: {term: open}\n");
        assertEquals(298, open.spells().size(), "about 300 open-ended");
        assertEquals(0.86, open.curves().survival().survivalAt(7), 0.005);
        assertEquals(0.61, open.curves().survival().survivalAt(365), 0.005);
        // the README lists these under open-ended ceasefires
        Target withMechanism = target("filter: {term: open, mediated: true, implementation: true}\n");
        assertEquals(68, withMechanism.spells().size());
        assertEquals(0.91, withMechanism.curves().survival().survivalAt(30), 0.005);
        assertEquals(0.72, withMechanism.curves().survival().survivalAt(365), 0.005);
        Target without = target("filter: {term: open, mediated: true, implementation: false}\n");
        // the README counts 67 (its rules for unknown dates differ slightly: 1,104 against 1,109
        // overall); one ceasefire more or less moves S by about 1/68, so the tolerance is 0.03
        assertEquals(69, without.spells().size());
        assertEquals(0.64, without.curves().survival().survivalAt(30), 0.03);
        assertEquals(0.46, without.curves().survival().survivalAt(365), 0.03);
    }

    private void assertClass(String name, int n, double s365) throws IOException {
        Target t = target("filter: {class: " + name + "}\n");
        assertEquals(n, t.spells().size(), name);
        assertEquals(s365, t.curves().survival().survivalAt(365), 0.005, name);
    }

    @Test
    void aFilterThatSelectsNothingNamesTheFilter() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> target("filter:\n  years: {from: 2030, to: 2040}\n"));
        assertEquals(3, e.line());
        assertEquals("filter", e.path());
    }

    @Test
    void anUnknownClassNamesTheKey() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> target("filter:\n  class: [truce]\n"));
        assertEquals("filter.class", e.path());
        assertTrue(e.getMessage().contains("cessation, preliminary, definitive"), e.getMessage());
    }

    @Test
    void aUsersCsvIsRead() throws IOException {
        Files.writeString(dir.resolve("d.csv"), "days,ending\n3,breakdown\n10,censored\n400,settlement\n");
        Files.writeString(dir.resolve("t.yaml"), "csv: d.csv\n");
        Target t = TargetLoader.load(dir.resolve("t.yaml"));
        assertEquals(List.of(new Observation(3, Ending.BREAKDOWN), new Observation(10, Ending.IN_FORCE),
                new Observation(400, Ending.SETTLEMENT)), t.spells());
        assertEquals("t", t.name());
    }

    @Test
    void aNegativeDayOrAnUnknownEndingNamesLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("d.csv"), "days,ending\n3,breakdown\n-1,censored\n");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> TargetLoader.readCsv(dir.resolve("d.csv"), "d.csv"));
        assertEquals("d.csv:3: days: expected a number of days >= 0, found '-1'", e.getMessage());
        Files.writeString(dir.resolve("d.csv"), "days,ending\n3,collapse\n");
        e = assertThrows(ScenarioException.class, () -> TargetLoader.readCsv(dir.resolve("d.csv"), "d.csv"));
        assertEquals("d.csv:2: ending: expected one of breakdown, settlement, expiry, in_force (or censored), found 'collapse'",
                e.getMessage());
    }
}
