package truce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import truce.scenario.ParameterCatalog;

/**
 * {@code truce params}: prints every scenario parameter (key path, unit, range, default,
 * meaning) from the records' annotations, as an aligned text table, CSV, or a Markdown table
 * for the README.
 */
@Command(name = "params", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "List every scenario parameter with its unit, range, default and meaning.")
public final class ParamsCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, csv, markdown }

    private static final List<String> HEADER =
            List.of("path", "unit", "range", "default", "meaning");

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<List<String>> rows = ParameterCatalog.scenario().stream()
                .map(e -> List.of(e.path(), e.unit(), e.range(), e.defaultValue(), e.meaning()))
                .toList();
        switch (format) {
            case csv -> csv(out, rows);
            case markdown -> markdown(out, rows);
            default -> text(out, rows);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void text(PrintWriter out, List<List<String>> rows) {
        int[] width = new int[HEADER.size() - 1];
        for (List<String> row : concat(rows)) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        for (List<String> row : concat(rows)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                String cell = row.get(i).isEmpty() ? "-" : row.get(i);
                line.append(cell).append(" ".repeat(width[i] - cell.length() + 2));
            }
            out.println(line.append(row.get(width.length)));
        }
    }

    private static void csv(PrintWriter out, List<List<String>> rows) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                    .setHeader(HEADER.toArray(String[]::new)).setRecordSeparator("\n").build());
            printer.printRecords(rows);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void markdown(PrintWriter out, List<List<String>> rows) {
        out.println(mdRow(HEADER));
        out.println("|" + " --- |".repeat(HEADER.size()));
        for (List<String> row : rows) {
            out.println(mdRow(Arrays.asList(row.get(0).isEmpty() ? "" : "`" + row.get(0) + "`",
                    row.get(1), row.get(2), row.get(3), row.get(4))));
        }
    }

    private static String mdRow(List<String> cells) {
        StringBuilder sb = new StringBuilder("|");
        for (String c : cells) {
            sb.append(' ').append(c.replace("|", "\\|")).append(" |");
        }
        return sb.toString();
    }

    private static List<List<String>> concat(List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        return all;
    }
}
