package truce.analysis;

import java.util.List;
import java.util.Locale;
import truce.scenario.ParameterCatalog;

/**
 * Axis titles for swept parameters, in words with the unit the parameter's {@code @Param}
 * declares: {@code militants.ttp.attackRate} becomes "TTP attack rate (attacks/day)",
 * {@code mediators.*.leverage} "leverage, every mediator (probability)",
 * {@code agreement.strength} "agreement strength".
 */
public final class AxisTitles {

    private static final List<ParameterCatalog.Entry> CATALOG = ParameterCatalog.scenario();

    private AxisTitles() {
    }

    /**
     * The title of a swept key path.
     *
     * @param path a dotted key path, possibly with an actor's name or {@code *}
     * @return the title; the path itself if the catalog does not know it
     */
    public static String of(String path) {
        String[] parts = path.split("\\.");
        ParameterCatalog.Entry entry = entry(parts);
        if (entry == null) {
            return path;
        }
        String title;
        if (entry.path().contains("<name>") && parts.length == 3) {
            String field = words(parts[2]);
            title = parts[1].equals("*") ? field + ", every " + singular(parts[0]) : actor(parts[1]) + " " + field;
        } else {
            StringBuilder b = new StringBuilder();
            for (String p : parts) {
                b.append(b.length() == 0 ? "" : " ").append(words(p));
            }
            title = b.toString();
        }
        String unit = entry.unit();
        return unit.isEmpty() || unit.equals("boolean") ? title : title + " (" + unit + ")";
    }

    private static ParameterCatalog.Entry entry(String[] parts) {
        for (ParameterCatalog.Entry e : CATALOG) {
            String[] q = e.path().split("\\.");
            if (q.length != parts.length) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < q.length && match; i++) {
                match = q[i].equals("<name>") || q[i].equals(parts[i]);
            }
            if (match) {
                return e;
            }
        }
        return null;
    }

    /** {@code attackRate} to {@code attack rate}. */
    static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** An actor's name as a reader writes it: short names are acronyms (TTP, BLA), others capitalised. */
    static String actor(String name) {
        return name.length() <= 3 ? name.toUpperCase(Locale.ROOT)
                : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String singular(String section) {
        return switch (section) {
            case "militants" -> "militant group";
            case "mediators" -> "mediator";
            case "states" -> "state";
            default -> section;
        };
    }
}
