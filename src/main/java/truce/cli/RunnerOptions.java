package truce.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --threads N}, {@code --resume}, {@code --force}: how the commands that run many
 * simulations into a results folder ({@code sweep}, {@code sensitivity}, {@code run --replicates},
 * {@code compare}, {@code calibrate}) run them and treat a folder that already holds runs.
 */
final class RunnerOptions {

    @Mixin
    ThreadsOption threadsOption;

    @Option(names = "--resume", description = "Continue interrupted runs in the results folder.")
    boolean resume;

    @Option(names = "--force", description = "Overwrite whatever the results folder holds.")
    boolean force;

    /** The worker threads; at least 1. */
    int threads() {
        return threadsOption.threads();
    }

    /** Refuses impossible values with a one-line error. */
    void check() {
        threads();
        if (resume && force) {
            throw new ArgumentError("--resume and --force contradict each other");
        }
    }
}
