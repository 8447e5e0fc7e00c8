package truce.batch;

/**
 * Where a long batch job reports how far it is, and learns whether it should stop early;
 * implementations live with the user interface.
 */
public interface Progress {

    /** The job has {@code total} runs, of which {@code done} were already complete (resume). */
    void start(long total, long done);

    /** {@code done} runs are now complete. Called from the writing thread only. */
    void update(long done);

    /** The job ended (normally or not). */
    void finish();

    /**
     * Whether the job should stop as soon as what it has written is consistent (e.g. the process
     * was asked to terminate). Polled from the writing thread between chunks of runs.
     */
    default boolean stopRequested() {
        return false;
    }

    /** Reports nothing. */
    Progress NONE = new Progress() {
        @Override
        public void start(long total, long done) {
        }

        @Override
        public void update(long done) {
        }

        @Override
        public void finish() {
        }
    };
}
