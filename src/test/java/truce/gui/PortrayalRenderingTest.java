package truce.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Bag;
import truce.model.Mediator;
import truce.model.MilitantGroup;
import truce.model.StateAgent;
import truce.model.TruceModel;

/**
 * The display's layers drawn off-screen, as Display2D draws them: actors coloured by their
 * values, today's events as rings, and double-clicks that hit an actor, not the links into it.
 */
class PortrayalRenderingTest {

    private static final int SCALE = 8; // pixels per field unit, as in an 800-pixel display
    private static final int W = (int) ActorField.WIDTH * SCALE;
    private static final int H = (int) ActorField.HEIGHT * SCALE;

    private final EventTracker today = new EventTracker();
    private final NetworkPortrayal2D links = new NetworkPortrayal2D();
    private final ContinuousPortrayal2D actors = new ContinuousPortrayal2D();
    private final StatusOverlay overlay = new StatusOverlay(today);
    private TruceModel model;
    private GUIState gui;

    /** The baseline with seed 1, run to the first day with an attack on pakistan. */
    private void runToAnAttackOnPakistan() {
        model = GuiFixtures.started(1);
        today.reset(model);
        do {
            model.schedule.step(model);
            today.update(model);
        } while (today.attacksOn(0) == 0);
        portray();
    }

    /** The display's layers for the current model. */
    private void portray() {
        gui = new GUIState(model) { };
        ActorField field = new ActorField(model);
        links.setField(new SpatialNetwork2D(field.space, field.links));
        links.setPortrayalForAll(new LinkPortrayal(today));
        actors.setField(field.space);
        actors.setPortrayalForClass(StateAgent.class, ActorPortrayal.forStates(today));
        actors.setPortrayalForClass(MilitantGroup.class, ActorPortrayal.forGroups(today));
        actors.setPortrayalForClass(Mediator.class, ActorPortrayal.forMediators(today));
    }

    private DrawInfo2D info(FieldPortrayal2D p, Rectangle2D.Double clip) {
        return new DrawInfo2D(gui, p, new Rectangle2D.Double(0, 0, W, H), clip);
    }

    private BufferedImage render() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        Rectangle2D.Double all = new Rectangle2D.Double(0, 0, W, H);
        links.draw(links.getField(), g, info(links, all));
        actors.draw(actors.getField(), g, info(actors, all));
        overlay.draw(overlay.getField(), g, info(overlay, all));
        g.dispose();
        return img;
    }

    private static void assertColour(Color expected, int rgb, String what) {
        Color c = new Color(rgb);
        int d = Math.abs(c.getRed() - expected.getRed()) + Math.abs(c.getGreen() - expected.getGreen())
                + Math.abs(c.getBlue() - expected.getBlue());
        assertTrue(d <= 12, what + ": expected " + expected + ", found " + c);
    }

    @Test
    void statesAreFilledByEscalationAndRingedRedOnTheDayTheyAreAttacked() {
        runToAnAttackOnPakistan();
        BufferedImage img = render();
        StateAgent pakistan = model.getStateAgents().get(0);
        StateAgent taliban = model.getStateAgents().get(1);
        int y = (int) (ActorField.STATE_Y * SCALE);
        int px = (int) (ActorField.statePosition(0, 2).x * SCALE);
        int tx = (int) (ActorField.statePosition(1, 2).x * SCALE);
        assertColour(Palette.escalation(pakistan.getEscalation()), img.getRGB(px, y), "pakistan");
        assertColour(Palette.escalation(taliban.getEscalation()), img.getRGB(tx, y), "taliban");
        // outline in the state's chart colour, then the red ring of today's attack around it
        int r = (int) (Palette.STATE_SIZE / 2 * SCALE);
        assertColour(Palette.state(0), img.getRGB(px - r + 1, y), "pakistan's outline");
        assertColour(Palette.ATTACK, img.getRGB(px - r - 5, y), "the attack ring");
        assertColour(Color.WHITE, img.getRGB(tx - r - 5, y), "no ring round taliban");

        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < W; x += 2) {
            for (int yy = 0; yy < H; yy += 2) {
                colours.add(img.getRGB(x, yy));
            }
        }
        assertTrue(colours.size() > 100, "a drawing, not a blank field: " + colours.size());
    }

    @Test
    void aClickOnAnActorHitsThatActorAndNoLink() {
        runToAnAttackOnPakistan();
        StateAgent pakistan = model.getStateAgents().get(0);
        double x = ActorField.statePosition(0, 2).x * SCALE;
        double y = ActorField.STATE_Y * SCALE;
        Rectangle2D.Double click = new Rectangle2D.Double(x - 1, y - 1, 3, 3);

        Bag hit = new Bag();
        actors.hitObjects(info(actors, click), hit);
        assertEquals(1, hit.size());
        assertSame(pakistan, ((LocationWrapper) hit.get(0)).getObject());
        Bag edges = new Bag();
        links.hitObjects(info(links, click), edges);
        assertEquals(0, edges.size(), "links stop short of the actors they join");

        // between the two states, a little below the axis: pakistan's trust in taliban
        double mid = (ActorField.statePosition(0, 2).x + ActorField.statePosition(1, 2).x) / 2 * SCALE;
        links.hitObjects(info(links, new Rectangle2D.Double(mid - 1, y + 8, 3, 3)), edges);
        assertEquals(1, edges.size());
        // MASON wraps a link's info, so its inspector shows the Link's getters
        Link trust = (Link) ((LocationWrapper) edges.get(0)).getObject();
        assertEquals("pakistan trusts taliban", trust.toString());

        Bag none = new Bag();
        actors.hitObjects(info(actors, new Rectangle2D.Double(mid, y, 2, 2)), none);
        assertFalse(none.size() > 0);
    }

    @Test
    void eachCeasefireOfTheSouthAsiaScenarioIsDrawnAsItsOwnArc() throws java.io.IOException {
        model = new TruceModel(1, truce.scenario.ScenarioLoader.load(java.nio.file.Path.of("scenarios",
                "south-asia-2025.yaml")), false);
        model.start();
        today.reset(model);
        model.schedule.step(model); // the first day, 162: both ceasefires in force
        today.update(model);
        portray();
        BufferedImage img = render();
        javax.imageio.ImageIO.write(img, "png", java.nio.file.Path.of("target", "gui-south-asia.png").toFile());
        int green = 0;
        for (int x = 0; x < W; x++) {
            for (int y = 0; y < (int) (ActorField.STATE_Y * SCALE); y++) { // the arcs run above the states
                Color c = new Color(img.getRGB(x, y));
                if (Math.abs(c.getRed() - Palette.CEASEFIRE.getRed()) + Math.abs(c.getGreen() - Palette.CEASEFIRE.getGreen())
                        + Math.abs(c.getBlue() - Palette.CEASEFIRE.getBlue()) <= 12) {
                    green++;
                }
            }
        }
        assertTrue(green > 500, "two green arcs of ceasefires in force above the states: " + green + " pixels");
    }
}
