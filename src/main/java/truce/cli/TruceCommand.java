package truce.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import truce.batch.ResultsFolderException;
import truce.files.FolderInUseException;
import truce.files.OutputFolderException;
import truce.scenario.ScenarioException;

/** The {@code truce} root command: lists the subcommands and maps errors to exit codes. */
@Command(name = "truce",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Agent-based simulation of ceasefire dynamics (MASON).",
        subcommands = {
            RunCommand.class,
            GuiCommand.class,
            SweepCommand.class,
            CompareCommand.class,
            DiscoverCommand.class,
            SensitivityCommand.class,
            ChartCommand.class,
            MergeCommand.class,
            ReproduceCommand.class,
            SlurmCommand.class,
            BenchCommand.class,
            ValidateCommand.class,
            OddCommand.class,
            ParamsCommand.class,
            DataCommand.class,
            CalibrateCommand.class,
            PredictCommand.class,
            RecoverCommand.class,
            CommandLine.HelpCommand.class
        })
public final class TruceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean verbose;

    /** {@code truce} with no command: the usage, on stderr, and exit 2 (a command was expected). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    /** Builds the command line with Truce's exit-code mapping; tests use this too. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new TruceCommand());
        cl.setExecutionExceptionHandler(TruceCommand::handle);
        cl.setParameterExceptionHandler(TruceCommand::badArguments);
        return cl;
    }

    /** An argument error: one {@code error:} line and where to find the usage, not the whole usage. */
    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("error: " + e.getMessage());
        err.println("run '" + cl.getCommandSpec().qualifiedName() + " --help' for the usage");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = parsed.hasMatchedOption("--verbose")
                || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
        if (e instanceof ScenarioException || e instanceof ResultsFolderException || e instanceof FolderInUseException
                || e instanceof ArgumentError || e instanceof OutputFolderException || e instanceof HeapBudget.TooSmall) {
            err.println("error: " + e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return ExitCodes.BAD_INPUT;
        }
        err.println("error: " + describe(e));
        boolean io = e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException;
        if (verbose) {
            e.printStackTrace(err);
        } else if (!io) {
            err.println("(this looks like a bug in Truce; run with --verbose for the stack trace)");
        }
        return ExitCodes.FAILURE;
    }

    /** One line for an unexpected failure; file-system errors say which file and why. */
    static String describe(Exception e) {
        Throwable t = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        if (t instanceof java.nio.file.FileSystemException f) {
            String why = f instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : f instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : f instanceof java.nio.file.FileAlreadyExistsException ? "already exists"
                    : f instanceof java.nio.file.NotDirectoryException ? "not a folder"
                    : f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
            return "cannot write or read " + f.getFile() + ": " + why;
        }
        if (t instanceof java.io.IOException io) {
            return "input/output error: " + io.getMessage();
        }
        return t.toString();
    }

    public static void main(String[] args) {
        // Charts render off-screen; only a future GUI command may need a display.
        System.setProperty("java.awt.headless", "true");
        System.exit(commandLine().execute(args));
    }
}
