package truce.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A mediator (Beardsley 2006, 2008; Walter 2002). Its leverage decays each day without renewal;
 * on each ceasefire it serves (every ceasefire, unless its {@code serves} list names some) it
 * convenes talks on its schedule ({@code talksEvery}) and, reactively, when a party's escalation
 * toward another party reaches its trigger, at most once per cooldown on that ceasefire, and not on
 * a day when the ceasefire already had a round. Successful talks renew its leverage, leave a deal
 * on that ceasefire that adds {@code guarantee x leverage} to its cost of defecting (so a deal
 * bought with leverage fades as leverage lapses: Beardsley 2008) and, if it {@code monitors}, set
 * up a monitoring mission on it. A direct channel between two states ({@link ChannelSpec}) is a
 * mediator of its one ceasefire that guarantees and monitors nothing.
 */
public final class Mediator implements Steppable, Convener {

    private static final long serialVersionUID = 1L;

    final String name;
    private final MediatorSpec p;
    /** The ceasefires it serves, in declaration order. */
    private final Ceasefire[] served;
    private double leverage;
    /** Day of its last talks on each ceasefire, by the ceasefire's index. */
    private final int[] lastTalks;
    private int convened;
    private int succeeded;
    /** Whether a round it convened on each ceasefire has succeeded, by the ceasefire's index. */
    private final boolean[] deal;

    /**
     * @param served the ceasefires it serves
     * @param ceasefires how many ceasefires the scenario has
     */
    Mediator(String name, MediatorSpec p, Ceasefire[] served, int ceasefires) {
        this.name = name;
        this.p = p;
        this.served = served.clone();
        this.leverage = p.leverage();
        this.lastTalks = new int[ceasefires];
        java.util.Arrays.fill(lastTalks, Integer.MIN_VALUE / 2);
        this.deal = new boolean[ceasefires];
    }

    @Override
    public void step(SimState state) {
        TruceModel model = (TruceModel) state;
        leverage *= 1 - p.leverageDecay();
        int day = model.day();
        for (Ceasefire c : served) {
            if (!c.started(day) || !c.inForce() || day - lastTalks[c.index] < p.cooldown()
                    || c.peace().heldOn(day)) {
                continue;
            }
            boolean scheduled = p.talksEvery() > 0 && day > 0 && day % p.talksEvery() == 0;
            boolean reactive = c.maxEscalation(model) >= p.escalationTrigger();
            if (scheduled || reactive) {
                c.peace().hold(model, this, TalksOutcome.MODEL);
            }
        }
    }

    @Override
    public void talksEnded(Ceasefire ceasefire, int day, boolean success) {
        lastTalks[ceasefire.index] = day;
        convened++;
        if (success) {
            succeeded++;
            deal[ceasefire.index] = true;
            leverage = Math.min(1, leverage + p.renewal());
        }
    }

    /** Cost of defection its deal on the ceasefire adds today: guarantee x current leverage, or 0 without one. */
    double guaranteeNow(Ceasefire ceasefire) {
        return ceasefire.index >= 0 && deal[ceasefire.index] ? p.guarantee() * leverage : 0;
    }

    /** Whether it serves the ceasefire. */
    boolean serves(Ceasefire ceasefire) {
        for (Ceasefire c : served) {
            if (c == ceasefire) {
                return true;
            }
        }
        return false;
    }

    @Override
    public double leverage() {
        return leverage;
    }

    @Override
    public boolean monitors() {
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
        for (boolean d : deal) {
            if (d) {
                return true;
            }
        }
        return false;
    }

    /** Day of its last talks, or -1 if none yet. */
    public int getLastTalksDay() {
        int last = -1;
        for (int d : lastTalks) {
            last = Math.max(last, d);
        }
        return convened == 0 ? -1 : last;
    }
}
