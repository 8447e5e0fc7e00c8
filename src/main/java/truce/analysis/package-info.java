/**
 * Results files to immutable values: what a sweep's {@code manifest.json} and {@code runs.csv}
 * say, ready to be written as CSV or drawn by {@code truce.chart} (which computes nothing itself).
 * Between {@code truce.batch}, which runs the sweep and makes those two files, and
 * {@code truce.chart}, which draws. Every statistic of a sweep is computed here, and every CSV
 * made from the runs ({@code summary.csv}, {@code logrank.csv}, {@code incidence.csv},
 * {@code sensitivity.csv}, {@code morris.csv}) is written here; a summary can also be
 * accumulated while the sweep runs, as a {@link truce.batch.RunListener} of its runner.
 */
package truce.analysis;
