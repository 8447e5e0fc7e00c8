package truce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import truce.batch.SweepPlan;
import truce.files.AtomicFiles;
import truce.scenario.SweepLoader;
import truce.scenario.SweepSpec;

/**
 * {@code truce slurm FILE --shards N}: writes a SLURM job-array script (one shard per array task,
 * each using its CPUs as threads, logs per task), a merge job that runs after the whole array
 * succeeded ({@code --dependency=afterok}), and {@code submit.sh}, which submits both.
 */
@Command(name = "slurm", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write SLURM job-array scripts that run a sweep in shards and merge them.")
final class SlurmCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    FileParameter input;

    @Option(names = "--shards", paramLabel = "N", required = true, description = "Number of shards (array tasks).")
    int shards;

    @Option(names = {"-p", "--partition"}, paramLabel = "P", description = "SLURM partition (default: the cluster's).")
    String partition;

    @Option(names = "--time", paramLabel = "T", description = "Time limit per task (default: ${DEFAULT-VALUE}).")
    String time = "01:00:00";

    @Option(names = {"-c", "--cpus-per-task"}, paramLabel = "C",
            description = "CPUs per task, used as threads (default: ${DEFAULT-VALUE}).")
    int cpus = 4;

    @Option(names = "--mem", paramLabel = "M", description = "Memory per task (default: ${DEFAULT-VALUE}).")
    String mem = "2G";

    @picocli.CommandLine.Mixin
    OutOption out;

    @Option(names = "--setup", paramLabel = "CMD",
            description = "A shell line to run first in every job, e.g. 'module load java/17' (repeatable).")
    List<String> setup = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (shards < 1) {
            throw new ParameterException(spec.commandLine(), "--shards: expected at least 1, found " + shards);
        }
        if (cpus < 1) {
            throw new ParameterException(spec.commandLine(), "--cpus-per-task: expected at least 1, found " + cpus);
        }
        Path file = input.path();
        SweepSpec sweep = SweepLoader.load(file);
        SweepPlan plan = SweepPlan.of(sweep); // fails now, not on the cluster, if the sweep is bad
        Path dir = out.or(Path.of("results", sweep.name())).toAbsolutePath().normalize();
        Path slurm = dir.resolve("slurm");
        Files.createDirectories(slurm.resolve("logs"));
        SlurmScripts scripts = new SlurmScripts(sweep.name(), file.toAbsolutePath().normalize(), dir, jar(),
                Path.of("").toAbsolutePath(), shards, setup);
        write(slurm.resolve("sweep.sbatch"), scripts.array(partition, time, cpus, mem));
        write(slurm.resolve("merge.sbatch"), scripts.merge(partition, time, mem));
        write(slurm.resolve("submit.sh"), scripts.submit());

        PrintWriter o = spec.commandLine().getOut();
        o.printf("Wrote %s, %s and %s%n", slurm.resolve("sweep.sbatch"), slurm.resolve("merge.sbatch"),
                slurm.resolve("submit.sh"));
        o.printf("%d runs in %d shards of about %d runs, %d threads each.%n%n", plan.runs(), shards,
                (plan.runs() + shards - 1) / shards, cpus);
        o.printf("Submit both jobs (the merge waits for every shard to succeed):%n  bash %s%n%n",
                slurm.resolve("submit.sh"));
        o.printf("Watch:  squeue -u $USER    logs: %s%n", slurm.resolve("logs"));
        o.printf("Rerun a failed shard K (it resumes) and a merge that waits for it (scancel the old merge):%n"
                + "  sbatch --dependency=afterok:$(sbatch --parsable --array=K %s) %s%n",
                slurm.resolve("sweep.sbatch"), slurm.resolve("merge.sbatch"));
        o.printf("Results, once merged: %s%n", dir.resolve("index.html"));
        o.flush();
        return ExitCodes.OK;
    }

    private static void write(Path file, String text) throws IOException {
        AtomicFiles.writeText(file, w -> w.write(text));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the scripts are run with bash or sbatch anyway
        }
    }

    /** The jar this command runs from, which the jobs run too. */
    private static Path jar() {
        try {
            Path p = Path.of(SlurmCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? p : Path.of("target", "truce.jar").toAbsolutePath();
        } catch (URISyntaxException | SecurityException e) {
            return Path.of("target", "truce.jar").toAbsolutePath();
        }
    }
}
