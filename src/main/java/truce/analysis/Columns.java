package truce.analysis;

import java.util.List;

/** Finding a swept parameter's column in {@code runs.csv}. */
final class Columns {

    private Columns() {
    }

    /** The index of the column of a parameter path, or -1. */
    static int indexOf(List<String> header, String parameter) {
        return header.indexOf(parameter);
    }
}
