package truce.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An outcome of interest over the columns of {@code runs.csv}, such as {@code collapse_day < 90}
 * or {@code ending == breakdown and attacks >= 200}: one or more comparisons
 * {@code COLUMN OP VALUE} joined by {@code and}, where OP is one of
 * {@code < <= > >= == !=} and VALUE a number or a word. Words compare with {@code ==} and
 * {@code !=} only, ignoring case ({@code survived == false} matches {@code false} and
 * {@code FALSE}); numbers compare numerically with a numeric column.
 */
public final class OutcomeExpression {

    private static final Pattern TERM = Pattern.compile(
            "\\s*([A-Za-z_.][A-Za-z0-9_.*-]*)\\s*(<=|>=|==|!=|<|>)\\s*([^\\s]+)\\s*");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private record Term(int column, String op, String word, double number) {
    }

    private final String text;
    private final List<Term> terms;

    private OutcomeExpression(String text, List<Term> terms) {
        this.text = text;
        this.terms = terms;
    }

    /**
     * Parses an expression against a table's columns.
     *
     * @param text the expression; not null
     * @param header the table's column names; not null
     * @param numeric whether each column holds only numbers
     * @return the expression
     * @throws IllegalArgumentException naming the problem: not of the form above, a column that
     *     is not in the header, an order comparison with a word, or a number compared with a
     *     column of words
     */
    public static OutcomeExpression parse(String text, List<String> header, boolean[] numeric) {
        List<Term> terms = new ArrayList<>();
        for (String part : text.trim().split("\\s+and\\s+", -1)) {
            Matcher m = TERM.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("expected COLUMN OP VALUE [and ...] with OP one of < <= > >= == !="
                        + " (e.g. 'collapse_day < 90' or 'ending == breakdown'), found '" + part.trim() + "'");
            }
            String column = m.group(1);
            int k = header.indexOf(column);
            if (k < 0) {
                throw new IllegalArgumentException("no column '" + column + "' in runs.csv"
                        + truce.scenario.Suggestions.hint(column, header) + " (columns: "
                        + String.join(", ", header.subList(0, Math.min(header.size(), 12)))
                        + (header.size() > 12 ? ", ..." : "") + ")");
            }
            String op = m.group(2);
            String value = m.group(3);
            boolean isNumber = NUMBER.matcher(value).matches();
            if (!isNumber && !(op.equals("==") || op.equals("!="))) {
                throw new IllegalArgumentException("'" + column + " " + op + " " + value + "': expected a number after "
                        + op + ", found the word '" + value + "'");
            }
            if (isNumber && !numeric[k]) {
                throw new IllegalArgumentException("'" + column + " " + op + " " + value + "': column " + column
                        + " holds words, not numbers; compare it with == or != and a word");
            }
            if (!isNumber && numeric[k]) {
                throw new IllegalArgumentException("'" + column + " " + op + " " + value + "': column " + column
                        + " holds numbers; compare it with a number");
            }
            terms.add(new Term(k, op, isNumber ? null : value.toLowerCase(Locale.ROOT),
                    isNumber ? Double.parseDouble(value) : Double.NaN));
        }
        return new OutcomeExpression(text.trim(), terms);
    }

    /** Whether a row satisfies the expression. */
    public boolean test(List<String> row) {
        for (Term t : terms) {
            String cell = row.get(t.column());
            boolean ok;
            if (t.word() != null) {
                boolean eq = cell.toLowerCase(Locale.ROOT).equals(t.word());
                ok = t.op().equals("==") == eq;
            } else {
                double v = Double.parseDouble(cell);
                ok = switch (t.op()) {
                    case "<" -> v < t.number();
                    case "<=" -> v <= t.number();
                    case ">" -> v > t.number();
                    case ">=" -> v >= t.number();
                    case "==" -> v == t.number();
                    default -> v != t.number();
                };
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Whether a column's cells are all numbers (and there is at least one). */
    public static boolean isNumeric(List<List<String>> rows, int column) {
        if (rows.isEmpty()) {
            return false;
        }
        for (List<String> r : rows) {
            if (!NUMBER.matcher(r.get(column)).matches()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return text;
    }
}
