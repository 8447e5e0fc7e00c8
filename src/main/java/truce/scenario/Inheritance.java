package truce.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario inheritance: a scenario that says {@code extends: baseline-2025.yaml} (a path relative
 * to its own file) starts from that file and gives only what differs. The two trees are merged
 * by key, deeply: a mapping in the file merges into the same mapping of the file it extends
 * (actors keep the extended file's order; new ones are appended), while a single value or a list
 * (such as {@code events}) replaces the extended one whole. An explicit {@code ~} (null) replaces
 * a section with an empty one. A file may extend a file that extends another, up to
 * {@link #MAX_DEPTH} files.
 *
 * <p>Errors name every file involved: a value that comes from an extended file is reported at
 * the {@code extends} line of the file the user named, quoting the extended file and its line,
 * the way sweeps report errors in their scenario:
 * {@code no-spoilers.yaml:2: extends: states.pakistan.trust: expected ... (in baseline.yaml:35)}.
 */
final class Inheritance {

    /** The key that names the extended file. */
    static final String KEY = "extends";
    /** Longest chain of files, counting the first. */
    static final int MAX_DEPTH = 16;

    /**
     * One file of a chain, as written minus its {@code extends} key.
     *
     * @param file the file as named in messages
     * @param own its tree without {@code extends}
     * @param extendsLine the line of its {@code extends} key, 0 if it extends nothing
     */
    record Layer(String file, YamlNode.Mapping own, int extendsLine) {
    }

    /** A chain of files, the named one first, and their merged tree. */
    record Chain(List<Layer> layers, YamlNode.Mapping merged) {

        /** The chain of a file that extends nothing. */
        static Chain single(YamlNode.Mapping tree, String file) {
            return new Chain(List.of(new Layer(file, tree, 0)), tree);
        }
    }

    private Inheritance() {
    }

    /**
     * Resolves the {@code extends} chain of a parsed file.
     *
     * @param tree the file's tree; not null
     * @param file the file as the user named it; its folder is where {@code extends} paths start
     * @return the chain and the merged tree (without any {@code extends} key)
     * @throws ScenarioException if an extended file is missing, unreadable or invalid YAML, the
     *     files extend each other in a cycle, or the chain is longer than {@link #MAX_DEPTH}
     */
    static Chain resolve(YamlNode.Mapping tree, String file) {
        return resolve(tree, file, new ArrayList<>());
    }

    private static Chain resolve(YamlNode.Mapping tree, String file, List<Path> seen) {
        YamlNode.Entry ext = tree.get(KEY);
        if (ext == null) {
            return Chain.single(tree, file);
        }
        seen.add(identity(Path.of(file)));
        if (!(ext.value() instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Scalar.Kind.STRING
                || s.text().isBlank()) {
            throw new ScenarioException(file, ext.line(), KEY, "expected the path of a scenario file"
                    + " (relative to this file), found " + ext.value().describe());
        }
        Path dir = Path.of(file).getParent();
        Path target = (dir == null ? Path.of(s.text()) : dir.resolve(s.text())).normalize();
        String targetName = target.toString();
        Path id = identity(target);
        if (seen.contains(id)) {
            List<String> names = new ArrayList<>(seen.stream().map(Path::getFileName).map(Path::toString).toList());
            names.add(target.getFileName().toString());
            throw new ScenarioException(file, ext.line(), KEY, "the files extend each other in a cycle: "
                    + String.join(" -> ", names));
        }
        if (seen.size() >= MAX_DEPTH) {
            throw new ScenarioException(file, ext.line(), KEY, "expected a chain of at most " + MAX_DEPTH
                    + " files extending each other, found a longer one");
        }
        if (!Files.exists(target)) {
            throw new ScenarioException(file, ext.line(), KEY, "the extended file " + targetName
                    + " does not exist");
        }
        Chain parent;
        try {
            parent = resolve(YamlReader.readFile(target, targetName), targetName, seen);
        } catch (ScenarioException e) {
            throw wrap(file, ext.line(), e);
        }
        Map<String, YamlNode.Entry> own = new LinkedHashMap<>(tree.entries());
        own.remove(KEY);
        YamlNode.Mapping mine = new YamlNode.Mapping(tree.line(), own);
        List<Layer> layers = new ArrayList<>();
        layers.add(new Layer(file, mine, ext.line()));
        layers.addAll(parent.layers());
        return new Chain(List.copyOf(layers), merge(parent.merged(), mine));
    }

    /** {@code over} merged into {@code base}: mappings by key, deeply; anything else replaced. */
    static YamlNode.Mapping merge(YamlNode.Mapping base, YamlNode.Mapping over) {
        Map<String, YamlNode.Entry> out = new LinkedHashMap<>(base.entries());
        for (YamlNode.Entry e : over.entries().values()) {
            YamlNode.Entry old = out.get(e.key());
            if (old != null && old.value() instanceof YamlNode.Mapping b && e.value() instanceof YamlNode.Mapping o) {
                out.put(e.key(), new YamlNode.Entry(e.key(), e.keyLine(), merge(b, o)));
            } else {
                out.put(e.key(), e);
            }
        }
        return new YamlNode.Mapping(over.line(), out);
    }

    /**
     * Re-addresses an error found in the merged tree to the file the offending value came from:
     * the first file of the chain that gives the whole key path, else the one that gives most of
     * it (the named file on a tie). An error in the named file is returned as is.
     *
     * @param e the error, naming the first file of the chain
     * @param chain the chain
     * @return the error as the user should see it
     */
    static ScenarioException attribute(ScenarioException e, Chain chain) {
        List<Layer> layers = chain.layers();
        if (layers.size() == 1 || e.line() == 0 || e.path() == null || e.path().isEmpty()) {
            return e;
        }
        List<KeyPath.Segment> segments;
        try {
            segments = KeyPath.parse(e.path());
        } catch (IllegalArgumentException notAPath) {
            return e;
        }
        int origin = 0;
        int best = -1;
        for (int i = 0; i < layers.size(); i++) {
            int depth = depth(layers.get(i).own(), segments);
            if (depth == segments.size()) {
                origin = i;
                break;
            }
            if (depth > best) {
                best = depth;
                origin = i;
            }
        }
        if (origin == 0) {
            return e;
        }
        ScenarioException inner = new ScenarioException(layers.get(origin).file(), e.line(), e.path(), e.problem());
        for (int i = origin - 1; i >= 0; i--) {
            inner = wrap(layers.get(i).file(), layers.get(i).extendsLine(), inner);
        }
        return inner;
    }

    private static ScenarioException wrap(String file, int line, ScenarioException inner) {
        return new ScenarioException(file, line, KEY, inner.quoted());
    }

    /** How many leading segments of a path the tree holds. */
    private static int depth(YamlNode.Mapping tree, List<KeyPath.Segment> segments) {
        YamlNode node = tree;
        for (int i = 0; i < segments.size(); i++) {
            KeyPath.Segment seg = segments.get(i);
            if (seg.isIndex() && node instanceof YamlNode.Sequence s && seg.index() < s.items().size()) {
                node = s.items().get(seg.index());
            } else if (!seg.isIndex() && node instanceof YamlNode.Mapping m && m.get(seg.key()) != null) {
                node = m.get(seg.key()).value();
            } else {
                return i;
            }
        }
        return segments.size();
    }

    /** A file's identity for cycle detection: its real path when it exists. */
    private static Path identity(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
