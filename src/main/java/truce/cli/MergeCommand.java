package truce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import truce.batch.Manifest;
import truce.batch.ShardMerge;
import truce.files.FolderLock;
import truce.files.OutputFolder;

/**
 * {@code truce merge --out DIR SHARD_DIR...}: checks and merges the shards of one sweep, then
 * writes the summary, charts and report as a single-process sweep would.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Merge the shard folders of one sweep (from 'truce sweep --shard I/N') into one.")
final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "Merged results folder.")
    Path out;

    @Parameters(paramLabel = "SHARD_DIR", arity = "1..*", description = "The shard folders, all of them.")
    List<Path> shards;

    @picocli.CommandLine.Mixin
    CiOption ci;

    @picocli.CommandLine.Mixin
    HeapCheckOption heap;

    @Override
    public Integer call() throws IOException {
        Manifest m;
        OutputFolder.check(out);
        Manifest sweep = ShardMerge.sweepOf(shards);
        heap.check("merge " + out, HeapBudget.of(sweep, sweep.points())); // before the lock makes the folder
        try (FolderLock lock = FolderLock.acquire(out, "truce merge")) {
            m = ShardMerge.merge(shards, out);
            ChartCommand.render(out, ci.type());
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("merged %d shards of sweep %s: %d runs; results in %s (open %s)%n", shards.size(), m.sweep(),
                m.runsCompleted(), out, out.resolve("index.html"));
        o.flush();
        return ExitCodes.OK;
    }
}
