package truce.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents one scenario parameter: its unit, its valid range, its default and its meaning.
 *
 * <p>This is the single place where a parameter is described. The scenario loader validates
 * against it, {@code truce params} prints it, and sweeps reach the parameter by the dotted path
 * of the record components that lead to it (for example {@code militants.ttp.attackRate}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Param {

    /** Marks a parameter that must be given in the file. */
    String REQUIRED = "\u0000required";

    /** Marks a parameter that may be left out and then has no value ({@code null}). */
    String NONE = "\u0000none";

    /** Unit of measure, e.g. {@code "attacks/day"} or {@code "probability"}. */
    String unit() default "";

    /** Smallest valid value (numbers only), inclusive. */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest valid value (numbers only), inclusive. */
    double max() default Double.POSITIVE_INFINITY;

    /** Default as it would be written in YAML; {@link #REQUIRED} or {@link #NONE}. */
    String def() default REQUIRED;

    /** For names: the top-level section whose names this value must refer to. */
    String ref() default "";

    /** One-line meaning of the parameter. */
    String doc();
}
