package truce.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A mediator (Beardsley 2006, 2008; Walter 2002). Its leverage decays each day without renewal;
 * it convenes talks on its schedule ({@code talksEvery}) and, reactively, when any state's
 * escalation reaches its trigger, at most once per cooldown, and not on a day when the
 * ceasefire already had a round. Successful talks renew its leverage, leave a deal that adds
 * {@code guarantee x leverage} to the cost of defecting (so a deal bought with leverage fades as
 * leverage lapses: Beardsley 2008) and, if it {@code monitors}, set up a monitoring mission.
 */
public final class Mediator implements Steppable {

    private static final long serialVersionUID = 1L;

    final String name;
    private final MediatorSpec p;
    private double leverage;
    private int lastTalks = Integer.MIN_VALUE / 2;
    private int convened;
    private int succeeded;
    private boolean deal;

    Mediator(String name, MediatorSpec p) {
        this.name = name;
        this.p = p;
        this.leverage = p.leverage();
    }

    @Override
    public void step(SimState state) {
        TruceModel model = (TruceModel) state;
        leverage *= 1 - p.leverageDecay();
        int day = model.day();
        if (day - lastTalks < p.cooldown() || model.peace().heldOn(day)) {
            return;
        }
        boolean scheduled = p.talksEvery() > 0 && day > 0 && day % p.talksEvery() == 0;
        boolean reactive = model.maxEscalation() >= p.escalationTrigger();
        if (scheduled || reactive) {
            model.peace().hold(model, this, TalksOutcome.MODEL);
        }
    }

    /** Called by the peace process when this mediator's talks end. */
    void talksEnded(int day, boolean success) {
        lastTalks = day;
        convened++;
        if (success) {
            succeeded++;
            deal = true;
            leverage = Math.min(1, leverage + p.renewal());
        }
    }

    /** Cost of defection its deal adds today: guarantee x current leverage, or 0 without a deal. */
    double guaranteeNow() {
        return deal ? p.guarantee() * leverage : 0;
    }

    double leverage() {
        return leverage;
    }

    boolean monitors() {
        return p.monitors();
    }

    // ---- read-only bean properties, for MASON's inspectors and the GUI ----

    public String getName() {
        return name;
    }

    public double getLeverage() {
        return leverage;
    }

    /** Talks rounds this mediator has convened so far. */
    public int getTalksConvened() {
        return convened;
    }

    /** Talks rounds this mediator convened that succeeded so far. */
    public int getTalksSucceeded() {
        return succeeded;
    }

    /** Whether a round it convened has succeeded, leaving a deal it guarantees. */
    public boolean getDeal() {
        return deal;
    }

    /** Day of its last talks, or -1 if none yet. */
    public int getLastTalksDay() {
        return convened == 0 ? -1 : lastTalks;
    }
}
