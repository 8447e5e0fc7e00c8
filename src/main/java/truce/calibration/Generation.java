package truce.calibration;

/**
 * One completed generation of ABC-SMC.
 *
 * @param index generation number, from 0 (the prior)
 * @param tolerance the distance a proposal had to reach to be accepted (infinite for generation 0)
 * @param simulations parameter sets simulated in this generation
 * @param totalSimulations parameter sets simulated in this and every earlier generation
 * @param population the accepted particles
 */
public record Generation(int index, double tolerance, long simulations, long totalSimulations,
                         Population population) {

    /** Accepted particles per simulation. */
    public double acceptanceRate() {
        return (double) population.size() / simulations;
    }
}
