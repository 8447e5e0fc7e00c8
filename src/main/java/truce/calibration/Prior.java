package truce.calibration;

/**
 * A prior of one free parameter: uniform, or log-uniform (uniform in the logarithm), over
 * {@code [lower, upper]}. ABC works in the prior's <em>internal</em> scale (the value, or its
 * logarithm), where every prior is uniform.
 *
 * @param path the dotted parameter path ({@code *} allowed for every actor of a section)
 * @param logUniform whether the prior is log-uniform
 * @param lower lower end, {@code > 0} for a log-uniform prior
 * @param upper upper end, {@code > lower}
 */
public record Prior(String path, boolean logUniform, double lower, double upper) {

    public Prior {
        if (!(lower < upper) || (logUniform && !(lower > 0))) {
            throw new IllegalArgumentException("bad prior range for " + path + ": [" + lower + ", " + upper + "]");
        }
    }

    /** The value in the internal scale. */
    public double internal(double x) {
        return logUniform ? Math.log(x) : x;
    }

    /** The value of an internal-scale point. */
    public double natural(double u) {
        return logUniform ? Math.exp(u) : u;
    }

    /** The internal scale's lower end. */
    public double internalLower() {
        return internal(lower);
    }

    /** The internal scale's upper end. */
    public double internalUpper() {
        return internal(upper);
    }

    /** The value at quantile {@code q} of the prior. */
    public double quantile(double q) {
        return natural(internalLower() + q * (internalUpper() - internalLower()));
    }

    /** Whether the prior gives the value positive density. */
    public boolean contains(double x) {
        return x >= lower && x <= upper;
    }

    /** {@code uniform[a, b]} or {@code log-uniform[a, b]}. */
    public String describe() {
        return (logUniform ? "log-uniform" : "uniform") + "[" + lower + ", " + upper + "]";
    }
}
