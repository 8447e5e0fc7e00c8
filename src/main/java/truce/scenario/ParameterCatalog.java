package truce.scenario;

import java.util.ArrayList;
import java.util.List;
import truce.model.Param;
import truce.model.Scenario;

/**
 * Every scenario parameter, listed from the records' {@link Param} annotations: the one
 * place parameters are documented, printed by {@code truce params}.
 */
public final class ParameterCatalog {

    /**
     * One parameter.
     *
     * @param path key path pattern, e.g. {@code states.<name>.trust} or {@code events[i].day}
     * @param unit unit of measure; empty if none, or if it would repeat {@code range}
     * @param range valid values: {@code [0, 50]}, {@code >= 0}, {@code true|false},
     *     {@code cessation|preliminary|definitive}, {@code name in states}, or {@code text}
     * @param defaultValue the default as written in YAML; {@code required} if the key must be
     *     given; {@code none} if it may be left out and then has no value
     * @param meaning one-line meaning
     */
    public record Entry(String path, String unit, String range, String defaultValue,
                        String meaning) {
    }

    private ParameterCatalog() {
    }

    /** Every parameter of a {@link Scenario}, in declaration order. */
    public static List<Entry> scenario() {
        return of(Scenario.class);
    }

    /**
     * Every parameter of a record type, in declaration order, descending into nested records,
     * named maps ({@code <name>}) and lists ({@code [i]}).
     *
     * @param type a record whose components all carry {@link Param}
     * @return the leaf parameters
     * @throws IllegalStateException if {@code type} is not such a record
     */
    public static List<Entry> of(Class<? extends Record> type) {
        List<Entry> out = new ArrayList<>();
        walk(type, "", out);
        return List.copyOf(out);
    }

    private static void walk(Class<?> type, String path, List<Entry> out) {
        for (Schema.Field f : Schema.fields(type)) {
            String p = KeyPath.child(path, f.name());
            switch (f.kind()) {
                case RECORD -> walk(f.type(), p, out);
                case MAP -> walk(f.type(), KeyPath.child(p, "<name>"), out);
                case LIST -> walk(f.type(), p + "[i]", out);
                default -> out.add(entry(f, p));
            }
        }
    }

    private static Entry entry(Schema.Field f, String path) {
        Param p = f.param();
        String range = switch (f.kind()) {
            case INT, DOUBLE -> Schema.bounds(p).isEmpty() ? "any" : Schema.bounds(p);
            case BOOLEAN -> "true|false";
            case ENUM -> String.join("|", Schema.enumNames(f.type()));
            case NAMES -> p.ref().isEmpty() ? "list of names" : "list of names in " + p.ref();
            default -> p.ref().isEmpty() ? "text" : "name in " + p.ref();
        };
        String unit = p.unit().equals(range) ? "" : p.unit();
        String def = f.required() ? "required" : f.optional() ? "none"
                : p.def().isEmpty() ? "\"\"" : p.def();
        return new Entry(path, unit, range, def, p.doc());
    }
}
