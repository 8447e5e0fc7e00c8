package truce.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sim.util.Interval;
import truce.model.Scenario;

/** The Model tab: key parameters can be changed before a run; bad values are refused. */
class RunSettingsTest {

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final RunSettings settings = new RunSettings(GuiFixtures.baseline(), 1,
            new EventTracker(), new PrintStream(errBytes, true, StandardCharsets.UTF_8));

    private int row(String name) {
        for (int i = 0; i < settings.numProperties(); i++) {
            if (settings.getName(i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void offersEachGroupsAttackRateEachMediatorsLeverageEachStatesForgivenessAndMonitoring() {
        List<String> paths = RunSettings.tunables(GuiFixtures.baseline().scenario()).stream()
                .map(RunSettings.Tunable::path).toList();
        assertEquals(List.of("militants.ttp.attackRate", "militants.bla.attackRate",
                "mediators.qatar.leverage", "mediators.turkey.leverage", "mediators.saudi.leverage",
                "states.pakistan.forgiveness", "states.taliban.forgiveness", "agreement.monitoring"),
                paths);
        assertEquals(0.6, settings.getValue(row("ttp attack rate")));
        assertEquals(0.55, settings.getValue(row("saudi leverage")));
        assertEquals(false, settings.getValue(row("monitored from day 0")));
        assertEquals(1L, settings.getValue(row("seed")));
        assertEquals(365, settings.getValue(row("days")));
        assertEquals(double.class, settings.getType(row("ttp attack rate")));
        Interval range = (Interval) settings.getDomain(row("ttp attack rate"));
        assertEquals(0.0, range.getMin().doubleValue());
        assertEquals(50.0, range.getMax().doubleValue());
        assertTrue(settings.getDescription(row("ttp attack rate")).contains("attacks/day"));
        assertFalse(settings.isReadWrite(row("run")));
    }

    @Test
    void changedValuesGoIntoTheNextRunsScenario() {
        assertNull(settings.set(row("ttp attack rate"), 1.5));
        assertNull(settings.set(row("qatar leverage"), 0.9));
        assertNull(settings.set(row("taliban forgiveness"), 0.1));
        assertNull(settings.set(row("monitored from day 0"), true));
        assertNull(settings.set(row("seed"), 42L));
        assertNull(settings.set(row("days"), 30));
        Scenario s = settings.scenario();
        assertEquals(1.5, s.militants().get("ttp").attackRate());
        assertEquals(0.8, s.militants().get("bla").attackRate(), "untouched");
        assertEquals(0.9, s.mediators().get("qatar").leverage());
        assertEquals(0.1, s.states().get("taliban").forgiveness());
        assertTrue(s.agreement().monitoring());
        assertEquals(30, s.horizon());
        assertTrue(s.events().stream().allMatch(e -> e.day() < 30), "later events dropped");
        assertEquals(42L, settings.seed());
        assertEquals(Map.of("militants.ttp.attackRate", 1.5, "mediators.qatar.leverage", 0.9,
                "states.taliban.forgiveness", 0.1, "agreement.monitoring", true),
                settings.overrides());

        assertNull(settings.set(row("ttp attack rate"), 0.6));
        assertFalse(settings.overrides().containsKey("militants.ttp.attackRate"),
                "back to the file's value: no override");
    }

    @Test
    void badValuesAreIgnoredAndExplainedAsInMason() {
        int ttp = row("ttp attack rate");
        assertNotNull(settings.set(ttp, 99.0));
        assertNotNull(settings.set(ttp, -0.1));
        assertNotNull(settings.set(ttp, Double.NaN));
        assertNotNull(settings.set(ttp, "fast"));
        assertNotNull(settings.set(row("saudi leverage"), 1.01));
        assertNotNull(settings.set(row("days"), 0));
        assertNotNull(settings.set(row("days"), 40_000));
        assertNotNull(settings.set(row("monitored from day 0"), 1));
        assertNotNull(settings.set(row("run"), "x"));
        assertEquals(0.6, settings.getValue(ttp));
        assertEquals(365, settings.getValue(row("days")));
        assertTrue(settings.overrides().isEmpty());

        // through MASON's own entry point, with text typed into the field
        Object shown = settings.setValue(ttp, "99");
        assertEquals(0.6, shown, "the field shows the old value again");
        assertTrue(err().contains("ttp attack rate not changed: expected a number in [0, 50], found 99"),
                err());
        assertEquals(2.5, settings.setValue(ttp, "2.5"));
    }

    @Test
    void nothingChangesWhileARunIsInProgress() {
        settings.setLocked(true);
        String why = settings.set(row("seed"), 7L);
        assertNotNull(why);
        assertTrue(why.contains("in progress"), why);
        assertEquals(1L, settings.seed());
        settings.setLocked(false);
        assertNull(settings.set(row("seed"), 7L));
        assertEquals(7L, settings.seed());
    }
}
