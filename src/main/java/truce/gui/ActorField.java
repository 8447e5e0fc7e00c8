package truce.gui;

import java.util.List;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;
import truce.model.Ceasefire;
import truce.model.Mediator;
import truce.model.MilitantGroup;
import truce.model.StateAgent;
import truce.model.TruceModel;

/**
 * Where the actors of one model are drawn, and the links between them: a {@link Continuous2D}
 * holding the model's own agent objects (so that double-clicking one inspects it) and a
 * directed {@link Network} of {@link Link}s. Positions are fixed:
 *
 * <pre>
 *      mediator     mediator     mediator        (a row near the top)
 *
 *         STATE  &lt;== trust ==&gt;  STATE           (a row across the middle)
 *
 *      group  group              group           (near their host, below it)
 * </pre>
 *
 * The field is {@link #WIDTH} by {@link #HEIGHT} units; sizes in {@link Palette} use the
 * same units.
 */
final class ActorField {

    static final double WIDTH = 100;
    static final double HEIGHT = 74;
    static final double MEDIATOR_Y = 14;
    static final double STATE_Y = 34;
    static final double GROUP_Y = 54;
    /** Horizontal distance between two groups of the same host. */
    static final double GROUP_SPACING = 16;

    final Continuous2D space = new Continuous2D(10, WIDTH, HEIGHT);
    final Network links = new Network(true);

    /**
     * Lays out the actors of a started model and links them.
     *
     * @param model a model whose {@code start()} has run; not null
     */
    ActorField(TruceModel model) {
        List<StateAgent> states = model.getStateAgents();
        List<MilitantGroup> groups = model.getGroups();
        List<Mediator> mediators = model.getMediators();
        for (int s = 0; s < states.size(); s++) {
            place(states.get(s), statePosition(s, states.size()));
        }
        int[] hosted = new int[states.size()];
        for (MilitantGroup g : groups) {
            hosted[g.hostIndex()]++;
        }
        int[] placed = new int[states.size()];
        for (int g = 0; g < groups.size(); g++) {
            MilitantGroup group = groups.get(g);
            int host = group.hostIndex();
            place(group, groupPosition(statePosition(host, states.size()).x, placed[host]++,
                    hosted[host]));
        }
        for (int m = 0; m < mediators.size(); m++) {
            place(mediators.get(m), mediatorPosition(m, mediators.size()));
        }

        for (int i = 0; i < states.size(); i++) {
            for (int j = 0; j < states.size(); j++) {
                if (states.get(i).inContactWith(j)) { // every other state, or those a ceasefire joins it to
                    links.addEdge(states.get(i), states.get(j),
                            Link.trust(states.get(i), i, states.get(j), j));
                }
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            MilitantGroup group = groups.get(g);
            StateAgent host = states.get(group.hostIndex());
            StateAgent target = states.get(group.targetIndex());
            links.addEdge(host, group, Link.hosts(host, group.hostIndex(), group, g));
            links.addEdge(group, target, Link.targets(group, g, target, group.targetIndex()));
        }
        for (int m = 0; m < mediators.size(); m++) {
            for (int s = 0; s < states.size(); s++) {
                links.addEdge(mediators.get(m), states.get(s),
                        Link.mediates(mediators.get(m), m, states.get(s), s));
            }
        }
        if (model.scenario().perDyad()) { // several ceasefires: each its own link, with its state
            for (Ceasefire c : model.getCeasefires()) {
                int a = c.party(0);
                int b = c.party(1);
                links.addEdge(states.get(a), states.get(b), Link.ceasefire(c, states.get(a), a, states.get(b), b,
                        model::day));
            }
        }
    }

    private void place(Object agent, Double2D at) {
        links.addNode(agent);
        space.setObjectLocation(agent, at);
    }

    /** Where an actor is drawn, or null if it is not in this field. */
    Double2D position(Object agent) {
        return space.getObjectLocation(agent);
    }

    /** State {@code i} of {@code n}: evenly across the middle row. */
    static Double2D statePosition(int i, int n) {
        return new Double2D(WIDTH * (i + 0.5) / n, STATE_Y);
    }

    /** Mediator {@code k} of {@code n}: evenly across the top row. */
    static Double2D mediatorPosition(int k, int n) {
        return new Double2D(WIDTH * (k + 0.5) / n, MEDIATOR_Y);
    }

    /** Group {@code k} of the {@code n} hosted by the state at {@code hostX}: centred below it. */
    static Double2D groupPosition(double hostX, int k, int n) {
        double x = hostX + (k - (n - 1) / 2.0) * GROUP_SPACING;
        return new Double2D(Math.max(4, Math.min(WIDTH - 4, x)), GROUP_Y);
    }
}
