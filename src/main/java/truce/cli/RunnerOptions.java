package truce.cli;

import picocli.CommandLine.Option;

/**
 * {@code --threads N}, {@code --resume}, {@code --force}: how the commands that run many seeds
 * of a scenario without a sweep file ({@code run --replicates}, {@code compare}) run them and
 * treat a results folder that already holds runs.
 */
final class RunnerOptions {

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads (default: the number of processors, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--resume", description = "Continue interrupted runs in the results folder.")
    boolean resume;

    @Option(names = "--force", description = "Overwrite whatever the results folder holds.")
    boolean force;

    /** Refuses impossible values with a one-line error. */
    void check() {
        if (threads < 1) {
            throw new ArgumentError("--threads: expected at least 1, found " + threads);
        }
        if (resume && force) {
            throw new ArgumentError("--resume and --force contradict each other");
        }
    }
}
