package truce.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ec.util.MersenneTwisterFast;
import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The ceasefire model: a MASON {@link SimState} whose actors are states, militant groups and
 * mediators, plus the ceasefires: one among all its states, or, in a regional scenario (a
 * {@code ceasefires:} section), one per dyad, each with its own agreement, collapse rule, start day
 * and peace process. Time steps are days. Each day runs one {@link Sequence}
 * of phases in a fixed order:
 *
 * <ol>
 *   <li>scheduled events of the scenario: exogenous shocks ({@link ScheduledEvents});</li>
 *   <li>militant groups attack; victims blame a host or no one ({@link MilitantGroup});</li>
 *   <li>states perceive: misperception, contrition, trust and directed escalation
 *       ({@link StateAgent#perceive});</li>
 *   <li>states act: crackdowns, scripted strikes, retaliation, unprovoked and accidental violations,
 *       each perceived by its victim the next day ({@link StateAgent#step});</li>
 *   <li>mediators decay and convene talks, at most one round a day ({@link Mediator},
 *       {@link PeaceProcess});</li>
 *   <li>the peace process's momentum fades ({@link PeaceProcess#step});</li>
 *   <li>the ceasefire decides whether it ends today: breakdown, expiry ({@link Ceasefire});</li>
 *   <li>the day is recorded, if a trajectory is wanted ({@link DayRecorder}), or shown to a
 *       {@link DayObserver}.</li>
 * </ol>
 *
 * <p>The first simulated day is the scenario's {@code startDay} (0 unless the scenario starts
 * from stated conditions later in the ceasefire).
 *
 * <p>All randomness comes from {@link SimState#random}, so a run is a pure function of
 * (scenario, seed). {@link #start()} rebuilds every actor, so one object can be rerun.
 * The model knows nothing of files, threads or charts; {@link Simulation} runs it.
 */
public final class TruceModel extends SimState {

    private static final long serialVersionUID = 1L;

    private final long runSeed;
    private final Scenario scenario;
    private final boolean recording;
    private final DayObserver observer;
    private double[] observedTrust;
    private double[] observedEscalation;

    private StateAgent[] states;
    private MilitantGroup[] groups;
    private Mediator[] mediators;
    /** Direct channels: mediators of their one ceasefire that guarantee and monitor nothing. */
    private Mediator[] channels;
    /** The groups each state hosts, by the state's index. */
    private MilitantGroup[][] hosted;
    private final Map<String, StateAgent> statesByName = new LinkedHashMap<>();
    private final Map<String, MilitantGroup> groupsByName = new LinkedHashMap<>();
    private final Map<String, Mediator> mediatorsByName = new LinkedHashMap<>();
    private final Map<String, Mediator> channelsByName = new LinkedHashMap<>();
    /** The ceasefires, in declaration order (one among all states without a ceasefires section). */
    private Ceasefire[] ceasefires;
    /** The ceasefire between each ordered pair of states, or null if none (every pair, self included, for the one ceasefire). */
    private Ceasefire[][] between;
    private final Map<String, Ceasefire> ceasefiresByName = new LinkedHashMap<>();
    /** The ceasefires each state is party to (its fronts), by the state's index. */
    private Ceasefire[][] fronts;
    /** Whether some spillover is on (ceasefires per dyad only). */
    private boolean spilling;
    /** The one ceasefire among all the states of a scenario without a ceasefires section, else null. */
    private Ceasefire single;
    /** The agreement of no effect, for a pair with no ceasefire acting between them. */
    private final Ceasefire none = Ceasefire.none();
    private DayRecorder recorder;
    private DayCounts today;
    private DayCounts total;
    /** The current day; kept here because MASON's Schedule.getTime() takes a lock on every call. */
    private int day;

    /**
     * @param seed the run's seed
     * @param scenario a validated scenario; never null
     * @param recording whether to keep the daily trajectory
     */
    public TruceModel(long seed, Scenario scenario, boolean recording) {
        this(seed, scenario, recording, null);
    }

    /**
     * @param seed the run's seed
     * @param scenario a validated scenario; never null
     * @param recording whether to keep the daily trajectory
     * @param observer shown the end of each day, or null
     */
    public TruceModel(long seed, Scenario scenario, boolean recording, DayObserver observer) {
        super(generator(seed));
        this.runSeed = seed;
        this.scenario = scenario;
        this.recording = recording;
        this.observer = observer;
    }

    /** The run's seed (MASON's own field stays 0: the generator was seeded here, with all 64 bits). */
    @Override
    public long seed() {
        return runSeed;
    }

    /**
     * MASON's {@code MersenneTwisterFast(long)} keeps only the low 32 bits of a seed; sweeps derive
     * 64-bit seeds, so all 64 bits go into the generator and distinct seeds give distinct runs.
     */
    static MersenneTwisterFast generator(long seed) {
        return new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32)});
    }

    @Override
    public void start() {
        super.start();
        build();
        // the day is built from DayPhase, so every phase run has its documentation (and ODD text) there
        List<Steppable> phases = new ArrayList<>();
        for (DayPhase phase : DayPhase.values()) {
            Steppable step = switch (phase) {
                case NEW_DAY -> state -> newDay();
                case EVENTS -> new ScheduledEvents(scenario.events(), scenario.horizon());
                case MILITANTS -> new Sequence(groups);
                case PERCEIVE -> state -> perceive();
                case STATES -> new Sequence(states);
                case MEDIATORS -> new Sequence(channels.length == 0 ? mediators
                        : java.util.stream.Stream.concat(java.util.Arrays.stream(mediators),
                                java.util.Arrays.stream(channels)).toArray(Steppable[]::new));
                case PEACE_PROCESS -> new Sequence(java.util.Arrays.stream(ceasefires).map(Ceasefire::peace)
                        .toArray(Steppable[]::new));
                case CEASEFIRE -> new Sequence(ceasefires);
                case RECORD -> recording && observer != null ? new Sequence(new Steppable[] {recorder, state -> observe()})
                        : recording ? recorder : observer != null ? state -> observe() : null;
            };
            if (step != null) {
                phases.add(step);
            }
        }
        // MASON 18's Sequence(Collection) leaves its size at 0 and steps nothing: pass an array.
        schedule.scheduleRepeating(Schedule.EPOCH, 0, new Sequence(phases.toArray(new Steppable[0])), 1);
    }

    private void build() {
        statesByName.clear();
        groupsByName.clear();
        mediatorsByName.clear();
        channelsByName.clear();
        ceasefiresByName.clear();
        int n = scenario.states().size();
        states = new StateAgent[n];
        int i = 0;
        for (Map.Entry<String, StateSpec> e : scenario.states().entrySet()) {
            states[i] = new StateAgent(i, e.getKey(), e.getValue(), n);
            statesByName.put(e.getKey(), states[i]);
            i++;
        }
        groups = new MilitantGroup[scenario.militants().size()];
        i = 0;
        for (Map.Entry<String, GroupSpec> e : scenario.militants().entrySet()) {
            GroupSpec g = e.getValue();
            groups[i] = new MilitantGroup(e.getKey(), state(g.host()).index, state(g.blamedState()).index,
                    state(g.target()).index, g);
            groupsByName.put(e.getKey(), groups[i]);
            i++;
        }
        buildCeasefires(n);
        if (scenario.perDyad()) { // states are in contact only where a ceasefire joins them
            for (int s = 0; s < n; s++) {
                boolean[] joined = new boolean[n];
                for (int j = 0; j < n; j++) {
                    joined[j] = between[s][j] != null;
                }
                states[s].setContacts(joined);
            }
        }
        fronts = new Ceasefire[n][];
        for (int s = 0; s < n; s++) {
            final int party = s;
            fronts[s] = java.util.Arrays.stream(ceasefires).filter(c -> c.hasParty(party)).toArray(Ceasefire[]::new);
        }
        spilling = scenario.perDyad() && scenario.spillover().any();
        mediators = new Mediator[scenario.mediators().size()];
        i = 0;
        for (Map.Entry<String, MediatorSpec> e : scenario.mediators().entrySet()) {
            mediators[i] = new Mediator(e.getKey(), e.getValue(), served(e.getValue().serves()), ceasefires.length);
            mediatorsByName.put(e.getKey(), mediators[i]);
            i++;
        }
        channels = new Mediator[scenario.channels().size()];
        i = 0;
        for (Map.Entry<String, ChannelSpec> e : scenario.channels().entrySet()) {
            MediatorSpec spec = e.getValue().asMediator();
            channels[i] = new Mediator(e.getKey(), spec, served(spec.serves()), ceasefires.length);
            channelsByName.put(e.getKey(), channels[i++]);
        }
        hosted = new MilitantGroup[n][];
        for (int s = 0; s < n; s++) {
            final int host = s;
            hosted[s] = java.util.Arrays.stream(groups).filter(g -> g.host == host).toArray(MilitantGroup[]::new);
        }
        for (Ceasefire c : ceasefires) {
            c.updateDeterrence(this);
        }
        recorder = new DayRecorder();
        observedTrust = new double[n];
        observedEscalation = new double[n];
        today = new DayCounts();
        total = new DayCounts();
    }

    /**
     * One ceasefire among all the states, from the top-level agreement and collapse rule; or, with a
     * {@code ceasefires:} section, one per dyad, each with its own agreement and collapse rule or the
     * top-level ones.
     */
    private void buildCeasefires(int n) {
        between = new Ceasefire[n][n];
        if (!scenario.perDyad()) {
            int[] all = java.util.stream.IntStream.range(0, n).toArray();
            Ceasefire single = new Ceasefire(CeasefireOutcome.SINGLE, 0, all, 0, scenario.collapse(),
                    scenario.agreement(), scenario.talks());
            ceasefires = new Ceasefire[] {single};
            this.single = single;
            ceasefiresByName.put(single.key, single);
            for (Ceasefire[] row : between) {
                java.util.Arrays.fill(row, single);
            }
            return;
        }
        single = null;
        ceasefires = new Ceasefire[scenario.ceasefires().size()];
        int i = 0;
        for (Map.Entry<String, CeasefireSpec> e : scenario.ceasefires().entrySet()) {
            CeasefireSpec spec = e.getValue();
            int a = state(spec.parties().get(0)).index;
            int b = state(spec.parties().get(1)).index;
            Ceasefire c = new Ceasefire(e.getKey(), i, new int[] {Math.min(a, b), Math.max(a, b)}, spec.startDay(),
                    spec.collapse() != null ? spec.collapse() : scenario.collapse(),
                    spec.agreement() != null ? spec.agreement() : scenario.agreement(), scenario.talks());
            ceasefires[i++] = c;
            ceasefiresByName.put(c.key, c);
            between[a][b] = c;
            between[b][a] = c;
        }
    }

    /** The ceasefires with the given keys, or every ceasefire if none is given. */
    private Ceasefire[] served(List<String> keys) {
        return keys.isEmpty() ? ceasefires : keys.stream().map(ceasefiresByName::get).toArray(Ceasefire[]::new);
    }

    /** Shows the day's end to the observer. */
    private void observe() {
        for (int i = 0; i < states.length; i++) {
            observedTrust[i] = states[i].meanTrust();
            observedEscalation[i] = states[i].escalation();
        }
        observer.day(day, observedTrust, observedEscalation, allInForce());
    }

    private void newDay() {
        day = scenario.startDay() + (int) schedule.getTime();
        today.addTo(total);
        today.reset();
    }

    private void perceive() {
        for (Ceasefire c : ceasefires) {
            c.updateDeterrence(this);
        }
        for (StateAgent s : states) {
            s.perceive(this);
        }
    }

    /**
     * The agreement acting today between states i and j: their ceasefire from its start day to the
     * day it ends, otherwise (and between a state and itself in a regional scenario) an agreement of
     * no effect.
     */
    Ceasefire agreement(int i, int j) {
        if (single != null) {
            return single; // acting on every day a run without a ceasefires section simulates
        }
        Ceasefire c = between[i][j];
        return c != null && c.acting(day) ? c : none;
    }

    /**
     * A militant attack; {@code blamed} fixes the attribution, or null to draw it. Its casualties
     * count once: as pressure toward the blamed sponsor (by default the host), or as undirected
     * pressure if no state is blamed. Monitoring cuts blame by the agreement between the target and
     * the sponsor, the pair the blame falls between.
     */
    void attack(MilitantGroup g, double casualties, Boolean blamed) {
        StateAgent victim = states[g.target];
        g.launched();
        today.attacks++;
        today.casualties += casualties;
        if (recording) {
            recorder.attack(casualties);
        }
        if (casualties >= scenario.massCasualty()) {
            today.massCasualtyAttacks++;
        }
        boolean isBlamed = g.sponsor != g.target && (blamed != null
                ? blamed
                : random.nextBoolean(g.blameChance(casualties) * agreement(g.target, g.sponsor).attributionFactor()));
        if (isBlamed) {
            victim.blame(g.sponsor, casualties);
        } else {
            victim.sufferUnblamed(casualties);
        }
    }

    /** A state-on-state violation of the ceasefire, perceived by its victim the next day. */
    void violation(int by, int against, double severity) {
        states[against].suffer(by, severity);
        states[by].countViolation(against);
        Ceasefire c = between[by][against];
        if (c != null && c.inForce() && c.started(day)) {
            c.recordViolation(day);
        }
        today.violations++;
        today.severity += severity;
        if (spilling) {
            spillViolation(by, against, severity);
        }
    }

    /** Whether spillover between fronts is on. */
    boolean spillover() {
        return spilling;
    }

    /**
     * A violation between {@code by} and {@code against} on their front raises each one's escalation
     * toward its counterparts on its other fronts ({@link Spillover#violationEscalation}).
     */
    private void spillViolation(int by, int against, double severity) {
        double gain = scenario.spillover().violationEscalation() * severity;
        if (gain <= 0 || between[by][against] == null) {
            return;
        }
        for (int s : new int[] {by, against}) {
            int other = s == by ? against : by;
            for (Ceasefire c : fronts[s]) {
                if (!c.hasParty(other)) {
                    states[s].spill(c.otherParty(s), gain, 0);
                }
            }
        }
    }

    /** A ceasefire broke down today: its parties' escalation and pressure toward their other fronts rise. */
    void collapsed(Ceasefire broken) {
        Spillover spill = scenario.spillover();
        if (!spilling || spill.collapseEscalation() <= 0 && spill.collapsePressure() <= 0) {
            return;
        }
        for (int s : broken.parties) {
            for (Ceasefire c : fronts[s]) {
                if (c != broken) {
                    states[s].spill(c.otherParty(s), spill.collapseEscalation(), spill.collapsePressure());
                }
            }
        }
    }

    /** Whether state s is at war on a front that does not involve j (a ceasefire of s without j broke down before today). */
    private boolean atWarElsewhere(int s, int j) {
        for (Ceasefire c : fronts[s]) {
            if (!c.hasParty(j) && c.brokeDownBefore(day)) {
                return true;
            }
        }
        return false;
    }

    /** Factor on state s's restraint toward j: cut while s is at war on another front. */
    double restraintFactor(int s, int j) {
        return atWarElsewhere(s, j) ? 1 - scenario.spillover().warRestraintCut() : 1;
    }

    /** Cost of war that state s adds on ceasefire c while at war on another front (a second war). */
    double secondWarCost(int s, Ceasefire c) {
        if (!spilling || scenario.spillover().secondWarCost() <= 0) {
            return 0;
        }
        for (Ceasefire other : fronts[s]) {
            if (other != c && other.brokeDownBefore(day)) {
                return scenario.spillover().secondWarCost();
            }
        }
        return 0;
    }

    void countTalks(boolean success) {
        today.talksHeld++;
        if (success) {
            today.talksSucceeded++;
        }
    }

    /** The current day of the ceasefire, from 0 (the day it started; runs start on the scenario's startDay). */
    public int day() {
        return day;
    }

    /** Whether another day remains to be simulated: some ceasefire is still in force (or yet to start). */
    public boolean inProgress() {
        if (day() >= scenario.horizon() - 1) {
            return false;
        }
        for (Ceasefire c : ceasefires) {
            if (c.inForce()) {
                return true;
            }
        }
        return false;
    }

    /** Whether every ceasefire is still in force (the composite the run's single outcome describes). */
    boolean allInForce() {
        for (Ceasefire c : ceasefires) {
            if (!c.inForce()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a monitoring mission is in place on some ceasefire. */
    boolean anyMonitoring() {
        for (Ceasefire c : ceasefires) {
            if (c.monitoring()) {
                return true;
            }
        }
        return false;
    }

    /** The outcome so far (final once the run is over). */
    public RunOutcome outcome() {
        DayCounts sum = new DayCounts();
        total.addTo(sum);
        today.addTo(sum);
        List<StateOutcome> perState = new ArrayList<>(states.length);
        double peak = 0;
        for (StateAgent s : states) {
            StateOutcome o = s.outcome();
            perState.add(o);
            peak = Math.max(peak, o.peakEscalation());
        }
        // the composite "every ceasefire still in force" ends with the first ceasefire to end
        // (declaration order breaks ties); with one ceasefire it is that ceasefire
        Ceasefire first = null;
        List<CeasefireOutcome> perCeasefire = new ArrayList<>(ceasefires.length);
        int horizon = scenario.horizon();
        for (Ceasefire c : ceasefires) {
            perCeasefire.add(c.outcome(horizon));
            if (!c.inForce() && (first == null || c.endingDay() < first.endingDay())) {
                first = c;
            }
        }
        Ending ending = first == null ? Ending.IN_FORCE : first.ending();
        boolean brokeDown = ending == Ending.BREAKDOWN;
        int endingDay = first == null ? horizon : first.endingDay();
        return new RunOutcome(seed(), horizon, !brokeDown, brokeDown ? endingDay : horizon,
                first == null ? CollapseCause.NONE : first.cause(), ending, endingDay, perState,
                sum.attacks, sum.massCasualtyAttacks, sum.casualties, sum.talksHeld,
                sum.talksSucceeded, peak, perCeasefire);
    }

    /** The daily trajectory so far; empty unless the model was built with recording on. */
    public Trajectory trajectory() {
        return new Trajectory(new ArrayList<>(statesByName.keySet()), recorder.days(), scenario.massCasualty());
    }

    public Scenario scenario() {
        return scenario;
    }

    // ---- read-only views, for MASON's inspectors and the GUI ----

    /** The states, in declaration order. */
    public List<StateAgent> getStateAgents() {
        return List.of(states);
    }

    /** The direct channels, in declaration order. */
    public List<Mediator> getChannels() {
        return List.of(channels);
    }

    /** The militant groups, in declaration order. */
    public List<MilitantGroup> getGroups() {
        return List.of(groups);
    }

    /** The mediators, in declaration order. */
    public List<Mediator> getMediators() {
        return List.of(mediators);
    }

    /** The first ceasefire (the only one of a scenario without a ceasefires section). */
    public Ceasefire getCeasefire() {
        return ceasefires[0];
    }

    /** The ceasefires, in declaration order. */
    public List<Ceasefire> getCeasefires() {
        return List.of(ceasefires);
    }

    /** Militant attacks so far today. */
    public int getAttacksToday() {
        return today.attacks;
    }

    /** Casualties of militant attacks so far today. */
    public double getCasualtiesToday() {
        return today.casualties;
    }

    /** State-on-state violations so far today. */
    public int getViolationsToday() {
        return today.violations;
    }

    /** Talks rounds held so far today. */
    public int getTalksToday() {
        return today.talksHeld;
    }

    /** Talks rounds that succeeded so far today. */
    public int getTalksSucceededToday() {
        return today.talksSucceeded;
    }

    /** Militant attacks over the whole run so far. */
    public int getAttacksSoFar() {
        return total.attacks + today.attacks;
    }

    StateAgent[] states() {
        return states;
    }

    Mediator[] mediators() {
        return mediators;
    }

    MilitantGroup[] groupsHostedBy(int state) {
        return hosted[state];
    }

    StateAgent state(int index) {
        return states[index];
    }

    StateAgent state(String name) {
        return statesByName.get(name);
    }

    MilitantGroup group(String name) {
        return groupsByName.get(name);
    }

    Mediator mediator(String name) {
        return mediatorsByName.get(name);
    }

    /** The direct channel with the given key. */
    Mediator channel(String name) {
        return channelsByName.get(name);
    }

    /** The ceasefire with the given key, or the first (the only one) if {@code key} is null. */
    Ceasefire ceasefire(String key) {
        return key == null ? ceasefires[0] : ceasefiresByName.get(key);
    }

    Ceasefire[] ceasefires() {
        return ceasefires;
    }

    DayCounts today() {
        return today;
    }
}
