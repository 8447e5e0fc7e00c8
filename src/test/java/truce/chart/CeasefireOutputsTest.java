package truce.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import truce.analysis.SweepAnalysis;
import truce.batch.Manifest;
import truce.batch.Progress;
import truce.batch.Shard;
import truce.batch.SweepPlan;
import truce.batch.SweepRunner;
import truce.scenario.SweepLoader;
import truce.stats.ConfidenceType;

/**
 * The outputs of a sweep of a scenario with two ceasefires (issue 15, item 6): per-ceasefire columns
 * in runs.csv and summary.csv, each ceasefire's Kaplan–Meier chart and cumulative incidence of its
 * endings, and the hazard of each given the other's breakdown, checked against counts made here from
 * runs.csv alone. A sweep of one ceasefire
 * keeps its columns.
 */
class CeasefireOutputsTest {

    @TempDir
    static Path tmp;
    static Path dir;

    @BeforeAll
    static void sweep() throws IOException {
        dir = tmp.resolve("two-fronts");
        SweepPlan plan = SweepPlan.of(SweepLoader.load(Path.of("src/test/resources/sweeps/two-fronts.yaml")));
        SweepRunner.run(plan, dir, new SweepRunner.Options(2, false, false, "test", Shard.ALL), Progress.NONE);
        SweepAnalysis a = SweepAnalysis.read(dir, SweepAnalysis.DEFAULT_SENSITIVITY_DAY, ConfidenceType.LOG);
        a.write(dir);
        SweepReport.write(dir, a);
    }

    private static List<CSVRecord> read(String file) throws IOException {
        try (Reader r = Files.newBufferedReader(dir.resolve(file));
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            return new ArrayList<>(p.getRecords());
        }
    }

    private static List<String> header(String file) throws IOException {
        return List.of(Files.readAllLines(dir.resolve(file)).get(0).split(","));
    }

    @Test
    void runsCsvHasEachCeasefiresColumnsAndWhetherAllSurvived() throws IOException {
        List<String> h = header("runs.csv");
        for (String c : List.of("all_survived", "western_start_day", "western_ending", "western_ending_day",
                "western_violations", "western_talks", "eastern_start_day", "eastern_ending", "eastern_ending_day",
                "eastern_violations", "eastern_talks")) {
            assertTrue(h.contains(c), c + " in " + h);
        }
        assertEquals(List.of("western", "eastern"), Manifest.read(dir).ceasefires());
        for (CSVRecord r : read("runs.csv")) {
            assertEquals("40", r.get("eastern_start_day"));
            boolean all = !r.get("western_ending").equals("breakdown") && !r.get("eastern_ending").equals("breakdown");
            assertEquals(all ? "TRUE" : "FALSE", r.get("all_survived"));
            // the composite ends with the first ceasefire to end
            int first = Math.min(Integer.parseInt(r.get("western_ending_day")), Integer.parseInt(r.get("eastern_ending_day")));
            assertEquals(first, Integer.parseInt(r.get("ending_day")));
        }
        String codebook = Files.readString(dir.resolve("codebook.csv"));
        assertTrue(codebook.contains("eastern_ending_day") && codebook.contains("all_survived"));
    }

    @Test
    void aSweepOfOneCeasefireKeepsItsColumns() {
        List<String> legacy = truce.batch.RunsCsv.header(List.of("x"), List.of("a", "b"));
        assertFalse(legacy.contains("all_survived"));
        assertEquals(legacy, truce.batch.RunsCsv.header(List.of("x"), List.of("a", "b"), List.of()));
    }

    @Test
    void summaryCsvHasEachCeasefiresSurvivalAsTheRunsGiveIt() throws IOException {
        Map<String, int[]> byPoint = new LinkedHashMap<>(); // point -> {runs, western held, eastern held}
        for (CSVRecord r : read("runs.csv")) {
            int[] c = byPoint.computeIfAbsent(r.get("point"), k -> new int[3]);
            c[0]++;
            c[1] += r.get("western_ending").equals("breakdown") ? 0 : 1;
            c[2] += r.get("eastern_ending").equals("breakdown") ? 0 : 1;
        }
        List<CSVRecord> summary = read("summary.csv");
        assertEquals(4, summary.size());
        int brokeWest = 0;
        int brokeEast = 0;
        for (CSVRecord s : summary) {
            int[] c = byPoint.get(s.get("point"));
            assertEquals(c[1], Integer.parseInt(s.get("western_survivals")));
            assertEquals(c[2], Integer.parseInt(s.get("eastern_survivals")));
            assertEquals(c[2] / (double) c[0], Double.parseDouble(s.get("eastern_survival")), 1e-6);
            assertTrue(s.isMapped("eastern_km90_lo95") && s.isMapped("western_median_collapse_day"));
            brokeWest += c[0] - c[1];
            brokeEast += c[0] - c[2];
        }
        assertTrue(brokeWest > 0 && brokeEast > 0, "both fronts break down in some runs: " + brokeWest + ", " + brokeEast);
    }

    @Test
    void theHazardGivenTheOthersBreakdownCountsDaysAtRiskFromTheRuns() throws IOException {
        int horizon = 200;
        Map<String, long[]> expected = new LinkedHashMap<>(); // point -> {b before, days before, b after, days after}
        for (CSVRecord r : read("runs.csv")) {
            long[] c = expected.computeIfAbsent(r.get("point"), k -> new long[4]);
            int start = Integer.parseInt(r.get("eastern_start_day"));
            int end = Integer.parseInt(r.get("eastern_ending_day"));
            boolean broke = r.get("eastern_ending").equals("breakdown");
            int west = r.get("western_ending").equals("breakdown") ? Integer.parseInt(r.get("western_ending_day")) : -1;
            for (int day = start; day <= Math.min(end, horizon - 1); day++) {
                boolean after = west >= 0 && day > west;
                c[after ? 3 : 1]++;
                if (broke && day == end) {
                    c[after ? 2 : 0]++;
                }
            }
        }
        int rows = 0;
        for (CSVRecord h : read("hazard.csv")) {
            if (!h.get("ceasefire").equals("eastern")) {
                continue;
            }
            rows++;
            assertEquals("western", h.get("given"));
            assertEquals("point", h.get("grouped_by"));
            long[] c = expected.values().toArray(new long[0][])[rows - 1];
            assertEquals(c[0], Long.parseLong(h.get("breakdowns_before")));
            assertEquals(c[1], Long.parseLong(h.get("days_before")));
            assertEquals(c[2], Long.parseLong(h.get("breakdowns_after")));
            assertEquals(c[3], Long.parseLong(h.get("days_after")));
        }
        assertEquals(4, rows);
    }

    /**
     * Every run is followed to the horizon (200 days), so before it no run is censored and the
     * Aalen–Johansen incidence of an ending by day d is the share of the point's runs that ended that
     * way by day d: counted here from each ceasefire's own columns of runs.csv.
     */
    @Test
    void eachCeasefiresIncidenceIsTheShareOfItsRunsEndedThatWay() throws IOException {
        List<CSVRecord> runs = read("runs.csv");
        List<CSVRecord> rows = read(truce.analysis.EndingIncidence.BY_CEASEFIRE);
        assertEquals(List.of("ceasefire", "point", "ending", "day", "incidence", "lower", "upper", "conf_type"),
                header(truce.analysis.EndingIncidence.BY_CEASEFIRE));
        assertEquals(2 * 4 * 3 * 3, rows.size()); // ceasefires x points x endings x days 30, 90, 180
        int positive = 0;
        for (CSVRecord r : rows) {
            String key = r.get("ceasefire");
            int day = Integer.parseInt(r.get("day"));
            long n = runs.stream().filter(x -> x.get("point").equals(r.get("point"))).count();
            long ended = runs.stream().filter(x -> x.get("point").equals(r.get("point"))
                    && x.get(key + "_ending").equals(r.get("ending"))
                    && Integer.parseInt(x.get(key + "_ending_day")) <= day).count();
            assertEquals(ended / (double) n, Double.parseDouble(r.get("incidence")), 5e-7, r.toString());
            positive += ended > 0 ? 1 : 0;
        }
        assertTrue(positive > 10, "some ceasefires ended by then: " + positive);
        assertEquals(List.of("western", "eastern"), rows.stream().map(r -> r.get("ceasefire")).distinct().toList());
    }

    @Test
    void theReportShowsEachCeasefireAndTheConditionalHazard() throws IOException {
        for (String f : List.of("kaplan-meier", "kaplan-meier-western", "kaplan-meier-eastern", "endings-western",
                "endings-eastern", "hazard-eastern-given-western", "hazard-western-given-eastern")) {
            assertTrue(Files.size(dir.resolve("charts/" + f + ".png")) > 0, f);
        }
        String html = Files.readString(dir.resolve("index.html"));
        assertTrue(html.contains("charts/hazard-eastern-given-western.png"));
        assertTrue(html.contains("eastern: no breakdown to day 200"));
    }
}
