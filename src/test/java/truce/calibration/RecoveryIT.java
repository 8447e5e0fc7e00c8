package truce.calibration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recovery of known parameters, small version of {@code scripts/recovery.sh}: 10 repetitions, each
 * 80 ceasefires simulated at parameters drawn from the prior (attack rate, forgiveness), calibrated
 * by ABC-SMC (60 particles). Test: for each parameter, the 90% interval covers the truth in at
 * least 7 of 10 repetitions; if the true coverage were 0.9, fewer than 7 has probability 0.013
 * (binomial), so the test fails by chance in about 1 run in 40 with both parameters; the seeds are
 * fixed (master seed 5), so it is deterministic. It fails if the posterior is off or too narrow.
 */
class RecoveryIT {

    @Test
    void ninetyPercentIntervalsCoverTheTruth() throws IOException {
        CalibrationSpec spec = CalibrationLoader.load(Path.of("src/test/resources/calibration/recovery-small.yaml"));
        List<Recovery.Repetition> reps = Recovery.run(spec, 80, 10, 2, r -> { });
        for (int j = 0; j < spec.priors().size(); j++) {
            int jj = j;
            long covered = reps.stream().filter(r -> r.covers(jj)).count();
            assertTrue(covered >= 7, spec.priors().get(j).path() + " covered in " + covered + " of 10");
        }
    }
}
