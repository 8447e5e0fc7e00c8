package truce.cli;

import java.util.Locale;
import truce.analysis.StatisticsFootprint;
import truce.batch.Manifest;

/**
 * Refuses, before anything is written, a design whose per-point statistics would not fit this
 * JVM's heap ({@link StatisticsFootprint}): one line saying what it needs, what the JVM may use,
 * how to give it more and how many points would fit. {@link HeapWatch} stays the net under the
 * estimate while the runs go on.
 */
final class HeapBudget {

    /** A design too large for the heap: one line, exit code {@link ExitCodes#BAD_INPUT}. */
    static final class TooSmall extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooSmall(String message) {
            super(message);
        }
    }

    private HeapBudget() {
    }

    /**
     * Checks a design against the heap this JVM may use ({@link Runtime#maxMemory()}).
     *
     * @param what what is refused, e.g. {@code sweep levers}: the line's start
     * @throws TooSmall if the design's statistics would not fit
     */
    static void check(String what, StatisticsFootprint design) {
        check(what, design, Runtime.getRuntime().maxMemory());
    }

    /**
     * What reading the rows of the sweep described by {@code m} keeps, as {@code chart} and
     * {@code merge} do.
     *
     * @param points the design points whose rows are read: all of them for a merge; for a folder,
     *     at most its runs (a shard's folder holds some points' runs)
     */
    static StatisticsFootprint of(Manifest m, long points) {
        boolean adaptive = m.targetHalfWidth() != 0; // as the summary reads it (SweepSummary.builder)
        return new StatisticsFootprint(points, adaptive ? Math.max(m.maxReplicates(), m.replicates()) : m.replicates(),
                m.horizon(), m.parameters().size(), m.states().size(), m.ceasefires().size(), !adaptive);
    }

    /** Same, against {@code heap} bytes. */
    static void check(String what, StatisticsFootprint design, long heap) {
        long need = design.bytes();
        if (design.points() == 0 || need <= heap) { // no point kept (a shard): nothing to refuse
            return;
        }
        long fit = design.pointsThatFit(heap);
        throw new TooSmall(String.format(Locale.ROOT, "%s: %,d design points x %d replicate%s need about %s of heap"
                + " for their statistics and report (%,d bytes a point); this Java may use %s: give it more"
                + " (TRUCE_JAVA_OPTS=-Xmx%dm)%s", what, design.points(), design.replicates(),
                design.replicates() == 1 ? "" : "s", mebibytes(need), design.bytesAPoint(), mebibytes(heap),
                suggestedMebibytes(need), fit > 0 ? String.format(Locale.ROOT, " or use at most %,d points", fit) : ""));
    }

    /**
     * What the JVM may use of a heap of {@code -Xmx} size is less by a survivor space of the young
     * generation (21 MiB with the launcher's {@code -Xmn64m}, at {@code -Xmx512m} and {@code -Xmx1024m}).
     */
    static final long SURVIVOR_ALLOWANCE = 64L << 20;

    /**
     * The {@code -Xmx} in MiB that holds {@code need} bytes: with {@link #SURVIVOR_ALLOWANCE} added,
     * rounded up to 256 MiB.
     */
    static long suggestedMebibytes(long need) {
        long mib = (need + SURVIVOR_ALLOWANCE + (1L << 20) - 1) >> 20;
        return (mib + 255) / 256 * 256;
    }

    private static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes >> 20);
    }
}
