package truce.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import truce.batch.Progress;
import truce.batch.Shard;
import truce.batch.SweepPlan;
import truce.batch.SweepRunner;
import truce.scenario.PosteriorDraws;
import truce.scenario.SweepLoader;

/**
 * The forecast on a posterior sweep: each day's survival is the posterior-weighted mean over
 * parameter sets of the share of their runs not broken down by that day, counted here from
 * {@code runs.csv}'s rows independently of the analysis layer that Forecast reads them through.
 */
class ForecastTest {

    @TempDir
    Path tmp;

    @Test
    void eachDaysSurvivalIsTheWeightedShareOfRunsNotBrokenDownByThen() throws IOException {
        Path file = Path.of("scenarios/sweeps/baseline-posterior.yaml");
        SweepPlan plan = SweepPlan.of(SweepLoader.load(file).withReplicates(6));
        SweepRunner.run(plan, tmp, new SweepRunner.Options(2, false, false, "test", Shard.ALL), Progress.NONE);
        PosteriorDraws draws = SweepLoader.posteriorDraws(file);
        int horizon = plan.base().horizon();
        List<Forecast.Day> days = Forecast.write(tmp, draws, horizon);
        int points = draws.points().size();
        for (Forecast.Day day : days) {
            double[] alive = new double[points];
            double[] n = new double[points];
            try (Reader in = Files.newBufferedReader(tmp.resolve("runs.csv"))) {
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                    int i = Integer.parseInt(r.get("point").substring(1));
                    n[i]++;
                    boolean broke = r.get("ending").equals("breakdown");
                    alive[i] += !broke || Integer.parseInt(r.get("ending_day")) > day.day() ? 1 : 0;
                }
            }
            double mean = 0;
            double total = 0;
            for (int i = 0; i < points; i++) {
                mean += draws.weights()[i] * alive[i] / n[i];
                total += draws.weights()[i];
            }
            assertEquals(mean / total, day.mean(), 1e-12, "day " + day.day());
        }
        assertEquals(5, days.size());
    }
}
