package truce.calibration;

/**
 * What ABC needs of a model: the summary statistics of one simulated data set at a parameter set.
 * Must be a pure function of its arguments and safe to call from several threads.
 */
@FunctionalInterface
public interface AbcSimulator {

    /**
     * @param theta the parameters in the priors' order, natural scale
     * @param seed the seed of this simulation
     * @return the summary vector
     */
    double[] simulate(double[] theta, long seed);
}
