package truce.calibration;

/**
 * How far a simulated summary vector is from the observed one. Each element's difference is
 * scaled by the observed curve's standard error there (Greenwood's for survival, the delta
 * method's for incidence), floored at the error of half an event in {@code n}, {@code sqrt(0.5) / n},
 * so that a day before any observed event (standard error 0) still counts without dividing by 0.
 */
public final class Distance {

    /** Which norm of the scaled differences. */
    public enum Kind {
        /** Sum of squared scaled differences (a chi-square-like distance). */
        GREENWOOD,
        /** Largest absolute scaled difference. */
        SUP
    }

    private final Kind kind;
    private final double[] observed;
    private final double[] scale;

    /**
     * @param kind the norm
     * @param observed the observed summary
     * @param variances the observed summary's variances
     * @param n the number of observed spells
     */
    public Distance(Kind kind, double[] observed, double[] variances, int n) {
        this.kind = kind;
        this.observed = observed.clone();
        this.scale = new double[variances.length];
        double floor = Math.sqrt(0.5) / n;
        for (int k = 0; k < scale.length; k++) {
            scale[k] = Math.max(Math.sqrt(variances[k]), floor);
        }
    }

    /** The distance of a simulated summary. */
    public double of(double[] simulated) {
        double d = 0;
        for (int k = 0; k < observed.length; k++) {
            double z = (simulated[k] - observed[k]) / scale[k];
            d = kind == Kind.SUP ? Math.max(d, Math.abs(z)) : d + z * z;
        }
        return d;
    }

    /** The observed summary scaled as the distance scales it (for regression adjustment). */
    public double[] scaled(double[] summary) {
        double[] out = new double[summary.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = (summary[k] - observed[k]) / scale[k];
        }
        return out;
    }
}
