package truce.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The text of the SLURM scripts for one sweep: a job array with one shard a task, a merge job,
 * and a submit script. Paths are absolute, so the jobs run the same from any folder.
 *
 * @param name the sweep's name
 * @param sweepFile the sweep file
 * @param dir the results folder; shards go to {@code dir/shards}, logs to {@code dir/slurm/logs}
 * @param jar the Truce jar
 * @param workdir the folder the jobs start in
 * @param shards number of shards
 * @param setup shell lines to run first in every job
 */
record SlurmScripts(String name, Path sweepFile, Path dir, Path jar, Path workdir, int shards, List<String> setup) {

    /** How each job starts the jar: with the launcher's JVM options ({@code ./truce} says why each). */
    private static final String JAVA = "exec java -XX:+UseParallelGC -Xmn64m -XX:MetaspaceSize=64m -jar ";

    String array(String partition, String time, int cpus, String mem) {
        StringBuilder sb = header("truce-" + name, partition, mem);
        sb.append("#SBATCH --array=0-").append(shards - 1).append('\n')
                .append("#SBATCH --cpus-per-task=").append(cpus).append('\n')
                .append("#SBATCH --time=").append(time).append('\n')
                .append("#SBATCH --output=").append(logs()).append("/shard-%a-job-%A.out\n")
                .append("#SBATCH --error=").append(logs()).append("/shard-%a-job-%A.err\n");
        prelude(sb);
        sb.append("i=${SLURM_ARRAY_TASK_ID}\n")
                .append("# --resume: a rerun of a failed or killed task continues where it stopped\n")
                .append(JAVA).append(q(jar)).append(" sweep ").append(q(sweepFile))
                .append(" --shard \"$i/").append(shards).append("\" --threads \"${SLURM_CPUS_PER_TASK:-")
                .append(cpus).append("}\" --resume --out ").append(q(dir.resolve("shards")))
                .append("/\"shard-$i-of-").append(shards).append("\"\n");
        return sb.toString();
    }

    String merge(String partition, String time, String mem) {
        StringBuilder sb = header("truce-" + name + "-merge", partition, mem);
        sb.append("#SBATCH --cpus-per-task=1\n")
                .append("#SBATCH --time=").append(time).append('\n')
                .append("#SBATCH --output=").append(logs()).append("/merge-job-%j.out\n")
                .append("#SBATCH --error=").append(logs()).append("/merge-job-%j.err\n");
        prelude(sb);
        sb.append(JAVA).append(q(jar)).append(" merge --out ").append(q(dir));
        for (int i = 0; i < shards; i++) {
            sb.append(" \\\n  ").append(q(dir.resolve("shards").resolve("shard-" + i + "-of-" + shards)));
        }
        return sb.append('\n').toString();
    }

    String submit() {
        Path slurm = dir.resolve("slurm");
        return "#!/usr/bin/env bash\n"
                + "# Submits the shard array, then the merge, which runs only if every shard succeeded.\n"
                + "set -euo pipefail\n"
                + "array=$(sbatch --parsable " + q(slurm.resolve("sweep.sbatch")) + ")\n"
                + "array=${array%%;*}\n"
                + "merge=$(sbatch --parsable --dependency=afterok:\"$array\" " + q(slurm.resolve("merge.sbatch")) + ")\n"
                + "merge=${merge%%;*}\n"
                + "echo \"submitted shard array job $array (" + shards + " tasks) and merge job $merge\"\n"
                + "echo \"watch with: squeue -j $array,$merge\"\n";
    }

    private StringBuilder header(String job, String partition, String mem) {
        StringBuilder sb = new StringBuilder("#!/usr/bin/env bash\n")
                .append("# Written by truce slurm for sweep ").append(name).append(".\n")
                .append("#SBATCH --job-name=").append(job).append('\n')
                .append("#SBATCH --mem=").append(mem).append('\n');
        if (partition != null) {
            sb.append("#SBATCH --partition=").append(partition).append('\n');
        }
        return sb;
    }

    private void prelude(StringBuilder sb) {
        sb.append("set -euo pipefail\n");
        for (String line : setup) {
            sb.append(line).append('\n');
        }
        sb.append("cd ").append(q(workdir)).append('\n');
    }

    private String logs() {
        return dir.resolve("slurm").resolve("logs").toString();
    }

    /** Single-quotes a path for the shell. */
    static String q(Path p) {
        return "'" + p.toString().replace("'", "'\\''") + "'";
    }
}
