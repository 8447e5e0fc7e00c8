package truce.cli;

import picocli.CommandLine.Option;
import truce.analysis.StatisticsFootprint;

/**
 * {@code --no-heap-check}: the commands that keep every design point's statistics ({@code sweep},
 * {@code sensitivity}, {@code chart}, {@code merge}), and {@code validate}, which says whether they
 * would, refuse a design too large for the heap before they write anything ({@link HeapBudget}),
 * unless told not to.
 */
final class HeapCheckOption {

    @Option(names = "--no-heap-check",
            description = "Go on even if the design's statistics look too large for the heap (the estimate errs on the"
                    + " large side; a sweep whose heap fills up while running still stops cleanly, its runs kept).")
    private boolean off;

    /** Refuses the design unless the check is off; see {@link HeapBudget#check(String, StatisticsFootprint)}. */
    void check(String what, StatisticsFootprint design) {
        if (!off) {
            HeapBudget.check(what, design);
        }
    }
}
