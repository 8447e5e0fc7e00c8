package truce.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import truce.model.Param;

/**
 * What the scenario records look like, read once by reflection from their components and
 * {@link Param} annotations: the one description the binder, the validator, the override paths
 * and the parameter catalog all walk.
 *
 * <p>Supported component types: {@code int}/{@link Integer}, {@code double}/{@link Double},
 * {@code boolean}/{@link Boolean}, {@link String}, enums, records, {@code Map<String, R>} and
 * {@code List<R>} of records {@code R}, and {@code List<String>} (a list of names, bound as one value). Every component must carry {@link Param}. A schema that
 * breaks these rules is a programming error and fails with {@link IllegalStateException}.
 */
final class Schema {

    /** How a component is written in YAML and bound. */
    enum Kind { INT, DOUBLE, BOOLEAN, STRING, ENUM, RECORD, MAP, LIST, NAMES }

    /**
     * One record component.
     *
     * @param name the component name, which is the YAML key
     * @param param its annotation
     * @param kind how it is bound
     * @param type the component's class; for {@link Kind#MAP} and {@link Kind#LIST}, the class of
     *     the records they hold
     * @param accessor the record's accessor method
     * @param defaultNode the parsed default ({@link Param#def}), or null for
     *     {@link Param#REQUIRED} and {@link Param#NONE}
     */
    record Field(String name, Param param, Kind kind, Class<?> type, Method accessor,
                 YamlNode defaultNode) {

        boolean required() {
            return Param.REQUIRED.equals(param.def());
        }

        boolean optional() {
            return Param.NONE.equals(param.def());
        }

        /** Whether the kind is a single value (not a record, map or list). */
        boolean isLeaf() {
            return kind != Kind.RECORD && kind != Kind.MAP && kind != Kind.LIST;
        }

        /** This component's value in {@code record}. */
        Object get(Object record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + name, e);
            }
        }
    }

    /** The components of one record type, in declaration order, with its canonical constructor. */
    record RecordType(List<Field> fields, Map<String, Field> byName, Constructor<?> constructor) {
    }

    private static final ClassValue<RecordType> CACHE = new ClassValue<>() {
        @Override
        protected RecordType computeValue(Class<?> type) {
            return build(type);
        }
    };

    private Schema() {
    }

    /** The components of record type {@code type}, in declaration order. */
    static List<Field> fields(Class<?> type) {
        return CACHE.get(type).fields();
    }

    /** The component {@code name} of record type {@code type}, or null. */
    static Field field(Class<?> type, String name) {
        return CACHE.get(type).byName().get(name);
    }

    /** The component names of record type {@code type}, in declaration order. */
    static List<String> names(Class<?> type) {
        return List.copyOf(CACHE.get(type).byName().keySet());
    }

    /**
     * Builds a record from its component values, in declaration order.
     *
     * @throws IllegalArgumentException with the record's own message if its constructor rejects
     *     the values (compact-constructor checks)
     */
    static Object construct(Class<?> type, Object[] args) {
        try {
            return CACHE.get(type).constructor().newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException
                    || cause instanceof NullPointerException) {
                throw new IllegalArgumentException(String.valueOf(cause.getMessage()), cause);
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /** The YAML spelling of an enum constant: its name in lower case. */
    static String enumName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The YAML spellings of an enum's constants. */
    static List<String> enumNames(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(c -> enumName((Enum<?>) c))
                .toList();
    }

    /**
     * The valid range of a number: {@code [0, 50]}, {@code >= 0}, {@code <= 1}, or an empty
     * string when unbounded.
     */
    static String bounds(Param p) {
        boolean low = p.min() != Double.NEGATIVE_INFINITY;
        boolean high = p.max() != Double.POSITIVE_INFINITY;
        if (low && high) {
            return "[" + format(p.min()) + ", " + format(p.max()) + "]";
        }
        if (low) {
            return ">= " + format(p.min());
        }
        return high ? "<= " + format(p.max()) : "";
    }

    /** A number as written in messages: {@code 50}, {@code 0.1}, {@code 1.01}. */
    static String format(double d) {
        boolean whole = d == Math.rint(d) && Math.abs(d) < 1e15;
        return whole ? Long.toString((long) d) : Double.toString(d);
    }

    private static RecordType build(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalStateException(type.getName() + " is not a record");
        }
        List<Field> fields = new ArrayList<>();
        Map<String, Field> byName = new LinkedHashMap<>();
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            Field f = field(type, components[i]);
            fields.add(f);
            byName.put(f.name(), f);
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return new RecordType(List.copyOf(fields), Collections.unmodifiableMap(byName), constructor);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
        }
    }

    private static Field field(Class<?> owner, RecordComponent c) {
        String where = owner.getSimpleName() + "." + c.getName();
        Param param = c.getAnnotation(Param.class);
        if (param == null) {
            throw new IllegalStateException(where + " has no @Param");
        }
        Class<?> raw = c.getType();
        Kind kind;
        Class<?> type = raw;
        if (raw == int.class || raw == Integer.class) {
            kind = Kind.INT;
        } else if (raw == double.class || raw == Double.class) {
            kind = Kind.DOUBLE;
        } else if (raw == boolean.class || raw == Boolean.class) {
            kind = Kind.BOOLEAN;
        } else if (raw == String.class) {
            kind = Kind.STRING;
        } else if (raw.isEnum()) {
            kind = Kind.ENUM;
        } else if (raw.isRecord()) {
            kind = Kind.RECORD;
        } else if (raw == Map.class) {
            kind = Kind.MAP;
            type = typeArgument(c.getGenericType(), 1, where);
        } else if (raw == List.class && c.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == String.class) {
            kind = Kind.NAMES;
            type = String.class;
        } else if (raw == List.class) {
            kind = Kind.LIST;
            type = typeArgument(c.getGenericType(), 0, where);
        } else {
            throw new IllegalStateException(where + ": unsupported type " + raw.getName());
        }
        if (Param.NONE.equals(param.def()) && raw.isPrimitive()) {
            throw new IllegalStateException(where + ": an optional parameter needs a boxed type");
        }
        YamlNode def = null;
        if (!Param.REQUIRED.equals(param.def()) && !Param.NONE.equals(param.def())) {
            try {
                def = YamlReader.readFragment(param.def(), "@Param(def) of " + where, "");
            } catch (ScenarioException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        java.lang.reflect.Method accessor = c.getAccessor();
        accessor.setAccessible(true); // skips the access check on every call: sweeps read components per design point
        return new Field(c.getName(), param, kind, type, accessor, def);
    }

    private static Class<?> typeArgument(Type generic, int index, String where) {
        if (generic instanceof ParameterizedType p
                && p.getActualTypeArguments()[index] instanceof Class<?> arg && arg.isRecord()
                && (index == 0 || p.getActualTypeArguments()[0] == String.class)) {
            return arg;
        }
        throw new IllegalStateException(where + ": maps must be Map<String, Record> and lists"
                + " List<Record>, found " + generic.getTypeName());
    }
}
