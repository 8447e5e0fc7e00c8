package truce.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import truce.scenario.ScenarioLoader;

/**
 * CPU time per simulated day of one scenario, on one thread: the model's throughput measured in
 * a way a busy machine disturbs less than wall-clock runs/s (other processes take wall time, not
 * this thread's CPU time). Runs seeds 1..20,000 four times and prints the last three.
 * Usage: {@code java -cp target/test-classes:target/truce.jar truce.model.CpuPerDay FILE}.
 * Not a test: a benchmark aid, to compare two versions of the model run back to back.
 */
public final class CpuPerDay {

    private CpuPerDay() {
    }

    public static void main(String[] args) {
        Scenario s = ScenarioLoader.load(Path.of(args.length > 0 ? args[0] : "scenarios/baseline-2025.yaml"));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        int n = 20_000;
        for (int rep = 0; rep < 4; rep++) {
            long days = 0;
            long t0 = mx.getCurrentThreadCpuTime();
            for (long seed = 1; seed <= n; seed++) {
                RunOutcome o = Simulation.run(s, seed);
                days += o.survived() ? o.horizon() : o.collapseDay() + 1;
                sink += o.attacks();
            }
            long t = mx.getCurrentThreadCpuTime() - t0;
            if (rep > 0) { // the first is warm-up
                System.out.printf(java.util.Locale.ROOT,
                        "rep %d: %.1f ns CPU per simulated day, %.0f runs per CPU-second, %.1f days/run%n",
                        rep, t / (double) days, n / (t / 1e9), days / (double) n);
            }
        }
        if (sink == 42) {
            System.out.println();
        }
    }
}
