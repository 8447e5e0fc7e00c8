package truce.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import truce.scenario.DesignType;

/** The manifest holds its design as a {@link DesignType}, written in {@code manifest.json} by its key, as before. */
class ManifestTest {

    @TempDir
    Path tmp;

    private static Manifest of(DesignType design) {
        return new Manifest("truce", "test", "m", "m.yaml", "s.yaml", design, List.of("x"), 6, 2, 12, 1, "d", "s",
                100, List.of("a", "b"), "17", "now", "later", 12, 0, 1, 0, 0, List.of());
    }

    @Test
    void theDesignIsWrittenByItsKeyAndReadBackAsTheType() throws IOException {
        for (DesignType t : DesignType.values()) {
            of(t).write(tmp);
            String json = Files.readString(tmp.resolve(Manifest.FILE));
            assertTrue(json.contains("\"design\" : \"" + t.name().toLowerCase(java.util.Locale.ROOT) + "\""), json);
            assertEquals(of(t), Manifest.read(tmp));
        }
    }

    @Test
    void anUnknownDesignIsRefusedInOneLineNamingTheFile() throws IOException {
        of(DesignType.GRID).write(tmp);
        Path file = tmp.resolve(Manifest.FILE);
        Files.writeString(file, Files.readString(file).replace("\"grid\"", "\"sobolish\""));
        ResultsFolderException e = assertThrows(ResultsFolderException.class, () -> Manifest.read(tmp));
        assertTrue(e.getMessage().startsWith(file + ":") && e.getMessage().contains("sobolish")
                && !e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void theCeasefireKeysAreWrittenOnlyForAScenarioThatHasThem() throws IOException {
        of(DesignType.GRID).write(tmp);
        assertTrue(!Files.readString(tmp.resolve(Manifest.FILE)).contains("ceasefires"), "a sweep of one ceasefire");
        Manifest two = new Manifest("truce", "test", "m", "m.yaml", "s.yaml", DesignType.GRID, List.of("x"), 6, 2, 12, 1,
                "d", "s", 100, List.of("a", "b", "c"), "17", "now", "later", 12, 0, 1, 0, 0, List.of("west", "east"));
        two.write(tmp);
        assertEquals(two, Manifest.read(tmp));
        assertEquals(List.of("west", "east"), Manifest.read(tmp).ceasefires());
        assertTrue(two.runsHeader().contains("east_ending_day"));
    }
}
