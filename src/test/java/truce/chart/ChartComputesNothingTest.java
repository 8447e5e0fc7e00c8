package truce.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code truce.chart} draws values and computes no statistic and writes no CSV (issue 13): its
 * sources may not use the estimators of {@code truce.stats} or Commons Math, call the methods that
 * compute an estimate or interval, or print CSV. Values ({@code Interval}, {@code LogRankResult},
 * the Sobol and Morris results) may be read.
 */
class ChartComputesNothingTest {

    private static final Pattern FORBIDDEN = Pattern.compile(String.join("|",
            "import org\\.apache\\.commons\\.math3", "import org\\.apache\\.commons\\.csv",
            "truce\\.stats\\.(KaplanMeier|LogRank|Proportions|AalenJohansen|PointAccumulator|SurvivalCurve|"
                    + "CumulativeIncidence|LifeTable)\\b",
            "\\.(intervalAt|kmIntervalAt|kmAt|incidenceAt|standardErrorAt|medianCollapseDay|wilson|fromCounts|testCounts"
                    + "|estimate)\\((?!\\))",
            "\\bCSVPrinter\\b"));

    @Test
    void chartSourcesComputeNoStatisticAndWriteNoCsv() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/truce/chart"))) {
            for (Path f : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (FORBIDDEN.matcher(lines.get(i)).find()) {
                        found.add(f.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
