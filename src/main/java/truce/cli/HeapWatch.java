package truce.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;

/**
 * Tells a sweep that the Java heap is nearly full: the old generation still held more than
 * {@value #FULL} of its maximum after {@value #TIMES} of its collections. A sweep keeps statistics for
 * every design point it has run, so a design with too many points for the heap (a million points
 * in {@code -Xmx512m}) would otherwise spend minutes in back-to-back full collections and then die
 * with an {@code OutOfMemoryError}; told in time, it stops cleanly, its runs kept for a resume
 * with more memory.
 *
 * <p>Uses the JVM's collection-usage threshold on the heap pool that has one for its usage too
 * (the tenured pool: "PS Old Gen", "G1 Old Gen", "Tenured Gen"); the notice comes from the JVM's
 * service thread after the collection.
 */
final class HeapWatch implements AutoCloseable {

    /** The share of the old generation's maximum still in use after its collection that counts as full. */
    static final double FULL = 0.9;
    /**
     * How many collections must leave it that full: one can be a passing peak (writing the
     * report after the runs is one: a sweep that was told after its first such collection there
     * would have finished), while the statistics of points run only grow.
     */
    static final int TIMES = 3;

    private final NotificationEmitter emitter;
    private final NotificationListener listener;

    private HeapWatch(NotificationEmitter emitter, NotificationListener listener) {
        this.emitter = emitter;
        this.listener = listener;
    }

    /**
     * Starts watching.
     *
     * @param onFull called (on a JVM thread, possibly more than once) when the heap is full
     * @return the watch, to close when the runs are over; a watch that does nothing if this JVM
     *     has no such threshold
     */
    static HeapWatch start(Runnable onFull) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage().getMax();
            if (pool.getType() == MemoryType.HEAP && pool.isUsageThresholdSupported()
                    && pool.isCollectionUsageThresholdSupported() && max > 0) {
                pool.setCollectionUsageThreshold((long) (max * FULL));
                NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
                long before = pool.getCollectionUsageThresholdCount();
                NotificationListener listener = (Notification n, Object handback) -> {
                    if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(n.getType())
                            && pool.getCollectionUsageThresholdCount() - before >= TIMES) {
                        onFull.run();
                    }
                };
                emitter.addNotificationListener(listener, null, null);
                return new HeapWatch(emitter, listener);
            }
        }
        return new HeapWatch(null, null);
    }

    @Override
    public void close() {
        if (emitter != null) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone
            }
        }
    }
}
