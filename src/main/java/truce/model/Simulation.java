package truce.model;

/**
 * Runs the model: the one call through which everything else sees it,
 * {@code (scenario, seed) -> outcome}.
 */
public final class Simulation {

    private Simulation() {
    }

    /**
     * Runs one ceasefire to collapse or to the scenario's horizon.
     *
     * @param scenario a validated scenario; never null
     * @param seed the run's seed
     * @return the outcome, a pure function of (scenario, seed)
     */
    public static RunOutcome run(Scenario scenario, long seed) {
        return play(new TruceModel(seed, scenario, false)).outcome();
    }

    /**
     * Like {@link #run}, showing the end of each day to {@code observer}: the same run (the
     * observer draws no random numbers), whose days are seen without being kept.
     */
    public static RunOutcome run(Scenario scenario, long seed, DayObserver observer) {
        return play(new TruceModel(seed, scenario, false, observer)).outcome();
    }

    /** Like {@link #run}, also keeping the daily trajectory. */
    public static RecordedRun runRecorded(Scenario scenario, long seed) {
        TruceModel model = play(new TruceModel(seed, scenario, true));
        return new RecordedRun(model.outcome(), model.trajectory());
    }

    private static TruceModel play(TruceModel model) {
        model.start();
        while (model.schedule.step(model) && model.inProgress()) {
            // one day per step
        }
        model.finish();
        return model;
    }
}
