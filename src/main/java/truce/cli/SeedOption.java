package truce.cli;

import picocli.CommandLine.Option;

/**
 * {@code -s, --seed N}: the seed of a run, or the master seed every replicate's seed derives from.
 * {@code -s} means this on every command that has it.
 */
final class SeedOption {

    @Option(names = {"-s", "--seed"}, paramLabel = "N",
            description = "Seed: of the run, or the master seed each replicate's seed derives from"
                    + " (default: the file's master seed if it has one, else 1).")
    private Long seed;

    /** The seed given, or {@code fallback}. */
    long or(long fallback) {
        return seed != null ? seed : fallback;
    }

    /** Whether a seed was given. */
    boolean given() {
        return seed != null;
    }
}
