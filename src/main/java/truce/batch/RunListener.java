package truce.batch;

import java.util.List;

/**
 * Told of each run of a sweep as its row is appended to {@code runs.csv}: on one thread, in the
 * file's (plan) order, so whatever it accumulates is the same for any thread count. The batch
 * layer runs; what is computed from the rows (the summary, in {@code truce.analysis}) listens.
 */
public interface RunListener {

    /** Listens to nothing. */
    RunListener NONE = row -> { };

    /**
     * One run's row, as written.
     *
     * @param row the cells, in the order of the header of {@code runs.csv}
     */
    void row(List<String> row);

    /**
     * What watches each run's days in the worker threads, or null (the default) for nothing:
     * watching costs a little on every simulated day.
     */
    default DayWatcher days() {
        return null;
    }

    /** Told of the rows by {@code rows}, and watching the days with {@code days} (null for none). */
    static RunListener of(RunListener rows, DayWatcher days) {
        return new RunListener() {
            @Override
            public void row(List<String> row) {
                rows.row(row);
            }

            @Override
            public DayWatcher days() {
                return days;
            }
        };
    }
}
