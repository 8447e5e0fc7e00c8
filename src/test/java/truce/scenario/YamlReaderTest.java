package truce.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The YAML tree: lines, scalar kinds, anchors, merge keys, encodings. */
class YamlReaderTest {

    private static YamlNode.Scalar scalar(YamlNode.Mapping m, String key) {
        return assertInstanceOf(YamlNode.Scalar.class, m.get(key).value());
    }

    @Test
    void nodesRememberTheirLines() {
        YamlNode.Mapping m = YamlReader.readDocument("# comment\na: 1\nb:\n  c: x\nd:\n  - 2\n", "t");
        assertEquals(2, m.get("a").keyLine());
        assertEquals(3, m.get("b").keyLine());
        YamlNode.Mapping b = assertInstanceOf(YamlNode.Mapping.class, m.get("b").value());
        assertEquals(4, b.get("c").keyLine());
        YamlNode.Sequence d = assertInstanceOf(YamlNode.Sequence.class, m.get("d").value());
        assertEquals(6, d.items().get(0).line());
    }

    @Test
    void scalarsAreTypedLikeYaml12() {
        YamlNode.Mapping m = YamlReader.readDocument(
                "i: 12\nf: 1.5e3\nn: .NaN\nt: true\ny: yes\ne:\nq: '3'\nz: ~\n", "t");
        assertEquals(YamlNode.Scalar.Kind.INT, scalar(m, "i").kind());
        assertEquals(1500.0, scalar(m, "f").value());
        assertEquals(Double.NaN, scalar(m, "n").value());
        assertEquals(Boolean.TRUE, scalar(m, "t").value());
        assertEquals(YamlNode.Scalar.Kind.STRING, scalar(m, "y").kind(), "yes stays a word");
        assertEquals(YamlNode.Scalar.Kind.NULL, scalar(m, "e").kind(), "empty value is null");
        assertEquals(YamlNode.Scalar.Kind.STRING, scalar(m, "q").kind());
        assertEquals(YamlNode.Scalar.Kind.NULL, scalar(m, "z").kind());
    }

    @Test
    void aliasesShareTheAnchoredNodeAndMergeKeysYieldToExplicitKeys() {
        YamlNode.Mapping m = YamlReader.readDocument(
                "a: &x {p: 1, q: 2}\nb: *x\nc:\n  r: 0\n  <<: *x\n  q: 3\n", "t");
        assertSame(m.get("a").value(), m.get("b").value());
        YamlNode.Mapping c = assertInstanceOf(YamlNode.Mapping.class, m.get("c").value());
        assertEquals(List.of("r", "p", "q"), List.copyOf(c.entries().keySet()));
        assertEquals("3", scalar(c, "q").text());
        assertEquals("1", scalar(c, "p").text());
    }

    @Test
    void byteOrderMarkAndCrLfAreAccepted() {
        byte[] bytes = "\uFEFFa: 1\r\nb: 2\r\n".getBytes(StandardCharsets.UTF_8);
        YamlNode.Mapping m = YamlReader.readDocument(YamlReader.decodeUtf8(bytes, "t"), "t");
        assertEquals(List.of("a", "b"), List.copyOf(m.entries().keySet()));
        assertEquals(2, m.get("b").keyLine());
    }

    @Test
    void fragmentsHaveNoLines() {
        YamlNode node = YamlReader.readFragment("{a: 1}", "t", "p");
        assertEquals(0, node.line());
        assertEquals("", ((YamlNode.Scalar) YamlReader.readFragment("", "t", "p")).text());
    }

    @Test
    void snakeYamlTokenNamesBecomeWords() {
        assertEquals("expected the end of a block (check the indentation), but found a new key"
                        + " (check the indentation)",
                YamlReader.cleanProblem("expected <block end>, but found '<block mapping start>'"));
    }
}
