package truce.model;

/**
 * Sees the state of a run at the end of each simulated day (the last phase of the day, as the
 * {@link DayRecorder} does, without keeping the days): what a sweep averages over its runs. It
 * must not change the model; it draws no random numbers, so a run observed or not is the same run.
 */
@FunctionalInterface
public interface DayObserver {

    /**
     * One day's end.
     *
     * @param day the day (from the scenario's {@code startDay}, below its horizon)
     * @param trust each state's mean trust in its counterparts, in declaration order; the array is
     *     reused the next day, so copy what must be kept
     * @param escalation each state's escalation, in declaration order; reused likewise
     * @param inForce whether the ceasefire is still in force at the end of the day (with several
     *     ceasefires, every one of them: the composite a run's outcome describes)
     */
    void day(int day, double[] trust, double[] escalation, boolean inForce);
}
