package truce.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads YAML text into a {@link YamlNode} tree whose nodes know their line, using Jackson's
 * streaming YAML parser, and rejects what a scenario file must not contain.
 *
 * <p>Rejected, each with a {@link ScenarioException} naming the file and line: files over
 * {@link #MAX_BYTES}; bytes that are not UTF-8; an empty file; a top level that is not a mapping;
 * more than one document; malformed YAML (including tabs where YAML wants spaces); a key given
 * twice in one mapping (both lines are named); nesting deeper than {@link #MAX_DEPTH}; more than
 * {@link #MAX_COLLECTION_ALIASES} aliases to lists or mappings.
 *
 * <p>Anchors and aliases work for lists and mappings (an alias shares the anchored node, it is
 * not copied), as does the merge key {@code <<: *base}, whose entries are overridden by keys
 * given explicitly in the same mapping. Jackson does not report anchors on single values, so an
 * alias to a scalar is reported as unknown. Jackson's streaming parser does not expand aliases,
 * so the alias limit is enforced here; the {@link LoaderOptions} limits are set as well.
 *
 * <p>Booleans are {@code true}/{@code false} only ({@code yes}, {@code on} stay strings); an empty
 * plain value is null. Instances are single-use and not thread-safe; the static methods are.
 */
final class YamlReader {

    /** A whole number with a leading zero: octal in YAML 1.1, so refused rather than misread. */
    private static final java.util.regex.Pattern LEADING_ZERO = java.util.regex.Pattern.compile("[-+]?0[0-9_]+");

    /** Largest accepted file: 1 MiB. */
    static final int MAX_BYTES = 1 << 20;
    /** Deepest accepted nesting of lists and mappings. */
    static final int MAX_DEPTH = 50;
    /** Most aliases to lists or mappings in one file (guards against "billion laughs"). */
    static final int MAX_COLLECTION_ALIASES = 20;

    private static final YAMLFactory FACTORY = createFactory();
    private static final String MERGE_KEY = "<<";

    private final String file;
    private final String basePath;
    private final boolean fromFile;
    private final Map<String, YamlNode> anchors = new HashMap<>();
    private int collectionAliases;
    private YAMLParser parser;

    private YamlReader(String file, String basePath, boolean fromFile) {
        this.file = file;
        this.basePath = basePath;
        this.fromFile = fromFile;
    }

    /**
     * Reads a scenario file: at most {@link #MAX_BYTES}, UTF-8 (a leading BOM is dropped), one
     * document whose top level is a mapping.
     *
     * @param file the file; not null
     * @param displayName the file as the user named it, for messages; not null
     * @return the top-level mapping
     * @throws ScenarioException if the file cannot be read or is not an acceptable YAML mapping
     */
    static YamlNode.Mapping readFile(Path file, String displayName) {
        return readFile(file, displayName, "scenario");
    }

    /**
     * Reads a YAML file whose top level is a mapping describing a {@code what} (e.g.
     * {@code "sweep"}), under the same limits as {@link #readFile(Path, String)}.
     */
    static YamlNode.Mapping readFile(Path file, String displayName, String what) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(displayName, 0, "", "no such file");
        } catch (AccessDeniedException e) {
            throw new ScenarioException(displayName, 0, "", "permission denied");
        } catch (IOException e) {
            String why = Files.isDirectory(file) ? "is a directory, not a file" : e.getMessage();
            throw new ScenarioException(displayName, 0, "", "cannot read the file: " + why);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(displayName);
        }
        return readDocument(decodeUtf8(bytes, displayName), displayName, what);
    }

    /**
     * Reads a scenario document from text.
     *
     * @param text the YAML text; not null
     * @param displayName names the source in messages; not null
     * @return the top-level mapping
     * @throws ScenarioException if the text is longer than {@link #MAX_BYTES} characters, empty,
     *     malformed, or its top level is not a mapping
     */
    static YamlNode.Mapping readDocument(String text, String displayName) {
        return readDocument(text, displayName, "scenario");
    }

    /** Reads a document whose top level is a mapping describing a {@code what}. */
    static YamlNode.Mapping readDocument(String text, String displayName, String what) {
        if (text.length() > MAX_BYTES) {
            throw tooLarge(displayName);
        }
        YamlNode root = new YamlReader(displayName, "", true).read(text);
        if (root == null) {
            throw new ScenarioException(displayName, 0, "",
                    "expected a " + what + " mapping, found an empty file");
        }
        if (!(root instanceof YamlNode.Mapping m)) {
            throw new ScenarioException(displayName, root.line(), "",
                    "expected a " + what + " mapping (key: value lines) at the top level, found "
                            + root.describe());
        }
        return m;
    }

    /**
     * Reads a value given outside the file (a command-line override or a {@code @Param} default).
     * Every node gets line 0. Empty text is the empty string.
     *
     * @param text YAML text of one value, e.g. {@code 1.5}, {@code definitive}, {@code {a: 1}}
     * @param file the scenario file, for messages; not null
     * @param path the key path the value is for, for messages; not null
     * @return the value
     * @throws ScenarioException if the text is not valid YAML
     */
    static YamlNode readFragment(String text, String file, String path) {
        YamlNode node = new YamlReader(file, path, false).read(text);
        return node != null ? node : new YamlNode.Scalar(0, YamlNode.Scalar.Kind.STRING, "", "");
    }

    /**
     * Decodes bytes as strict UTF-8, dropping a leading byte-order mark.
     *
     * @param bytes the raw bytes; not null
     * @param displayName the file, for messages; not null
     * @return the text
     * @throws ScenarioException naming the line and byte offset of the first invalid byte
     */
    static String decodeUtf8(byte[] bytes, String displayName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            int b0 = bytes.length >= 2 ? bytes[0] & 0xFF : 0;
            int b1 = bytes.length >= 2 ? bytes[1] & 0xFF : 0;
            boolean utf16 = b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE;
            throw new ScenarioException(displayName, line, "", String.format(Locale.ROOT,
                    "not valid UTF-8: byte 0x%02X at byte offset %d%s; save the file as UTF-8",
                    bytes[offset] & 0xFF, offset, utf16 ? " (the file looks like UTF-16)" : ""));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static ScenarioException tooLarge(String displayName) {
        return new ScenarioException(displayName, 0, "",
                "file is larger than 1 MiB; a scenario file should be a few kilobytes");
    }

    private static YAMLFactory createFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setCodePointLimit(MAX_BYTES);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        return YAMLFactory.builder()
                .loaderOptions(options)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .build();
    }

    /** Parses one document; null if the text holds none. */
    private YamlNode read(String text) {
        try (YAMLParser p = FACTORY.createParser(text)) {
            this.parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                return null;
            }
            YamlNode root = value(first, basePath, 0);
            if (p.nextToken() != null) {
                throw fail(line(), basePath, "expected one YAML document, found a second one"
                        + " (a line with '---'); put one scenario in each file");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw fail(0, basePath, "cannot read the YAML text: " + e.getMessage());
        }
    }

    private YamlNode value(JsonToken token, String path, int depth) throws IOException {
        int line = line();
        if (parser.isCurrentAlias()) {
            return alias(parser.getText(), path, line);
        }
        switch (token) {
            case START_OBJECT:
            case START_ARRAY: {
                if (depth >= MAX_DEPTH) {
                    throw fail(line, path, "lists and mappings are nested more than " + MAX_DEPTH
                            + " levels deep");
                }
                Object anchor = parser.getObjectId();
                YamlNode node = token == JsonToken.START_OBJECT
                        ? mapping(line, path, depth + 1) : sequence(line, path, depth + 1);
                if (anchor != null) {
                    anchors.put(anchor.toString(), node);
                }
                return node;
            }
            case VALUE_STRING:
                return scalar(line, YamlNode.Scalar.Kind.STRING, parser.getText());
            case VALUE_NUMBER_INT:
                if (LEADING_ZERO.matcher(parser.getText()).matches()) {
                    throw fail(line, path, "expected a decimal number, found '" + parser.getText() + "', which YAML 1.1"
                            + " reads as octal (" + parser.getNumberValue() + "): write it without the leading zero");
                }
                return new YamlNode.Scalar(line, YamlNode.Scalar.Kind.INT, parser.getText(),
                        parser.getNumberValue());
            case VALUE_NUMBER_FLOAT:
                return floatScalar(line, parser.getText());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode.Scalar(line, YamlNode.Scalar.Kind.BOOLEAN, parser.getText(),
                        token == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return new YamlNode.Scalar(line, YamlNode.Scalar.Kind.NULL, parser.getText(), null);
            default:
                throw fail(line, path, "unsupported YAML value (" + parser.getText() + ")");
        }
    }

    private YamlNode.Scalar scalar(int line, YamlNode.Scalar.Kind kind, String text) {
        return new YamlNode.Scalar(line, kind, text, text);
    }

    /** Floats as YAML writes them, including .nan and .inf, which Jackson cannot convert. */
    private YamlNode.Scalar floatScalar(int line, String text) throws IOException {
        String t = text.toLowerCase(Locale.ROOT);
        double v;
        if (t.equals(".nan")) {
            v = Double.NaN;
        } else if (t.equals(".inf") || t.equals("+.inf")) {
            v = Double.POSITIVE_INFINITY;
        } else if (t.equals("-.inf")) {
            v = Double.NEGATIVE_INFINITY;
        } else {
            try {
                v = parser.getDoubleValue();
            } catch (JsonProcessingException e) {
                return scalar(line, YamlNode.Scalar.Kind.STRING, text);
            }
        }
        return new YamlNode.Scalar(line, YamlNode.Scalar.Kind.FLOAT, text, v);
    }

    private YamlNode alias(String name, String path, int line) {
        YamlNode target = anchors.get(name);
        if (target == null) {
            throw fail(line, path, "alias '*" + name + "' does not refer to a list or mapping"
                    + " anchored earlier in the file (anchors on single values are not supported)");
        }
        if (++collectionAliases > MAX_COLLECTION_ALIASES) {
            throw fail(line, path, "more than " + MAX_COLLECTION_ALIASES
                    + " aliases to lists or mappings; refusing to expand them (an alias bomb?)");
        }
        return target;
    }

    private YamlNode.Mapping mapping(int line, String path, int depth) throws IOException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        Set<String> merged = new HashSet<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
            if (t == null) {
                throw fail(line, path, "malformed YAML: the mapping is not closed");
            }
            String key = parser.currentName();
            int keyLine = line();
            String keyPath = KeyPath.child(path, key);
            YamlNode value = value(parser.nextToken(), keyPath, depth);
            if (key.equals(MERGE_KEY)) {
                merge(entries, merged, value, keyPath);
                continue;
            }
            YamlNode.Entry previous = entries.get(key);
            if (previous != null && !merged.remove(key)) {
                throw fail(keyLine, keyPath, "key '" + key + "' is given twice in this mapping"
                        + " (lines " + previous.keyLine() + " and " + keyLine + ")");
            }
            entries.put(key, new YamlNode.Entry(key, keyLine, value));
        }
        return new YamlNode.Mapping(line, entries);
    }

    /** YAML merge key: adds entries not yet present; later explicit keys override them. */
    private void merge(Map<String, YamlNode.Entry> entries, Set<String> merged, YamlNode value,
                       String path) {
        List<YamlNode> sources = value instanceof YamlNode.Sequence s ? s.items() : List.of(value);
        for (YamlNode source : sources) {
            if (!(source instanceof YamlNode.Mapping m)) {
                throw fail(source.line(), path, "expected a mapping (or a list of mappings)"
                        + " to merge, found " + source.describe());
            }
            for (YamlNode.Entry e : m.entries().values()) {
                if (entries.putIfAbsent(e.key(), e) == null) {
                    merged.add(e.key());
                }
            }
        }
    }

    private YamlNode.Sequence sequence(int line, String path, int depth) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw fail(line, path, "malformed YAML: the list is not closed");
            }
            items.add(value(t, KeyPath.index(path, items.size()), depth));
        }
        return new YamlNode.Sequence(line, items);
    }

    private int line() {
        return fromFile ? parser.currentTokenLocation().getLineNr() : 0;
    }

    private ScenarioException fail(int line, String path, String problem) {
        return new ScenarioException(file, fromFile ? line : 0, path, problem);
    }

    /** Maps a parser exception to a one-line message without Java class names. */
    private ScenarioException syntaxError(JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        String problem;
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYAMLException m) {
            Mark mark = m.getProblemMark();
            if (mark != null) {
                line = mark.getLine() + 1;
            }
            String raw = m.getProblem() == null ? "" : m.getProblem();
            if (raw.contains("(TAB)")) {
                int column = mark == null ? 0 : mark.getColumn() + 1;
                return fail(line, basePath, "tab character at column " + column
                        + "; YAML allows only spaces for indentation and after ':' or '-'");
            }
            problem = cleanProblem(raw);
            Mark contextMark = m.getContextMark();
            if (m.getContext() != null) {
                problem += " (" + cleanProblem(m.getContext())
                        + (contextMark != null && contextMark.getLine() + 1 != line
                                ? " started at line " + (contextMark.getLine() + 1) : "")
                        + ")";
            }
        } else if (cause instanceof YAMLException y) {
            problem = cleanProblem(y.getMessage().lines().findFirst().orElse(""));
        } else if (e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Expected a field name")) {
            problem = "expected a plain key, found a list or mapping used as a key";
        } else {
            problem = cleanProblem(String.valueOf(e.getOriginalMessage()));
        }
        return fail(line, basePath, "malformed YAML: " + problem);
    }

    /** Turns SnakeYAML's token names into words. */
    static String cleanProblem(String raw) {
        return raw.replaceAll("\\s*\\(Do not use .* for indentation\\)", "")
                .replaceAll("<org\\.yaml\\.[^>]*>", "a YAML element")
                .replace("'<block end>'", "the end of a block")
                .replace("<block end>", "the end of a block (check the indentation)")
                .replace("'<block mapping start>'", "a new key (check the indentation)")
                .replace("'<block sequence start>'", "a list item (check the indentation)")
                .replace("'<document start>'", "the end of the top-level mapping")
                .replace("<stream end>", "the end of the file")
                .replaceAll("'(.)\\(\\d+\\)'", "'$1'")
                .replace("'<scalar>'", "a value")
                .replace("<scalar>", "a value")
                .replaceAll("\\s+", " ")
                .trim()
                .replaceAll("\\.$", "")
                .replaceAll("but (got|found) ([^'<\\s]\\S*)$", "but $1 '$2'");
    }
}
