package truce.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import truce.batch.DesignPoint;
import truce.batch.Manifest;
import truce.batch.RunsCsv;

class SweepSummaryTest {

    @TempDir
    Path tmp;

    @Test
    void pointsAreSummarisedInIndexOrderEvenPastFourDigits() throws IOException {
        List<String> states = List.of("a", "b");
        new Manifest("truce", "test", "order", "order.yaml", "s.yaml", truce.scenario.DesignType.LIST, List.of("x"), 10001, 1, 10001, 1,
                "d", "s", 100, states, "17", "now", "now", 3, 0, 1, 0, 0, List.of()).write(tmp);
        List<String> header = RunsCsv.header(List.of("x"), states);
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", header));
        int run = 0;
        for (int point : new int[] {10000, 9999, 2}) { // written in any order
            List<String> row = new ArrayList<>(List.of(Integer.toString(run++), new DesignPoint(point, java.util.Map.of()).id(),
                    "0", "1", Integer.toString(point), "true", "100", "none", "in_force", "100", "1", "0", "1", "0", "0", "0", "0"));
            for (int i = 0; i < 8; i++) {
                row.add("0");
            }
            lines.add(String.join(",", row));
        }
        Files.write(tmp.resolve("runs.csv"), lines);
        List<String> ids = SweepSummary.read(tmp).points().stream().map(SweepSummary.Point::id).toList();
        assertEquals(List.of("p0002", "p9999", "p10000"), ids);
    }
}
