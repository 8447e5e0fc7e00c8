package truce.batch;

import truce.model.Scenario;

/**
 * One run of a sweep.
 *
 * @param run the run's number in the sweep, from 0 (point-major order)
 * @param point its design point
 * @param replicate its replicate index at that point, from 0
 * @param seed its derived seed
 * @param scenario the point's scenario
 */
public record RunTask(long run, DesignPoint point, int replicate, long seed, Scenario scenario) {
}
