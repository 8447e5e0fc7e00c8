/**
 * Results files to immutable values: what a sweep's {@code manifest.json} and {@code runs.csv}
 * say, ready to be written as CSV or drawn by {@code truce.chart} (which computes nothing itself).
 * Between {@code truce.batch}, which makes the files, and {@code truce.chart}, which draws.
 */
package truce.analysis;
