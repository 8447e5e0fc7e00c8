package truce.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import truce.model.CeasefireSpec;
import truce.model.ChannelSpec;
import truce.model.EventSpec;
import truce.model.EventType;
import truce.model.MediatorSpec;
import truce.model.Param;
import truce.model.Scenario;

/**
 * Rules that span several fields of a bound {@link Scenario}, checked after
 * {@link RecordBinder} has checked every field on its own:
 *
 * <ul>
 *   <li>the scenario's name is usable as a folder name (letters, digits, {@code . _ -});</li>
 *   <li>at least two states;</li>
 *   <li>actor names are unique across all named sections (states, militants, mediators), so
 *       that key paths and references are unambiguous;</li>
 *   <li>each event happens before the horizon (days 0 to horizon - 1 are simulated), has the fields its type needs and none
 *       that belong to other types (see {@link #FIELDS}); a strike's {@code by} and
 *       {@code against} differ, and so do a coercion's {@code state} and {@code against};</li>
 *   <li>every {@link Param#ref} name refers to an actor declared in that section (a group's host
 *       may equal its target: a domestic group);</li>
 *   <li>each ceasefire joins exactly two distinct states, no two ceasefires join the same two, and
 *       each starts before the horizon; with several ceasefires, every talks and monitoring event
 *       names its ceasefire, and no talks event comes before its ceasefire's start day;</li>
 *   <li>a talks event is convened by a mediator or held through a channel, not both, and through a
 *       channel it is on the channel's ceasefire;</li>
 *   <li>with ceasefires per dyad, a strike or coercion is between two states a ceasefire joins
 *       (other states are not in contact: see {@code StateAgent#setContacts}).</li>
 * </ul>
 */
final class ScenarioValidator {

    /** Fields of an event, by type: those it needs, then those it may have. */
    private record EventFields(List<String> needed, List<String> allowed) {
    }

    /** Fields every event has or may have, whatever its type. */
    private static final Set<String> COMMON = Set.of("day", "type", "note", "enabled");

    /** What each event type needs and may have, besides {@link #COMMON}. */
    private static final Map<EventType, EventFields> FIELDS = new EnumMap<>(Map.of(
            EventType.ATTACK, new EventFields(List.of("group"), List.of("casualties", "blamed")),
            EventType.TALKS, new EventFields(List.of(), List.of("mediator", "channel", "outcome", "ceasefire")),
            EventType.STRIKE, new EventFields(List.of("by", "against"), List.of()),
            EventType.DEMAND, new EventFields(List.of("state", "value"), List.of()),
            EventType.MONITORING, new EventFields(List.of(), List.of("ceasefire")),
            EventType.COERCION, new EventFields(List.of("state", "against", "value"), List.of())));

    private static final Pattern FOLDER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    /** Actor names become parts of key paths, column names and chart file names. */
    private static final Pattern ACTOR_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final Scenario scenario;
    private final SourceLines lines;
    private final String file;

    private ScenarioValidator(Scenario scenario, SourceLines lines, String file) {
        this.scenario = scenario;
        this.lines = lines;
        this.file = file;
    }

    /**
     * Whether a rule here reads the value at {@code path} together with a value at another path
     * that a sweep may set separately: the event rules read an event's day with the horizon, an
     * event's fields with its type and with each other, and a talks event's mediator with what
     * that mediator serves, a talks event's channel with its ceasefire and the channel's ceasefire
     * ({@code channels.*.ceasefire}), a strike's or coercion's two states with the ceasefires' parties (states
     * are in contact only where a ceasefire joins them), and a talks event's day with its
     * ceasefire's start day; the ceasefire rules read a ceasefire's parties with each other and
     * with every other ceasefire's, and its start day with the horizon. Every other rule reads one
     * value (a name, a reference against the declared actors, which overrides cannot change) or
     * none that an override can set (the actors, their names). A new rule that reads two values
     * must be listed here, or sweeps would check its values apart.
     *
     * @param path a dotted key path; not null
     */
    static boolean readsWithOthers(String path) {
        return path.equals("horizon") || path.equals("events") || path.startsWith("events[")
                || path.equals("ceasefires") || path.startsWith("ceasefires.") || SERVES.matcher(path).matches()
                || CHANNEL_CEASEFIRE.matcher(path).matches();
    }

    /** A mediator's list of the ceasefires it serves, or an item of it. */
    private static final Pattern SERVES = Pattern.compile("mediators\\.[^.]+\\.serves(\\[\\d+])?");
    /** The ceasefire a channel serves (talks events through it are on it). */
    private static final Pattern CHANNEL_CEASEFIRE = Pattern.compile("channels\\.[^.]+\\.ceasefire");

    /**
     * Checks the cross-field rules.
     *
     * @param scenario the bound scenario; not null
     * @param lines where its values were given
     * @param file the file as the user named it, for messages
     * @throws ScenarioException at the first broken rule, naming its line and key path
     */
    static void validate(Scenario scenario, SourceLines lines, String file) {
        ScenarioValidator v = new ScenarioValidator(scenario, lines, file);
        v.folderName();
        v.atLeastTwoStates();
        v.uniqueNames();
        v.ceasefires();
        v.events();
        v.references(Scenario.class, scenario, "");
    }

    private void folderName() {
        if (!FOLDER_NAME.matcher(scenario.name()).matches()) {
            throw fail("name", "expected letters, digits, '.', '_' or '-', starting with a letter"
                    + " or digit (it names the results folder), found '" + scenario.name() + "'");
        }
    }

    private void atLeastTwoStates() {
        if (scenario.states().size() < 2) {
            throw fail("states", "expected at least two states, found "
                    + scenario.states().size() + " " + scenario.states().keySet());
        }
    }

    private void uniqueNames() {
        Map<String, String> seen = new HashMap<>();
        for (Schema.Field section : Schema.fields(Scenario.class)) {
            if (section.kind() != Schema.Kind.MAP) {
                continue;
            }
            for (String name : ((Map<?, ?>) section.get(scenario)).keySet().stream()
                    .map(Object::toString).toList()) {
                String path = KeyPath.child(section.name(), name);
                if (!ACTOR_NAME.matcher(name).matches()) {
                    throw fail(path, "expected a name of at most 64 letters, digits, '_' or '-', starting with a"
                            + " letter or digit (names become key paths, column and file names), found '"
                            + (name.length() > 40 ? name.substring(0, 40) + "...' (" + name.length() + " characters)"
                            : name + "'"));
                }
                String first = seen.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), path);
                if (first != null && !first.endsWith("." + name)) {
                    throw fail(path, "the name '" + name + "' differs only in case from " + first + " (line "
                            + lines.line(first) + "); names must differ in more than case (they become file names,"
                            + " and some file systems ignore case)");
                }
                if (first != null) {
                    throw fail(path, "the name '" + name + "' is already used by " + first
                            + " (line " + lines.line(first) + "); names must be unique across "
                            + String.join(", ", mapSections()));
                }
            }
        }
    }

    private void ceasefires() {
        Map<String, String> dyads = new HashMap<>();
        for (Map.Entry<String, CeasefireSpec> e : scenario.ceasefires().entrySet()) {
            String path = KeyPath.child("ceasefires", e.getKey());
            List<String> parties = e.getValue().parties();
            String partiesPath = KeyPath.child(path, "parties");
            if (parties.size() != 2) {
                throw fail(partiesPath, "expected exactly two states (a ceasefire joins one dyad), found "
                        + parties.size() + " " + parties);
            }
            if (parties.get(0).equals(parties.get(1))) {
                throw fail(partiesPath, "expected two different states, found '" + parties.get(0)
                        + "' twice: a state cannot be paired with itself");
            }
            String dyad = parties.stream().sorted().toList().toString();
            String first = dyads.putIfAbsent(dyad, path);
            if (first != null) {
                throw fail(partiesPath, "expected one ceasefire per pair of states, found a second one on "
                        + parties + ": " + first + " (line " + lines.line(first) + ") already joins them");
            }
            int startDay = e.getValue().startDay();
            if (startDay >= scenario.horizon()) {
                throw fail(KeyPath.child(path, "startDay"), "expected a day in [0, " + (scenario.horizon() - 1)
                        + "] (it must start before the horizon), found " + startDay);
            }
        }
    }

    private void events() {
        List<EventSpec> events = scenario.events();
        for (int i = 0; i < events.size(); i++) {
            EventSpec e = events.get(i);
            String path = KeyPath.index("events", i);
            if (e.day() >= scenario.horizon()) {
                boolean overridden = lines.given("horizon") && lines.line("horizon") == 0;
                throw fail(KeyPath.child(path, "day"), "event after the horizon: expected a day in [0, "
                        + (scenario.horizon() - 1) + "] (days 0 to horizon - 1 are simulated), found " + e.day()
                        + (overridden ? " (the horizon was set by an override)" : ""));
            }
            String type = Schema.enumName(e.type());
            EventFields fields = FIELDS.get(e.type());
            for (String needed : fields.needed()) {
                if (Schema.field(EventSpec.class, needed).get(e) == null) {
                    throw fail(KeyPath.child(path, needed), "required key is missing: "
                            + article(type) + " event needs '" + needed + "' ("
                            + Schema.field(EventSpec.class, needed).param().doc() + ")");
                }
            }
            for (Schema.Field f : Schema.fields(EventSpec.class)) {
                String fieldPath = KeyPath.child(path, f.name());
                if (lines.given(fieldPath) && !COMMON.contains(f.name())
                        && !fields.needed().contains(f.name())
                        && !fields.allowed().contains(f.name())) {
                    throw fail(fieldPath, "not used by " + article(type) + " event, which takes "
                            + String.join(", ", takes(fields)));
                }
            }
            if (e.type() == EventType.TALKS) {
                convener(e, path);
            }
            if ((e.type() == EventType.TALKS || e.type() == EventType.MONITORING) && e.ceasefire() == null
                    && e.channel() == null && scenario.ceasefires().size() > 1) {
                throw fail(KeyPath.child(path, "ceasefire"), "required key is missing: the scenario has several"
                        + " ceasefires " + scenario.ceasefires().keySet() + ", so " + article(type)
                        + " event must name the one it concerns");
            }
            if (e.type() == EventType.TALKS) {
                servedByItsMediator(e, path);
            }
            if (e.type() == EventType.STRIKE && e.by().equals(e.against())) {
                throw fail(KeyPath.child(path, "against"), "a state cannot strike itself (by and"
                        + " against are both '" + e.by() + "')");
            }
            if (e.type() == EventType.COERCION && e.state().equals(e.against())) {
                throw fail(KeyPath.child(path, "against"), "a state cannot coerce itself (state and"
                        + " against are both '" + e.state() + "')");
            }
            if (e.type() == EventType.STRIKE) {
                inContact(e.by(), e.against(), path, "by", "strike");
            } else if (e.type() == EventType.COERCION) {
                inContact(e.state(), e.against(), path, "state", "coercion");
            }
            if (e.type() == EventType.TALKS) {
                notBeforeItsCeasefire(e, path);
            }
        }
    }

    /**
     * With a {@code ceasefires:} section, a strike or coercion joins two states a ceasefire joins:
     * other pairs are not in contact (the model has no violence or coercion between them).
     */
    private void inContact(String from, String against, String path, String fromKey, String type) {
        if (!scenario.perDyad() || from == null || against == null
                || !scenario.states().containsKey(from) || !scenario.states().containsKey(against)) {
            return; // no contact rule, or a missing or unknown name, which another rule reports
        }
        List<String> contacts = new ArrayList<>();
        for (CeasefireSpec c : scenario.ceasefires().values()) {
            List<String> parties = c.parties();
            if (parties.size() == 2 && parties.contains(from)) {
                String other = parties.get(0).equals(from) ? parties.get(1) : parties.get(0);
                if (other.equals(against)) {
                    return;
                }
                contacts.add(other);
            }
        }
        throw fail(KeyPath.child(path, "against"), "expected a state in contact with '" + from + "' (one a ceasefire"
                + " joins it to: " + (contacts.isEmpty() ? "none" : String.join(", ", contacts)) + "), found '"
                + against + "': states no ceasefire joins are not in contact, so " + article(type)
                + " between them cannot happen (" + KeyPath.child(path, fromKey) + " is '" + from + "')");
    }

    /**
     * Scripted talks on a ceasefire cannot come before its start day: there is nothing to talk on
     * yet, and the model would skip them without a word. Talks that fall after the ceasefire has
     * ended in some run are allowed (a run's outcome, not the file's), and so is a monitoring
     * event before the start day (the mission then acts from the ceasefire's first day).
     */
    private void notBeforeItsCeasefire(EventSpec e, String path) {
        String key = itsCeasefire(e);
        CeasefireSpec c = key == null ? null : scenario.ceasefires().get(key);
        if (c != null && e.day() < c.startDay()) {
            String start = KeyPath.child(KeyPath.child("ceasefires", key), "startDay");
            throw fail(KeyPath.child(path, "day"), "expected a day on or after the start of ceasefire '"
                    + key + "' (" + start + " is " + c.startDay() + (lines.line(start) > 0
                    ? ", line " + lines.line(start) : ", set by an override") + "), found " + e.day() + ": talks before their ceasefire starts would never"
                    + " be held");
        }
    }

    /**
     * A talks event has a mediator or a channel, not both; through a channel, the talks are on the
     * channel's ceasefire, so an event's own {@code ceasefire:} must be that one.
     */
    private void convener(EventSpec e, String path) {
        if (e.mediator() == null && e.channel() == null) {
            throw fail(KeyPath.child(path, "mediator"), "required key is missing: a talks event needs 'mediator' ("
                    + Schema.field(EventSpec.class, "mediator").param().doc() + ") or 'channel' ("
                    + Schema.field(EventSpec.class, "channel").param().doc() + ")");
        }
        if (e.mediator() != null && e.channel() != null) {
            throw fail(KeyPath.child(path, "channel"), "a talks event is convened by a mediator or held through a"
                    + " channel, not both: found mediator '" + e.mediator() + "' and channel '" + e.channel() + "'");
        }
        ChannelSpec channel = e.channel() == null ? null : scenario.channels().get(e.channel());
        if (channel != null && e.ceasefire() != null && !e.ceasefire().equals(channel.ceasefire())) {
            throw fail(KeyPath.child(path, "ceasefire"), "expected the ceasefire of channel '" + e.channel() + "', '"
                    + channel.ceasefire() + "' (talks through it are on it), found '" + e.ceasefire() + "'");
        }
    }

    /** A talks event's mediator must serve the ceasefire the talks are on. */
    private void servedByItsMediator(EventSpec e, String path) {
        if (e.mediator() == null) {
            return; // a channel serves its one ceasefire
        }
        MediatorSpec m = scenario.mediators().get(e.mediator());
        String ceasefire = itsCeasefire(e);
        if (m != null && ceasefire != null && !m.serves().isEmpty() && !m.serves().contains(ceasefire)) {
            throw fail(KeyPath.child(path, "mediator"), "expected a mediator serving the ceasefire '" + ceasefire
                    + "', found '" + e.mediator() + "', which serves only " + m.serves());
        }
    }

    /**
     * The key of the declared ceasefire a talks or monitoring event concerns (its own, its channel's,
     * or the only one), or null.
     */
    private String itsCeasefire(EventSpec e) {
        String named = scenario.ceasefireOf(e);
        return named != null ? named
                : scenario.ceasefires().size() == 1 ? scenario.ceasefires().keySet().iterator().next() : null;
    }

    /** Checks every {@link Param#ref} in {@code record} (at {@code path}) and below. */
    private void references(Class<?> type, Object record, String path) {
        for (Schema.Field f : Schema.fields(type)) {
            Object value = f.get(record);
            String childPath = KeyPath.child(path, f.name());
            if (value == null) {
                continue;
            }
            switch (f.kind()) {
                case STRING:
                    if (!f.param().ref().isEmpty()) {
                        checkReference(f.param().ref(), (String) value, childPath);
                    }
                    break;
                case NAMES:
                    if (!f.param().ref().isEmpty()) {
                        for (Object name : (List<?>) value) {
                            checkReference(f.param().ref(), (String) name, childPath);
                        }
                    }
                    break;
                case RECORD:
                    references(f.type(), value, childPath);
                    break;
                case MAP:
                    for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                        String actorPath = KeyPath.child(childPath, e.getKey().toString());
                        references(f.type(), e.getValue(), actorPath);
                    }
                    break;
                case LIST:
                    List<?> items = (List<?>) value;
                    for (int i = 0; i < items.size(); i++) {
                        references(f.type(), items.get(i), KeyPath.index(childPath, i));
                    }
                    break;
                default:
                    break;
            }
        }
    }

    private void checkReference(String section, String name, String path) {
        Schema.Field target = Schema.field(Scenario.class, section);
        if (target == null || target.kind() != Schema.Kind.MAP) {
            throw new IllegalStateException(path + ": @Param(ref) names no section: " + section);
        }
        List<String> declared = ((Map<?, ?>) target.get(scenario)).keySet().stream()
                .map(Object::toString).toList();
        if (declared.contains(name)) {
            return;
        }
        if (declared.isEmpty()) {
            throw fail(path, "expected one of the declared " + section + ", found '" + name
                    + "', but the scenario declares no " + section);
        }
        throw fail(path, "expected one of the declared " + section + " " + declared + ", found '"
                + name + "'" + Suggestions.hint(name, declared));
    }

    private static List<String> takes(EventFields fields) {
        List<String> all = new ArrayList<>(fields.needed());
        all.addAll(fields.allowed());
        all.add("note");
        all.add("enabled");
        return all;
    }

    private static List<String> mapSections() {
        return Schema.fields(Scenario.class).stream()
                .filter(f -> f.kind() == Schema.Kind.MAP).map(Schema.Field::name).toList();
    }

    private static String article(String word) {
        boolean vowel = "aeiou".indexOf(word.toLowerCase(Locale.ROOT).charAt(0)) >= 0;
        return (vowel ? "an " : "a ") + word;
    }

    private ScenarioException fail(String path, String problem) {
        int line = lines.line(path);
        return new ScenarioException(file, line, path,
                line > 0 ? problem : problem + Overrides.NOT_IN_FILE);
    }
}
