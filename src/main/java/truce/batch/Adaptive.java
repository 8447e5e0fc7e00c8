package truce.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import truce.stats.Interval;
import truce.stats.Proportions;

/**
 * Adaptive replication: every point starts with the sweep's replicates; then, round by round,
 * each point whose Wilson 95% interval of survival is wider than {@code 2 x targetHalfWidth}
 * doubles its replicates (up to {@code maxReplicates}), until none needs more. Each decision
 * depends only on the results, which are a pure function of the seeds, so the same command gives
 * the same runs whatever the thread count. Replicate indices continue where a point stopped, so
 * an adaptive sweep's runs are a subset of the fixed sweep's with {@code maxReplicates}.
 *
 * @param targetHalfWidth the widest acceptable Wilson 95% half-width, in (0, 0.5]
 * @param maxReplicates the most replicates a point may get
 */
public record Adaptive(double targetHalfWidth, int maxReplicates) {

    public Adaptive {
        if (!(targetHalfWidth > 0 && targetHalfWidth <= 0.5)) {
            throw new IllegalArgumentException("the target half-width must be in (0, 0.5], found " + targetHalfWidth);
        }
        if (maxReplicates < 1) {
            throw new IllegalArgumentException("the most replicates must be at least 1, found " + maxReplicates);
        }
    }

    /** The adaptive replication a manifest records, or null if the sweep had fixed replicates. */
    static Adaptive of(Manifest m) {
        return m.maxReplicates() == 0 ? null : new Adaptive(m.targetHalfWidth(), m.maxReplicates());
    }

    /** Canonical text for the design hash. */
    String describe() {
        return "adaptive target=" + targetHalfWidth + " max=" + maxReplicates;
    }

    /**
     * Runs the rounds, skipping the {@code done} runs already in {@code runs.csv} (resume).
     *
     * @return runs complete at the end
     */
    long run(SweepPlan plan, Path runsFile, long done, SweepRunner.Executor executor, Progress progress)
            throws IOException {
        int points = plan.points().size();
        long[] n = new long[points];
        long[] survivals = new long[points];
        java.util.BitSet survivedBefore = done > 0 ? survived(runsFile) : new java.util.BitSet();
        progress.start((long) points * maxReplicates, done);
        int[] target = new int[points];
        java.util.Arrays.fill(target, Math.min(plan.spec().replicates(), maxReplicates));
        int[] reached = new int[points];
        long next = 0;
        while (true) {
            List<RunTask> round = new ArrayList<>();
            for (int p = 0; p < points; p++) {
                for (int r = reached[p]; r < target[p]; r++) {
                    round.add(plan.task(p, r, next++));
                }
                reached[p] = target[p];
            }
            if (round.isEmpty()) {
                return done;
            }
            long skip = Math.max(0, Math.min(round.size(), done - round.get(0).run()));
            for (RunTask t : round.subList(0, (int) skip)) { // already in the file: replay their results
                n[t.point().index()]++;
                if (survivedBefore.get((int) t.run())) {
                    survivals[t.point().index()]++;
                }
            }
            done = executor.execute(round.subList((int) skip, round.size()), done, row -> {
                int p = Integer.parseInt(row.get(1).substring(1));
                n[p]++;
                if (Boolean.parseBoolean(row.get(RunsCsv.KEYS.size() + plan.columns().size()))) {
                    survivals[p]++;
                }
            });
            for (int p = 0; p < points; p++) {
                Interval ci = Proportions.wilson(survivals[p], n[p], 0.95);
                if (ci.width() / 2 > targetHalfWidth && target[p] < maxReplicates) {
                    target[p] = (int) Math.min(maxReplicates, 2L * target[p]);
                }
            }
        }
    }

    /** Which runs already in the file survived, by run number. */
    private static java.util.BitSet survived(Path runsFile) throws IOException {
        java.util.BitSet bits = new java.util.BitSet();
        try (Reader r = Files.newBufferedReader(runsFile, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : AppendLog.FORMAT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                bits.set(Integer.parseInt(rec.get("run")), Boolean.parseBoolean(rec.get("survived")));
            }
        }
        return bits;
    }
}
