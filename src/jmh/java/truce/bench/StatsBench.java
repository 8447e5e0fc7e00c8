package truce.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import truce.stats.KaplanMeier;
import truce.stats.PointAccumulator;
import truce.stats.PointSummary;
import truce.stats.Spell;
import truce.stats.SurvivalCurve;

/**
 * Survival statistics over {@value #N} synthetic runs of a 365-day horizon, shaped like the 2025
 * baseline (about 40% survive; most collapses come early): Kaplan–Meier from counts by collapse
 * day (what a sweep keeps) and from individual spells, and the streaming per-point accumulator.
 * The synthetic runs are made once per trial from a fixed seed; each score is per 1,000,000 runs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xms1g", "-Xmx1g"})
public class StatsBench {

    /** Runs per operation. */
    public static final int N = 1_000_000;
    /** Days per run. */
    public static final int HORIZON = 365;
    /** Distinct outcome maps cycled through by the accumulator benchmark (11 outcomes each, as runs.csv has for two states). */
    public static final int MAPS = 1024;

    /** The synthetic runs. */
    @State(Scope.Benchmark)
    public static class Runs {
        /** Collapse day of each run; {@link #HORIZON} for a survivor. */
        int[] collapseDay;
        long[] collapsesByDay;
        long survivors;
        List<Spell> spells;
        List<Map<String, Double>> outcomes;

        @Setup(Level.Trial)
        public void make() {
            SplittableRandom r = new SplittableRandom(20251019L);
            collapseDay = new int[N];
            collapsesByDay = new long[HORIZON];
            spells = new ArrayList<>(N);
            for (int i = 0; i < N; i++) {
                int day = HORIZON;
                if (r.nextDouble() >= 0.4) { // collapses: exponential, mean 60 days, below the horizon
                    do {
                        day = (int) (-60 * Math.log(1 - r.nextDouble()));
                    } while (day >= HORIZON);
                }
                collapseDay[i] = day;
                if (day < HORIZON) {
                    collapsesByDay[day]++;
                    spells.add(Spell.collapse(day));
                } else {
                    survivors++;
                    spells.add(Spell.censored(HORIZON));
                }
            }
            String[] names = {"attacks", "mass_casualty_attacks", "casualties", "violations", "talks_held",
                "talks_succeeded", "peak_escalation", "min_trust_pakistan", "final_trust_pakistan",
                "min_trust_taliban", "final_trust_taliban"};
            outcomes = new ArrayList<>(MAPS);
            for (int k = 0; k < MAPS; k++) {
                Map<String, Double> m = new LinkedHashMap<>();
                for (String name : names) {
                    m.put(name, r.nextDouble() * 100);
                }
                outcomes.add(m);
            }
        }
    }

    /** Kaplan–Meier from counts by collapse day (the counts of {@value #N} runs, tallied once). */
    @Benchmark
    public SurvivalCurve kmFromCounts(Runs runs) {
        return KaplanMeier.fromCounts(runs.collapsesByDay, runs.survivors, HORIZON);
    }

    /** Tallying {@value #N} runs' collapse days into counts, then Kaplan–Meier from the counts. */
    @Benchmark
    public SurvivalCurve kmTallyAndFromCounts(Runs runs) {
        long[] counts = new long[HORIZON];
        long survivors = 0;
        for (int day : runs.collapseDay) {
            if (day < HORIZON) {
                counts[day]++;
            } else {
                survivors++;
            }
        }
        return KaplanMeier.fromCounts(counts, survivors, HORIZON);
    }

    /** Kaplan–Meier from {@value #N} individual spells (sorts them). */
    @Benchmark
    public SurvivalCurve kmEstimate(Runs runs) {
        return KaplanMeier.estimate(runs.spells);
    }

    /** {@value #N} runs through a PointAccumulator, each with 11 other outcomes, then its snapshot. */
    @Benchmark
    public PointSummary pointAccumulator(Runs runs) {
        PointAccumulator acc = new PointAccumulator(HORIZON);
        int[] days = runs.collapseDay;
        List<Map<String, Double>> outcomes = runs.outcomes;
        for (int i = 0; i < N; i++) {
            int day = days[i];
            acc.add(day == HORIZON, day, outcomes.get(i & (MAPS - 1)));
        }
        return acc.snapshot();
    }
}
