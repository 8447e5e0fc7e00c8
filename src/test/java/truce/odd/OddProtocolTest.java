package truce.odd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import truce.model.DayPhase;
import truce.scenario.ParameterCatalog;

/** The ODD protocol covers every parameter and phase, and docs/ODD.md is the current one. */
class OddProtocolTest {

    @Test
    void everyParameterAndPhaseHasItsText() {
        String odd = OddProtocol.markdown();
        for (ParameterCatalog.Entry e : ParameterCatalog.scenario()) {
            assertTrue(odd.contains("| `" + e.path() + "` |"), e.path() + " is not in the ODD protocol");
            assertTrue(!e.meaning().isBlank(), e.path() + " has no meaning to print");
        }
        for (DayPhase p : DayPhase.values()) {
            assertTrue(!p.what().isBlank() && odd.contains("**" + p.title() + "**: " + p.what()), p + " has no ODD text");
        }
        for (String section : new String[] {"Purpose and patterns", "Entities, state variables and scales",
            "Process overview and scheduling", "Design concepts", "Initialization", "Input data", "Submodels"}) {
            assertTrue(odd.contains(section), section);
        }
    }

    @Test
    void docsOddIsUpToDate() throws IOException {
        String committed = Files.readString(Path.of(OddProtocol.FILE), StandardCharsets.UTF_8);
        assertEquals(OddProtocol.markdown(), committed, OddProtocol.FILE + " is stale: run ./truce odd and commit it");
    }
}
