package truce.model;

/** Outcome of a scheduled talks round: drawn by the model, or fixed by the scenario. */
public enum TalksOutcome {
    MODEL, SUCCESS, FAILURE
}
