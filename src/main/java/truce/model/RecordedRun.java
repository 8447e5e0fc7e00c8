package truce.model;

/**
 * One run with its daily trajectory.
 *
 * @param outcome what the run reports
 * @param trajectory the daily record
 */
public record RecordedRun(RunOutcome outcome, Trajectory trajectory) {
}
