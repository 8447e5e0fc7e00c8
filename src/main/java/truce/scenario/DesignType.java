package truce.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a sweep chooses its design points. Written in sweep files and {@code manifest.json} as its
 * {@link #key()}: {@code grid}, {@code list}, ...
 */
public enum DesignType {
    /** Full factorial: every combination of every parameter's values. */
    GRID,
    /** An explicit list of points. */
    LIST,
    /** Latin hypercube: n samples, each parameter's range cut into n strata, one sample in each. */
    LHS,
    /** The first n points of a Sobol low-discrepancy sequence over the parameters' ranges. */
    SOBOL,
    /**
     * Saltelli's sampling for variance-based sensitivity: n base samples A and B from a Sobol
     * sequence of twice the dimension, and each AB_i; n x (k + 2) points in all.
     */
    SALTELLI,
    /**
     * Morris's elementary-effects screening: n trajectories, each a random start on a 4-level
     * grid followed by k one-at-a-time steps; n x (k + 1) points in all.
     */
    MORRIS;

    /** The name in sweep files and manifests, e.g. {@code saltelli}. */
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type whose {@link #key()} is {@code key}, as a manifest records it.
     *
     * @throws IllegalArgumentException naming the types there are, if none is
     */
    @JsonCreator
    public static DesignType of(String key) {
        for (DesignType t : values()) {
            if (t.key().equals(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException("expected one of " + java.util.Arrays.stream(values()).map(DesignType::key)
                .toList() + ", found '" + key + "'");
    }
}
