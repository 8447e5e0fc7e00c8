package truce.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sim.field.network.Edge;
import sim.util.Bag;
import sim.util.Double2D;
import truce.model.Mediator;
import truce.model.MilitantGroup;
import truce.model.StateAgent;
import truce.model.TruceModel;

/** The layout of the actors and the links between them. */
class ActorFieldTest {

    private final TruceModel model = GuiFixtures.started(1);
    private final ActorField field = new ActorField(model);

    @Test
    void statesShareTheMiddleRowInOrderMediatorsAboveGroupsBelowTheirHost() {
        List<StateAgent> states = model.getStateAgents();
        Double2D pakistan = field.position(states.get(0));
        Double2D taliban = field.position(states.get(1));
        assertEquals(ActorField.STATE_Y, pakistan.y);
        assertEquals(ActorField.STATE_Y, taliban.y);
        assertTrue(pakistan.x < taliban.x);
        for (Mediator m : model.getMediators()) {
            assertTrue(field.position(m).y < ActorField.STATE_Y, m.getName());
        }
        for (MilitantGroup g : model.getGroups()) {
            Double2D at = field.position(g);
            Double2D host = field.position(states.get(g.hostIndex()));
            assertTrue(at.y > ActorField.STATE_Y, g.getName());
            assertEquals(host.x, at.x, 1e-9, g.getName() + " sits right below its only host");
        }
    }

    @Test
    void everyActorIsInsideTheFieldAndActorsDoNotOverlap() {
        Bag all = field.space.getAllObjects();
        assertEquals(2 + 2 + 3, all.size());
        for (Object a : all) {
            Double2D p = field.position(a);
            double r = LinkPortrayal.radius(a);
            assertTrue(p.x - r >= 0 && p.x + r <= ActorField.WIDTH, a.toString());
            assertTrue(p.y - r >= 0 && p.y + r <= ActorField.HEIGHT, a.toString());
            for (Object b : all) {
                if (a != b) {
                    assertTrue(p.distance(field.position(b)) > r + LinkPortrayal.radius(b),
                            "overlap");
                }
            }
        }
    }

    @Test
    void positionsSpreadEvenlyAndGroupsOfOneHostSitSideBySide() {
        assertEquals(new Double2D(25, ActorField.STATE_Y), ActorField.statePosition(0, 2));
        assertEquals(new Double2D(75, ActorField.STATE_Y), ActorField.statePosition(1, 2));
        assertEquals(50, ActorField.mediatorPosition(1, 3).x, 1e-9);
        Double2D left = ActorField.groupPosition(50, 0, 2);
        Double2D right = ActorField.groupPosition(50, 1, 2);
        assertEquals(ActorField.GROUP_SPACING, right.x - left.x, 1e-9);
        assertEquals(50, (left.x + right.x) / 2, 1e-9);
        assertEquals(4, ActorField.groupPosition(0, 0, 3).x, 1e-9, "kept inside the field");
    }

    @Test
    void linksAreTrustEachWayHostingTargetingAndMediationWithEveryState() {
        Map<Link.Kind, Integer> count = new EnumMap<>(Link.Kind.class);
        for (Object node : field.links.getAllNodes()) {
            for (Object o : field.links.getEdgesOut(node)) {
                Link l = (Link) ((Edge) o).getInfo();
                count.merge(l.getKind(), 1, Integer::sum);
            }
        }
        assertEquals(2, count.get(Link.Kind.TRUST));
        assertEquals(2, count.get(Link.Kind.HOSTS));
        assertEquals(2, count.get(Link.Kind.TARGETS));
        assertEquals(3 * 2, count.get(Link.Kind.MEDIATES));

        StateAgent pakistan = model.getStateAgents().get(0);
        StateAgent taliban = model.getStateAgents().get(1);
        Edge e = field.links.getEdge(pakistan, taliban);
        assertNotNull(e);
        Link trust = (Link) e.getInfo();
        assertEquals("pakistan trusts taliban", trust.toString());
        assertEquals(pakistan.trustIn(1), trust.getValue());
        assertEquals(0.35, trust.getValue(), 1e-12, "the file's initial trust");

        MilitantGroup ttp = model.getGroups().get(0);
        assertSame(taliban, field.links.getEdge(taliban, ttp).getFrom());
        assertEquals(Link.Kind.TARGETS, ((Link) field.links.getEdge(ttp, pakistan).getInfo()).getKind());
        Mediator qatar = model.getMediators().get(0);
        assertEquals(qatar.getLeverage(), ((Link) field.links.getEdge(qatar, pakistan).getInfo()).getValue());
    }

    @Test
    void eachCeasefireOfARegionalScenarioIsItsOwnLinkWithItsState() {
        TruceModel two = new TruceModel(3, truce.scenario.ScenarioLoader.load(
                Path.of("src/test/resources/scenarios/two-fronts.yaml")), false);
        two.start();
        ActorField f = new ActorField(two);
        List<Link> ceasefires = new java.util.ArrayList<>();
        int trust = 0;
        for (Object node : f.links.getAllNodes()) {
            for (Object o : f.links.getEdgesOut(node)) {
                Link l = (Link) ((Edge) o).getInfo();
                if (l.getKind() == Link.Kind.CEASEFIRE) {
                    ceasefires.add(l);
                }
                trust += l.getKind() == Link.Kind.TRUST ? 1 : 0;
            }
        }
        assertEquals(2, ceasefires.size());
        assertEquals(4, trust, "trust each way between the states a ceasefire joins (west and east are not in contact)");
        Link eastern = ceasefires.stream().filter(l -> l.getCeasefire().equals("eastern")).findFirst().orElseThrow();
        assertEquals("centre", eastern.getFrom());
        assertEquals("east", eastern.getTo());
        two.schedule.step(two); // day 0: eastern starts on day 40
        assertEquals("not started (day 40)", eastern.getState());
        assertEquals(0.0, eastern.getValue());
        assertEquals("ceasefire eastern between centre and east: not started (day 40)", eastern.toString());
        while (two.day() < 40 && two.inProgress()) {
            two.schedule.step(two);
        }
        assertTrue(eastern.getState().equals("in force") || eastern.getState().startsWith("breakdown on day"),
                eastern.getState());
        // the baseline (no ceasefires section) draws no ceasefire link: its one ceasefire is the status line's
        for (Object node : field.links.getAllNodes()) {
            for (Object o : field.links.getEdgesOut(node)) {
                assertTrue(((Link) ((Edge) o).getInfo()).getKind() != Link.Kind.CEASEFIRE);
            }
        }
    }
}
