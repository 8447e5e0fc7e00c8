package truce.batch;

import truce.model.Ending;

/**
 * Strict reading of the values in a results file's row: each either parses as its column's type
 * or fails with one line naming the file and line ({@code where}), the column, what was expected
 * and what was found. Nothing is skipped or guessed.
 */
public final class RowValues {

    private RowValues() {
    }

    public static long longValue(String where, String column, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw bad(where, column, "a whole number", text);
        }
    }

    public static int integer(String where, String column, String text) {
        try {
            int v = Integer.parseInt(text);
            if (v < 0) {
                throw bad(where, column, "a whole number of at least 0", text);
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(where, column, "a whole number", text);
        }
    }

    public static double number(String where, String column, String text) {
        try {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v) || text.isBlank() || Character.isLetter(text.charAt(text.length() - 1))) {
                throw bad(where, column, "a finite number", text);
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(where, column, "a number", text);
        }
    }

    /** {@code TRUE} or {@code FALSE}, as runs.csv writes them (R's logicals); also {@code true}/{@code false}, as older versions wrote them. */
    public static boolean bool(String where, String column, String text) {
        return switch (text) {
            case "TRUE", "true" -> true;
            case "FALSE", "false" -> false;
            default -> throw bad(where, column, "TRUE or FALSE", text);
        };
    }

    /** A point id {@code p0000}... below {@code points}, as its index. */
    public static int pointIndex(String where, String text, int points) {
        if (text.length() > 1 && text.charAt(0) == 'p' && text.substring(1).chars().allMatch(Character::isDigit)
                && text.length() < 12) {
            long index = Long.parseLong(text.substring(1));
            if (index < points) {
                return (int) index;
            }
            throw bad(where, "point", "a point of the sweep (p0000 to p" + (points - 1) + ")", text);
        }
        throw bad(where, "point", "a point id such as p0000", text);
    }

    /** An ending's label ({@code breakdown}, ..., {@code in_force}), as {@code runs.csv} writes it. */
    public static Ending ending(String where, String column, String text) {
        Ending e = Ending.fromLabel(text);
        if (e == null) {
            throw bad(where, column, "breakdown, settlement, expiry or in_force", text);
        }
        return e;
    }

    public static ResultsFolderException bad(String where, String column, String expected, String found) {
        return new ResultsFolderException(where + ": column '" + column + "': expected " + expected + ", found '"
                + shorten(found, 30) + "'");
    }

    /** A value quoted in a one-line message: its first {@code most} characters, then "...". */
    static String shorten(String text, int most) {
        return text.length() > most ? text.substring(0, most) + "..." : text;
    }
}
