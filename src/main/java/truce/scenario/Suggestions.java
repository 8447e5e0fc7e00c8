package truce.scenario;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean ...?" hints: the closest candidate by edit distance, if it is close enough. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code word} (case-insensitive Levenshtein distance), if that
     * distance is at most 2 (at most 1 for words shorter than 5 characters).
     *
     * @param word what the user wrote; not null
     * @param candidates valid words, in preference order for ties; not null
     * @return the suggestion, or null if none is close enough
     */
    static String closest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        int limit = w.length() < 5 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /** {@code "; did you mean 'x'?"}, or an empty string when nothing is close. */
    public static String hint(String word, Collection<String> candidates) {
        String s = closest(word, candidates);
        return s == null ? "" : "; did you mean '" + s + "'?";
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
