package truce.batch;

import truce.model.DayObserver;

/**
 * Watches the days of each run of a sweep, in the worker threads that run them (so concurrently:
 * it must be thread-safe). What it accumulates must not depend on the order in which runs are
 * watched, so that it is the same for any thread count, and for a resumed sweep, whose runs
 * already in {@code runs.csv} are run again to be watched (see {@link SweepRunner.Finished}).
 */
@FunctionalInterface
public interface DayWatcher {

    /**
     * The observer of one run's days, made in the worker that runs it.
     *
     * @param task the run
     * @return what sees the end of each of its days
     */
    DayObserver watch(RunTask task);
}
