package truce.gui;

import java.nio.file.Path;
import truce.model.TruceModel;
import truce.scenario.ScenarioLoader;
import truce.scenario.ScenarioSource;

/** The 2025 baseline, as the GUI tests use it. */
final class GuiFixtures {

    static final Path BASELINE = Path.of("scenarios", "baseline-2025.yaml");

    private GuiFixtures() {
    }

    static ScenarioSource baseline() {
        return ScenarioLoader.read(BASELINE);
    }

    /** A started baseline model (before day 0). */
    static TruceModel started(long seed) {
        TruceModel m = new TruceModel(seed, baseline().scenario(), false);
        m.start();
        return m;
    }
}
