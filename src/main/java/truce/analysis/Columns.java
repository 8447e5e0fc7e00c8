package truce.analysis;

import java.util.List;

/** Finding a swept parameter's column in {@code runs.csv}. */
final class Columns {

    private Columns() {
    }

    /**
     * The index of a swept parameter's column: its R-valid name among all swept paths (see
     * {@link truce.batch.RunsCsv#columnNames}), or -1.
     */
    static int indexOf(List<String> header, List<String> parameters, String parameter) {
        return header.indexOf(truce.batch.RunsCsv.columnNames(parameters).get(parameters.indexOf(parameter)));
    }
}
