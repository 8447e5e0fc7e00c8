package truce.cli;

import picocli.CommandLine.Option;

/** {@code -t, --threads N}: worker threads of the commands that run many simulations; results do not depend on it. */
final class ThreadsOption {

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads (default: the number of processors, ${DEFAULT-VALUE}); results do not depend on it.")
    private int threads = Runtime.getRuntime().availableProcessors();

    /**
     * The threads asked for.
     *
     * @throws ArgumentError if fewer than 1
     */
    int threads() {
        if (threads < 1) {
            throw new ArgumentError("--threads: expected at least 1, found " + threads);
        }
        return threads;
    }
}
