package truce.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One test per kind of bad input: each message names the file, the line, the key path, and
 * what was expected and found, on one line, without Java class names.
 */
class BadScenarioTest {

    @TempDir
    Path dir;

    /** Loads {@code scenarios/bad/<file>} and returns the error. */
    private static ScenarioException error(String file) {
        Path path = ScenarioFiles.path("bad/" + file);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(path));
    }

    private static void assertMessage(ScenarioException e, String file, int line, String path,
                                      String expected) {
        String msg = e.getMessage();
        String prefix = line > 0 ? file + ":" + line + ": " : file + ": ";
        assertTrue(msg.contains(prefix), () -> "no '" + prefix + "' in: " + msg);
        assertEquals(line, e.line(), msg);
        assertEquals(path, e.path(), msg);
        if (!path.isEmpty()) {
            assertTrue(msg.contains(": " + path + ": "), () -> "no key path in: " + msg);
        }
        assertTrue(msg.contains(expected), () -> "no '" + expected + "' in: " + msg);
        assertFalse(msg.contains("\n"), msg);
        assertFalse(msg.matches(".*\\b(java|org|com)\\.[a-z]+\\..*"), () -> "class name in: " + msg);
        assertFalse(msg.contains("Exception"), msg);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        unknown-key.yaml                    |  7 | militants.ttp.attackRat     | unknown key; did you mean 'attackRate'? (valid keys: host, sponsor, target, attackRate,
        wrong-type-mapping-for-number.yaml  |  4 | states.pakistan.trust       | expected a number in [0, 1] (probability), found a mapping
        wrong-type-scalar-for-mapping.yaml  |  6 | militants                   | expected a mapping (key: value lines), found 'ttp'
        out-of-range.yaml                   |  7 | militants.ttp.attackRate    | expected a number in [0, 50] (attacks/day), found -1
        nan.yaml                            |  4 | states.pakistan.trust       | expected a number in [0, 1] (probability), found .nan (not a number)
        infinity.yaml                       |  7 | militants.ttp.attackRate    | expected a number in [0, 50] (attacks/day), found .inf (infinite)
        not-whole-number.yaml               |  2 | horizon                     | expected a whole number in [1, 36500] (days), found 1.5
        quoted-number.yaml                  |  4 | states.pakistan.trust       | found '0.4' (text, not a number: remove the quotes)
        bad-enum.yaml                       |  2 | agreement.strength          | expected one of cessation, preliminary, definitive, found 'preliminery'; did you mean 'preliminary'?
        bad-boolean.yaml                    |  9 | mediators.qatar.monitors    | expected true or false, found 'yes'
        bad-name.yaml                       |  5 | states.afghan taliban       | expected a name of letters, digits, '_' or '-' starting with a letter, found 'afghan taliban'
        missing-required.yaml               |  7 | militants.ttp.host          | required key is missing (state on whose territory the group is based)
        dangling-reference.yaml             |  7 | militants.ttp.host          | expected one of the declared states [pakistan, taliban], found 'iran'
        duplicate-key.yaml                  |  6 | states.pakistan             | key 'pakistan' is given twice in this mapping (lines 4 and 6)
        duplicate-name-across-sections.yaml |  9 | mediators.taliban           | the name 'taliban' is already used by states.taliban (line 5)
        bad-scenario-name.yaml              |  1 | name                        | expected letters, digits, '.', '_' or '-', starting with a letter or digit (it names the results folder), found '../../etc'
        one-state.yaml                      |  3 | states                      | expected at least two states, found 1 [pakistan]
        malformed.yaml                      |  5 | ""                          | malformed YAML: expected ',' or '}', but got ':' (while parsing a flow mapping started at line 4)
        tabs.yaml                           |  5 | ""                          | tab character at column 1; YAML allows only spaces
        empty.yaml                          |  0 | ""                          | expected a scenario mapping, found an empty file
        top-level-list.yaml                 |  1 | ""                          | expected a scenario mapping (key: value lines) at the top level, found a list
        two-documents.yaml                  | 13 | ""                          | expected one YAML document, found a second one
        alias-bomb.yaml                     |  7 | description.l3[2]           | more than 20 aliases to lists or mappings
        event-after-horizon.yaml            | 11 | events[0].day               | event after the horizon: expected a day in [0, 99]
        event-missing-field.yaml            | 11 | events[0].group             | required key is missing: an attack event needs 'group'
        event-foreign-field.yaml            | 11 | events[0].mediator          | not used by an attack event, which takes group, casualties, blamed, note, enabled
        event-wrong-section.yaml            | 11 | events[0].group             | expected one of the declared militants [ttp], found 'qatar'
        strike-self.yaml                    | 11 | events[0].against           | a state cannot strike itself
        """)
    void badFileIsReportedWithFileLinePathAndExpectation(String file, int line, String path,
                                                         String expected) {
        assertMessage(error(file), file, line, path, expected);
    }

    @Test
    void nonUtf8BytesAreReportedWithTheirLine() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "name: caf\u00e9\nhorizon: 10\n".getBytes(StandardCharsets.ISO_8859_1));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertMessage(e, file.toString(), 1, "", "not valid UTF-8: byte 0xE9 at byte offset 9");
        assertTrue(e.getMessage().contains("save the file as UTF-8"), e.getMessage());
    }

    @Test
    void utf16IsRecognised() throws IOException {
        Path file = dir.resolve("utf16.yaml");
        Files.write(file, "\uFEFFname: x\n".getBytes(StandardCharsets.UTF_16LE));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertMessage(e, file.toString(), 1, "", "(the file looks like UTF-16)");
    }

    @Test
    void fileOverOneMebibyteIsRejectedBeforeParsing() throws IOException {
        Path file = dir.resolve("huge.yaml");
        Files.writeString(file, "name: x\n" + "# padding\n".repeat(110_000));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertMessage(e, file.toString(), 0, "", "file is larger than 1 MiB");
    }

    @Test
    void deepNestingIsRejected() {
        String yaml = "name: x\ndescription: " + "[".repeat(60) + "]".repeat(60) + "\n";
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(yaml, "deep.yaml"));
        assertMessage(e, "deep.yaml", 2, "description" + "[0]".repeat(49),
                "lists and mappings are nested more than 50 levels deep");
    }

    @Test
    void missingFileIsBadInput() {
        Path file = dir.resolve("nope.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertMessage(e, file.toString(), 0, "", "no such file");
    }

    @Test
    void complexKeyIsMalformed() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse("name: x\n? [a, b]\n: 1\n", "complex.yaml"));
        assertMessage(e, "complex.yaml", 2, "", "expected a plain key, found a list or mapping used as a key");
    }

    @Test
    void aliasToUnanchoredValueIsReported() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse("name: &n x\ndescription: *n\n", "alias.yaml"));
        assertMessage(e, "alias.yaml", 2, "description", "alias '*n' does not refer to a list or mapping");
    }

    @Test
    void missingTopLevelRequiredKeyNamesTheFirstLine() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse("\n\nname: x\n", "nostates.yaml"));
        assertMessage(e, "nostates.yaml", 3, "states", "required key is missing");
    }

    @Test
    void eventsOfEachTypeNeedTheirFields() {
        String head = "name: x\nstates: {a: {}, b: {}}\nmediators: {m: {}}\nevents:\n";
        String[][] cases = {
            {"  - {day: 1, type: talks}", "events[0].mediator", "a talks event needs 'mediator'"},
            {"  - {day: 1, type: strike, by: a}", "events[0].against", "a strike event needs 'against'"},
            {"  - {day: 1, type: demand, state: a}", "events[0].value", "a demand event needs 'value'"},
            {"  - {day: 1, type: monitoring, outcome: success}", "events[0].outcome",
                "not used by a monitoring event"},
            {"  - {day: 1, type: talks, mediator: m, by: a}", "events[0].by", "not used by a talks event"},
        };
        for (String[] c : cases) {
            ScenarioException e = assertThrows(ScenarioException.class,
                    () -> ScenarioLoader.parse(head + c[0] + "\n", "events.yaml"));
            assertMessage(e, "events.yaml", 5, c[1], c[2]);
        }
    }
}
