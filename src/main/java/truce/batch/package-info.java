/**
 * Running sweeps: designs, seeds, the parallel runner and the files it makes ({@code runs.csv},
 * {@code manifest.json}, the codebook), resume, shards and merge. What is computed from the runs
 * (summary, sensitivity, screening) is in {@code truce.analysis}, which may listen to the runner
 * ({@link truce.batch.RunListener}) but is not known to it.
 */
package truce.batch;
