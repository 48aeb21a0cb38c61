package org.pmokit.examples.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityConstraint;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Assignment;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.ConstraintType;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.Direction;
import org.pmokit.core.project.EarningRule;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.Kpi;
import org.pmokit.core.project.KpiDimension;
import org.pmokit.core.project.Milestone;
import org.pmokit.core.project.MilestoneId;
import org.pmokit.core.project.MilestoneKind;
import org.pmokit.core.project.Phase;
import org.pmokit.core.project.Priority;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.Requirement;
import org.pmokit.core.project.RequirementType;
import org.pmokit.core.project.Resource;
import org.pmokit.core.project.ResourceId;
import org.pmokit.core.project.ResourceType;
import org.pmokit.core.project.Risk;
import org.pmokit.core.project.RiskCategory;
import org.pmokit.core.project.RiskId;
import org.pmokit.core.project.RiskImpact;
import org.pmokit.core.project.RiskKind;
import org.pmokit.core.project.RiskStatus;
import org.pmokit.core.project.RiskStrategy;
import org.pmokit.core.project.SpreadCurve;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.core.time.WorkingDayIndex;

/**
 * Makes large, valid, realistic projects from a seed, for benchmarks and load tests: the same seed
 * and settings always give an equal project.
 *
 * <pre>{@code
 * Project p = ProjectGenerator.withSeed(42)
 *         .activities(100_000)
 *         .linksPerActivity(2.5)
 *         .calendar(WorkCalendar.MON_FRI)
 *         .generate();
 * }</pre>
 *
 * <p>The project is a bank IT programme in CNY made of parallel workstreams of about
 * {@value #WORKSTREAM_SIZE} activities. Each workstream runs through the life-cycle phases in order;
 * its activities have WBS codes {@code workstream.phase.package.activity} (such as {@code 12.4.3.2}),
 * durations of 0 to 30 working days (skewed towards short ones; each phase ends with a phase-gate
 * milestone of duration 0, and a few other activities are milestones too), budgets from the daily
 * rates of the resources assigned to them, and links to earlier activities: mostly within the
 * workstream, about one in ten to another workstream. About 80% of the links are finish-to-start,
 * the rest start-to-start, finish-to-finish and start-to-finish; a quarter have a lag, some of them
 * negative (a lead).
 *
 * <p>The links never form a cycle: each activity's predecessors come before it in a hidden
 * topological order. The activities are then listed in an order shuffled with the seed, so the
 * list order is not topological, and named {@code A1}, {@code A2}, ... in list order.
 *
 * <p>The project also has goals with KPIs, requirements, resources, risks (about one per 500
 * activities) and one milestone per phase. Planned dates come from a forward pass over the links
 * (earliest start, working days of the calendar). Milestone due dates and activity date
 * constraints are given only where they lie within the calendar's coverage, so
 * {@link org.pmokit.core.validation.ProjectValidator} finds no violation in a generated project. A
 * baseline is added on request; it needs the whole plan within the coverage (with
 * {@link WorkCalendar#CN}, which covers 2025-2026, that holds only for small projects).
 *
 * <p>Memory is kept low by sharing immutable parts between activities (activity names, optional
 * values, amounts, assignments, identifiers of predecessors): a million activities with 2.5 links
 * each take a few hundred megabytes and are made in a few seconds.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProjectGenerator {

    /** The most activities a project may have. */
    public static final int MAX_ACTIVITIES = 10_000_000;

    /** The highest mean number of links per activity. */
    public static final double MAX_LINKS_PER_ACTIVITY = 10.0;

    /** The number of activities in one workstream, give or take one. */
    public static final int WORKSTREAM_SIZE = 50;

    /** The default start date: Monday 5 January 2026, a working day in every built-in calendar. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2026, 1, 5);

    private static final Currency CNY = Currency.getInstance("CNY");

    private final long seed;
    private final int activities;
    private final double linksPerActivity;
    private final WorkCalendar calendar;
    private final LocalDate start;
    private final boolean baseline;

    private ProjectGenerator(long seed, int activities, double linksPerActivity, WorkCalendar calendar,
            LocalDate start, boolean baseline) {
        this.seed = seed;
        this.activities = activities;
        this.linksPerActivity = linksPerActivity;
        this.calendar = calendar;
        this.start = start;
        this.baseline = baseline;
    }

    /**
     * Returns a generator for a seed, with the defaults: 1,000 activities, 2.5 links per activity,
     * calendar {@link WorkCalendar#MON_FRI}, start {@link #DEFAULT_START}, no baseline.
     *
     * @param seed the seed; equal seeds and settings give equal projects
     * @return the generator
     */
    public static ProjectGenerator withSeed(long seed) {
        return new ProjectGenerator(seed, 1_000, 2.5, WorkCalendar.MON_FRI, DEFAULT_START, false);
    }

    /**
     * Returns this generator with another number of activities.
     *
     * @param count the number of activities, 1 to {@value #MAX_ACTIVITIES}
     * @return the changed generator
     * @throws IllegalArgumentException if the count is out of range
     */
    public ProjectGenerator activities(int count) {
        if (count < 1 || count > MAX_ACTIVITIES) {
            throw new IllegalArgumentException("activities must be within 1 to " + MAX_ACTIVITIES + ": " + count);
        }
        return new ProjectGenerator(seed, count, linksPerActivity, calendar, start, baseline);
    }

    /**
     * Returns this generator with another mean number of links (predecessors) per activity. The
     * first activities in the hidden order have fewer earlier activities to link to, so a very
     * small project has slightly fewer links than asked.
     *
     * @param mean the mean, 0 to {@value #MAX_LINKS_PER_ACTIVITY}
     * @return the changed generator
     * @throws IllegalArgumentException if the mean is out of range
     */
    public ProjectGenerator linksPerActivity(double mean) {
        if (!(mean >= 0 && mean <= MAX_LINKS_PER_ACTIVITY)) {
            throw new IllegalArgumentException("links per activity must be within 0 to " + MAX_LINKS_PER_ACTIVITY
                    + ": " + mean);
        }
        return new ProjectGenerator(seed, activities, mean, calendar, start, baseline);
    }

    /**
     * Returns this generator with another working-day calendar.
     *
     * @param value the calendar
     * @return the changed generator
     */
    public ProjectGenerator calendar(WorkCalendar value) {
        return new ProjectGenerator(seed, activities, linksPerActivity, Objects.requireNonNull(value, "calendar"),
                start, baseline);
    }

    /**
     * Returns this generator with another start date.
     *
     * @param value the start date; it must lie within the calendar's coverage
     * @return the changed generator
     */
    public ProjectGenerator start(LocalDate value) {
        return new ProjectGenerator(seed, activities, linksPerActivity, calendar, Objects.requireNonNull(value, "start"),
                baseline);
    }

    /**
     * Returns this generator with or without a baseline (version 1, approved on the start date,
     * with the planned dates and budget of every activity).
     *
     * @param value true to add a baseline
     * @return the changed generator
     */
    public ProjectGenerator baseline(boolean value) {
        return new ProjectGenerator(seed, activities, linksPerActivity, calendar, start, value);
    }

    /**
     * Makes the project.
     *
     * @return the project
     * @throws IllegalStateException if the start date lies outside the calendar's coverage, or a
     *     baseline was asked for and the plan ends beyond the coverage
     */
    public Project generate() {
        if (!calendar.covers(start)) {
            throw new IllegalStateException("start " + start + " lies outside the coverage of calendar " + calendar.name());
        }
        return new Run(this).project();
    }

    @Override
    public String toString() {
        return "ProjectGenerator[seed " + seed + ", " + activities + " activities, " + linksPerActivity
                + " links per activity, calendar " + calendar.name() + ", start " + start
                + (baseline ? ", baseline" : "") + "]";
    }

    // ---------------------------------------------------------------------------------------------
    // Reference data: facts about a bank IT programme that every generated project shares.

    /** Cumulative share of a workstream's activities that fall in each phase, in phase order. */
    private static final double[] PHASE_END = {0.05, 0.15, 0.30, 0.62, 0.82, 0.93, 0.97, 1.0};

    private static final Phase[] PHASES = Phase.values();

    private static final DependencyType[] TYPES = DependencyType.values();

    private static final String[] OBJECTS = {
        "customer master data", "payment gateway", "loan origination workflow", "core banking interface",
        "AML screening rules", "mobile banking app", "credit scoring model", "data warehouse feed",
        "branch teller module", "card authorisation service", "regulatory reporting", "KYC onboarding flow",
        "general ledger mapping", "treasury dashboard", "batch job scheduler", "API gateway",
        "identity and access management", "fraud detection model", "statement generation",
        "customer notification service",
    };

    /** What is done to an object in each phase, by phase ordinal. */
    private static final String[][] VERBS = {
        {"Assess current state of", "Define scope of", "Estimate cost of", "Identify stakeholders of"},
        {"Gather requirements for", "Write user stories for", "Prioritise requirements for", "Sign off requirements for"},
        {"Design", "Review architecture of", "Design data model for", "Specify interfaces of"},
        {"Build", "Configure", "Integrate", "Migrate data for", "Review code of", "Unit test"},
        {"System test", "Integration test", "Performance test", "Security test", "Run user acceptance test of",
            "Fix defects in"},
        {"Deploy", "Train users on", "Cut over", "Pilot", "Roll out"},
        {"Hand over", "Monitor", "Tune", "Provide hypercare for"},
        {"Close contracts for", "Archive documents of", "Hold lessons learned on", "Sign off closure of"},
    };

    /** Activity names by phase ordinal: every verb of the phase with every object. */
    private static final String[][] NAMES = new String[PHASES.length][];

    /** Phase-gate names by phase ordinal. */
    private static final String[] GATES = new String[PHASES.length];

    static {
        for (int p = 0; p < PHASES.length; p++) {
            NAMES[p] = new String[VERBS[p].length * OBJECTS.length];
            for (int v = 0; v < VERBS[p].length; v++) {
                for (int o = 0; o < OBJECTS.length; o++) {
                    NAMES[p][v * OBJECTS.length + o] = VERBS[p][v] + " " + OBJECTS[o];
                }
            }
            String phase = PHASES[p].name();
            GATES[p] = phase.charAt(0) + phase.substring(1).toLowerCase(Locale.ROOT) + " phase gate";
        }
    }

    /** A resource of the programme: identifier, name, type, daily rate in yuan. */
    private record ResourceSpec(String id, String name, ResourceType type, long rate) {
    }

    private static final ResourceSpec[] RESOURCES = {
        new ResourceSpec("PM", "Project manager", ResourceType.LABOR, 3_000),
        new ResourceSpec("BA", "Business analyst", ResourceType.LABOR, 2_500),
        new ResourceSpec("ARCH", "Solution architect", ResourceType.LABOR, 4_200),
        new ResourceSpec("DEV", "In-house developer", ResourceType.LABOR, 2_800),
        new ResourceSpec("VDEV", "Vendor development team", ResourceType.LABOR, 3_800),
        new ResourceSpec("DBA", "Database administrator", ResourceType.LABOR, 3_500),
        new ResourceSpec("SEC", "Security engineer", ResourceType.LABOR, 4_000),
        new ResourceSpec("DS", "Data scientist", ResourceType.LABOR, 4_500),
        new ResourceSpec("QA", "Test engineer", ResourceType.LABOR, 2_200),
        new ResourceSpec("OPS", "Operations engineer", ResourceType.LABOR, 2_600),
        new ResourceSpec("TRAIN", "Trainer", ResourceType.LABOR, 1_800),
        new ResourceSpec("GPU", "GPU server cluster", ResourceType.EQUIPMENT, 2_000),
        new ResourceSpec("CLOUD", "Private cloud capacity", ResourceType.SERVICE, 1_500),
    };

    /** Indexes into {@link #RESOURCES} of the resources each phase uses. */
    private static final int[][] PHASE_RESOURCES = {
        {0, 1},
        {1, 0},
        {2, 1, 5, 6},
        {3, 4, 5, 7, 11, 12},
        {8, 6, 3},
        {9, 10, 3},
        {9, 12},
        {0},
    };

    /** A risk that may hit a workstream: title, category, kind. */
    private record RiskSpec(String title, RiskCategory category, RiskKind kind) {
    }

    private static final RiskSpec[] RISKS = {
        new RiskSpec("Customer data lost or corrupted during migration", RiskCategory.TECHNICAL, RiskKind.THREAT),
        new RiskSpec("Vendor team delivers late", RiskCategory.VENDOR, RiskKind.THREAT),
        new RiskSpec("Personal-information protection finding by the regulator", RiskCategory.COMPLIANCE,
                RiskKind.THREAT),
        new RiskSpec("Key specialists leave", RiskCategory.RESOURCE, RiskKind.THREAT),
        new RiskSpec("Production incident during cut-over", RiskCategory.OPERATIONAL, RiskKind.THREAT),
        new RiskSpec("Penetration test finds critical vulnerabilities", RiskCategory.SECURITY, RiskKind.THREAT),
        new RiskSpec("Test environment not ready in time", RiskCategory.SCHEDULE, RiskKind.THREAT),
        new RiskSpec("Foreign-exchange cost of licences rises", RiskCategory.FINANCIAL, RiskKind.THREAT),
        new RiskSpec("Reuse the group's platform licence", RiskCategory.FINANCIAL, RiskKind.OPPORTUNITY),
        new RiskSpec("Automate regression tests with the group's tooling", RiskCategory.SCHEDULE,
                RiskKind.OPPORTUNITY),
    };

    private static final RiskStrategy[] THREAT_STRATEGIES = {
        RiskStrategy.MITIGATE, RiskStrategy.MITIGATE, RiskStrategy.TRANSFER, RiskStrategy.AVOID,
        RiskStrategy.ACCEPT, RiskStrategy.ESCALATE,
    };

    private static final RiskStrategy[] OPPORTUNITY_STRATEGIES = {
        RiskStrategy.EXPLOIT, RiskStrategy.ENHANCE, RiskStrategy.SHARE, RiskStrategy.ACCEPT,
    };

    private static final String[] RISK_OWNERS = {
        "Data migration lead", "Vendor manager", "Compliance officer", "Workstream lead", "Operations manager",
        "Chief information security officer", "Test manager", "Finance controller",
    };

    private static final String[] RESPONSES = {
        "Dual-run old and new systems; reconcile row counts daily",
        "Late-delivery penalty clause in the contract",
        "Privacy impact assessment before the pilot",
        "Pair each specialist with a backup",
        "Rehearse the cut-over twice; keep a tested roll-back plan",
        "Security review at each design milestone",
    };

    /** Activities with a date constraint: about one in 200. */
    private static final double CONSTRAINT_SHARE = 0.005;

    /** Activities other than phase gates that are milestones: about one in 50. */
    private static final double MILESTONE_SHARE = 0.02;

    /** Links within the activity's own workstream. */
    private static final double LOCAL_LINK_SHARE = 0.9;

    /** Makes one project; holds the state of one generation. */
    private static final class Run {
        private final ProjectGenerator settings;
        private final SplittableRandom random;
        private final int n;
        private final int streams;
        private final WorkingDayIndex days;

        /** Hidden topological index to list position. */
        private final int[] position;
        /** Identifiers by hidden topological index. */
        private final ActivityId[] ids;
        /** Earliest start and finish (exclusive) by hidden topological index, in working days. */
        private final int[] earlyStart;
        private final int[] earlyFinish;
        /** Activities by list position. */
        private final Activity[] listed;

        private final Map<Long, Optional<Money>> budgets = new HashMap<>();
        private final List<List<Assignment>> singleAssignments = new ArrayList<>();
        private final Assignment[][] assignments;
        private final List<Optional<Phase>> phases = new ArrayList<>();
        private long totalBudget;
        /** Makes up for the first activity of each workstream, which has no predecessor. */
        private final double linkBoost;
        /** The cost per working day of the assignments last made by {@link #assign(int)}, in yuan. */
        private long dailyCost;

        /** Per workstream: the phase, package number and activity number last used in WBS codes. */
        private final int[] streamPhase;
        private final int[] streamPackage;
        private final int[] streamActivity;
        /** Per workstream: the activities still to come in the current work package. */
        private final int[] packageLeft;
        /** Scratch space for the links of one activity. */
        private final int[] preds = new int[(int) MAX_LINKS_PER_ACTIVITY + 2];
        private final Dependency[] links = new Dependency[preds.length];

        /** The phase gate of each phase that finishes last, by phase ordinal; -1 if none. */
        private final int[] lastGate = new int[PHASES.length];

        Run(ProjectGenerator settings) {
            this.settings = settings;
            this.random = new SplittableRandom(settings.seed);
            this.n = settings.activities;
            this.streams = Math.max(1, (n + WORKSTREAM_SIZE / 2) / WORKSTREAM_SIZE);
            this.days = settings.calendar.index(settings.start);
            this.position = shuffledPositions();
            this.ids = new ActivityId[n];
            for (int t = 0; t < n; t++) {
                ids[t] = ActivityId.of("A" + (position[t] + 1));
            }
            this.earlyStart = new int[n];
            this.earlyFinish = new int[n];
            this.listed = new Activity[n];
            this.streamPhase = new int[streams];
            this.streamPackage = new int[streams];
            this.streamActivity = new int[streams];
            this.packageLeft = new int[streams];
            this.assignments = new Assignment[RESOURCES.length][5];
            for (int r = 0; r < RESOURCES.length; r++) {
                for (int u = 1; u < 5; u++) {
                    assignments[r][u] = new Assignment(ResourceId.of(RESOURCES[r].id()), BigDecimal.valueOf(u));
                    singleAssignments.add(List.of(assignments[r][u]));
                }
            }
            for (Phase p : PHASES) {
                phases.add(Optional.of(p));
            }
            Arrays.fill(lastGate, -1);
            this.linkBoost = n > streams ? (double) n / (n - streams) : 1.0;
        }

        private int[] shuffledPositions() {
            int[] p = new int[n];
            for (int i = 0; i < n; i++) {
                p[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = p[i];
                p[i] = p[j];
                p[j] = swap;
            }
            return p;
        }

        Project project() {
            makeActivities();
            Project.Builder b = Project.builder("GEN-" + Long.toHexString(settings.seed),
                            "Digital banking programme (generated, seed " + settings.seed + ", " + n + " activities)")
                    .localName("数字银行转型项目群")
                    .description("A generated programme of " + streams + " workstreams for benchmarks and load tests.")
                    .sponsor("Retail banking division")
                    .manager("Programme manager")
                    .department("Information technology department")
                    .currency(CNY)
                    .calendar(settings.calendar)
                    .start(settings.start)
                    .phase(Phase.INITIATION)
                    .budget(Budget.of(Money.of(CNY, totalBudget + totalBudget * 15 / 100),
                            Money.of(CNY, totalBudget / 10), Money.of(CNY, totalBudget / 20)))
                    .requirements(requirements())
                    .goals(goals())
                    .resources(resources())
                    .activities(Arrays.asList(listed))
                    .milestones(milestones())
                    .risks(risks());
            if (settings.baseline) {
                b.baseline(baselineOf());
            }
            return b.build();
        }

        // -----------------------------------------------------------------------------------------
        // Activities, in hidden topological order.

        private void makeActivities() {
            Arrays.fill(streamPhase, -1);
            for (int t = 0; t < n; t++) {
                listed[position[t]] = activity(t);
            }
        }

        /** Makes the activity at hidden index {@code t}; a method of its own so that the JIT compiles it early. */
        private Activity activity(int t) {
            int s = t % streams;
            int idx = t / streams;
            int length = (n - s + streams - 1) / streams;
            int phase = phaseAt(idx, length);
            boolean gate = idx == length - 1 || phaseAt(idx + 1, length) != phase;
            String wbs = wbs(s, phase);
            int duration = gate || random.nextDouble() < MILESTONE_SHARE ? 0 : duration();
            String name = gate ? GATES[phase] : NAMES[phase][random.nextInt(NAMES[phase].length)];
            List<Dependency> predecessors = link(t, idx, duration);
            if (gate && (lastGate[phase] < 0 || earlyFinish[t] >= earlyFinish[lastGate[phase]])) {
                lastGate[phase] = t;
            }
            dailyCost = 0;
            List<Assignment> staff = duration == 0 ? List.of() : assign(phase);
            long cost = dailyCost * duration;
            totalBudget += cost;
            Optional<ActivityConstraint> constraint = Optional.empty();
            if (random.nextDouble() < CONSTRAINT_SHARE && earlyStart[t] <= days.maxOffset()) {
                constraint = Optional.of(new ActivityConstraint(ConstraintType.START_NO_EARLIER_THAN,
                        days.dateOf(earlyStart[t])));
            }
            return new Activity(ids[t], name, Optional.of(wbs), phases.get(phase), duration, budget(cost),
                    earningRule(duration), curve(phase), constraint, predecessors, staff);
        }

        /** The next WBS code of a workstream: workstream.phase.package.activity, packages of 3 to 12. */
        private String wbs(int s, int phase) {
            if (phase != streamPhase[s]) {
                streamPhase[s] = phase;
                streamPackage[s] = 1;
                streamActivity[s] = 0;
                packageLeft[s] = 3 + random.nextInt(10);
            } else if (packageLeft[s] == 0) {
                streamPackage[s]++;
                streamActivity[s] = 0;
                packageLeft[s] = 3 + random.nextInt(10);
            }
            streamActivity[s]++;
            packageLeft[s]--;
            return (s + 1) + "." + (phase + 1) + "." + streamPackage[s] + "." + streamActivity[s];
        }

        /** Makes the links of activity {@code t} and its early start and finish (a forward pass). */
        private List<Dependency> link(int t, int idx, int duration) {
            int k = pickPredecessors(t, idx, preds);
            int es = 0;
            for (int i = 0; i < k; i++) {
                int p = preds[i];
                DependencyType type = linkType();
                int lag = lag();
                links[i] = new Dependency(ids[p], type, lag);
                int bound = switch (type) {
                    case FS -> earlyFinish[p] + lag;
                    case SS -> earlyStart[p] + lag;
                    case FF -> earlyFinish[p] + lag - duration;
                    case SF -> earlyStart[p] + lag - duration;
                };
                es = Math.max(es, bound);
            }
            earlyStart[t] = es;
            earlyFinish[t] = es + duration;
            return switch (k) {
                case 0 -> List.of();
                case 1 -> List.of(links[0]);
                case 2 -> List.of(links[0], links[1]);
                default -> List.of(Arrays.copyOf(links, k));
            };
        }

        private static int phaseAt(int idx, int length) {
            double f = (idx + 0.5) / length;
            int p = 0;
            while (f >= PHASE_END[p] && p < PHASE_END.length - 1) {
                p++;
            }
            return p;
        }

        /** 1 to 30 working days, skewed towards short activities (mean about 9). */
        private int duration() {
            return 1 + (int) (30 * Math.pow(random.nextDouble(), 2.5));
        }

        /**
         * Picks distinct predecessors among the activities of earlier rounds of the hidden order
         * (a round holds one activity of each workstream): mostly recent ones of the same
         * workstream, some of other workstreams. The first activity of a workstream has none, so
         * the others have a little more to keep the mean.
         */
        private int pickPredecessors(int t, int idx, int[] preds) {
            if (idx == 0) {
                return 0;
            }
            double mean = settings.linksPerActivity * linkBoost;
            int k = (int) mean + (random.nextDouble() < mean - (int) mean ? 1 : 0);
            if (k > 0) {
                // Spread the count without moving its mean.
                int r = random.nextInt(4);
                k += r == 0 ? -1 : r == 1 ? 1 : 0;
            }
            k = Math.min(k, preds.length);
            int found = 0;
            for (int attempt = 0; found < k && attempt < 4 * k + 4; attempt++) {
                int back = 1;
                while (back < idx && back < 8 && random.nextBoolean()) {
                    back++;
                }
                int stream = random.nextDouble() < LOCAL_LINK_SHARE ? t % streams : random.nextInt(streams);
                int p = stream + (idx - back) * streams;
                boolean seen = false;
                for (int i = 0; i < found; i++) {
                    seen |= preds[i] == p;
                }
                if (!seen) {
                    preds[found++] = p;
                }
            }
            return found;
        }

        /** About 80% finish-to-start, 10% start-to-start, 7% finish-to-finish, 3% start-to-finish. */
        private DependencyType linkType() {
            double u = random.nextDouble();
            return u < 0.80 ? DependencyType.FS : u < 0.90 ? DependencyType.SS : u < 0.97 ? DependencyType.FF
                    : DependencyType.SF;
        }

        /** 75% no lag, 17% a lag of 1 to 10 working days, 8% a lead of 1 to 5. */
        private int lag() {
            double u = random.nextDouble();
            return u < 0.75 ? 0 : u < 0.92 ? 1 + random.nextInt(10) : -1 - random.nextInt(5);
        }

        /** Assigns one or two of the phase's resources; adds their cost per working day to {@link #dailyCost}. */
        private List<Assignment> assign(int phase) {
            int[] pool = PHASE_RESOURCES[phase];
            int first = pool[random.nextInt(pool.length)];
            int units = units(first);
            dailyCost += RESOURCES[first].rate() * units;
            if (pool.length == 1 || random.nextDouble() < 0.75) {
                return singleAssignments.get(first * 4 + units - 1);
            }
            int second = pool[random.nextInt(pool.length)];
            if (second == first) {
                return singleAssignments.get(first * 4 + units - 1);
            }
            int secondUnits = units(second);
            dailyCost += RESOURCES[second].rate() * secondUnits;
            return List.of(assignments[first][units], assignments[second][secondUnits]);
        }

        private int units(int resource) {
            return RESOURCES[resource].type() == ResourceType.LABOR ? 1 + random.nextInt(4) : 1;
        }

        private Optional<Money> budget(long yuan) {
            return budgets.computeIfAbsent(yuan, y -> Optional.of(Money.of(CNY, y)));
        }

        private static final Optional<EarningRule> ZERO_HUNDRED = Optional.of(EarningRule.ZERO_HUNDRED);
        private static final Optional<EarningRule> FIFTY_FIFTY = Optional.of(EarningRule.FIFTY_FIFTY);
        private static final Optional<SpreadCurve> FRONT_LOADED = Optional.of(SpreadCurve.FRONT_LOADED);
        private static final Optional<SpreadCurve> BACK_LOADED = Optional.of(SpreadCurve.BACK_LOADED);

        /** Milestones earn all at the finish, short activities half at the start; the rest the default. */
        private Optional<EarningRule> earningRule(int duration) {
            if (duration == 0) {
                return ZERO_HUNDRED;
            }
            return duration <= 3 && random.nextBoolean() ? FIFTY_FIFTY : Optional.empty();
        }

        /** Some build work spends its budget late, some design work early; the rest linearly. */
        private Optional<SpreadCurve> curve(int phase) {
            if (PHASES[phase] == Phase.BUILD && random.nextDouble() < 0.2) {
                return BACK_LOADED;
            }
            if (PHASES[phase] == Phase.DESIGN && random.nextDouble() < 0.2) {
                return FRONT_LOADED;
            }
            return Optional.empty();
        }

        // -----------------------------------------------------------------------------------------
        // The other parts.

        private List<Resource> resources() {
            List<Resource> out = new ArrayList<>(RESOURCES.length);
            for (ResourceSpec r : RESOURCES) {
                long capacity = r.type() == ResourceType.LABOR ? Math.max(2, streams * 2L) : Math.max(1, streams / 10);
                out.add(Resource.of(r.id(), r.name(), r.type(), Money.of(CNY, r.rate()), BigDecimal.valueOf(capacity)));
            }
            return out;
        }

        private static List<Requirement> requirements() {
            return List.of(
                    Requirement.of("R1", RequirementType.BUSINESS, Priority.MUST, "Single customer view across channels"),
                    Requirement.of("R2", RequirementType.BUSINESS, Priority.MUST, "Open every retail product in the mobile app"),
                    Requirement.of("R3", RequirementType.BUSINESS, Priority.SHOULD, "Same-day decision on consumer loans"),
                    Requirement.of("R4", RequirementType.COMPLIANCE, Priority.MUST,
                            "Personal information protection: consent, masking and access audit"),
                    Requirement.of("R5", RequirementType.COMPLIANCE, Priority.MUST, "Complete and timely regulatory data submissions"),
                    Requirement.of("R6", RequirementType.TECHNICAL, Priority.SHOULD, "Core services on the private cloud"));
        }

        private List<Goal> goals() {
            LocalDate start = settings.start;
            return List.of(
                    Goal.of("G1", "Cut the programme's annual IT operating cost by 20%")
                            .withKpi(Kpi.of("Annual IT operating cost", KpiDimension.COST, "CNY",
                                    new BigDecimal("250000000"), new BigDecimal("200000000"), Direction.DECREASE))
                            .withDeadline(start.plusYears(3))
                            .withOwner("CIO office")
                            .withObjective("Cost-to-income ratio target")
                            .withRequirements("R6"),
                    Goal.of("G2", "Raise the digital share of retail transactions to 90%")
                            .withKpi(Kpi.of("Digital share of retail transactions", KpiDimension.VALUE, "%",
                                    new BigDecimal("78"), new BigDecimal("90"), Direction.INCREASE))
                            .withDeadline(start.plusYears(2))
                            .withOwner("Retail banking division")
                            .withRequirements("R1", "R2"),
                    Goal.of("G3", "Cut the average consumer-loan decision time from 5 days to 1")
                            .withKpi(Kpi.of("Average consumer-loan decision time", KpiDimension.EFFICIENCY, "days",
                                    new BigDecimal("5"), new BigDecimal("1"), Direction.DECREASE))
                            .withDeadline(start.plusMonths(18))
                            .withOwner("Consumer lending")
                            .withRequirements("R3"),
                    Goal.of("G4", "Pass the regulator's data governance inspection without findings")
                            .withKpi(Kpi.of("Open inspection findings", KpiDimension.COMPLIANCE, "findings",
                                    new BigDecimal("6"), BigDecimal.ZERO, Direction.DECREASE))
                            .withDeadline(start.plusYears(2))
                            .withOwner("Compliance office")
                            .withRequirements("R4", "R5"));
        }

        /** One milestone per phase, at the phase gate that finishes last. */
        private List<Milestone> milestones() {
            List<Milestone> out = new ArrayList<>();
            for (int p = 0; p < PHASES.length; p++) {
                int t = lastGate[p];
                if (t < 0) {
                    continue;
                }
                Optional<LocalDate> due = earlyStart[t] <= days.maxOffset()
                        ? Optional.of(days.dateOf(earlyStart[t])) : Optional.empty();
                out.add(new Milestone(MilestoneId.of("M" + (p + 1)), GATES[p].replace("gate", "complete"),
                        Optional.of(MilestoneKind.PHASE), Optional.of(ids[t]), due,
                        Optional.of(GATES[p].replace(" gate", " report")),
                        Optional.of("Approved by the programme steering committee"),
                        Optional.of("Programme manager"), Optional.empty()));
            }
            return out;
        }

        private static final BigDecimal[] PROBABILITIES = new BigDecimal[10];

        static {
            for (int i = 1; i < 10; i++) {
                PROBABILITIES[i] = BigDecimal.valueOf(i, 1);
            }
        }

        private List<Risk> risks() {
            int count = Math.min(2_000, Math.max(5, n / 500));
            List<Risk> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                RiskSpec spec = RISKS[random.nextInt(RISKS.length)];
                int s = random.nextInt(streams);
                int length = (n - s + streams - 1) / streams;
                int affected = 1 + random.nextInt(Math.min(3, length));
                List<ActivityId> hit = new ArrayList<>(affected);
                for (int a = 0; a < affected; a++) {
                    ActivityId id = ids[s + streams * random.nextInt(length)];
                    if (!hit.contains(id)) {
                        hit.add(id);
                    }
                }
                RiskStrategy[] strategies = spec.kind() == RiskKind.THREAT ? THREAT_STRATEGIES : OPPORTUNITY_STRATEGIES;
                LocalDate identified = settings.start.plusDays(random.nextInt(120));
                RiskImpact impact = RiskImpact.of(Money.of(CNY, 10_000L * (1 + random.nextInt(200))),
                        1 + random.nextInt(20), 1 + random.nextInt(5));
                boolean reviewed = random.nextBoolean();
                out.add(new Risk(RiskId.of("RK" + (i + 1)), spec.title() + " (workstream " + (s + 1) + ")",
                        spec.category(), spec.kind(), PROBABILITIES[1 + random.nextInt(9)], impact,
                        Optional.of(RISK_OWNERS[random.nextInt(RISK_OWNERS.length)]),
                        Optional.of(strategies[random.nextInt(strategies.length)]),
                        random.nextBoolean() ? Optional.of(RESPONSES[random.nextInt(RESPONSES.length)]) : Optional.empty(),
                        random.nextInt(5) == 0 ? RiskStatus.MITIGATING : RiskStatus.OPEN,
                        Optional.of(identified),
                        reviewed ? Optional.of(identified.plusDays(7 + random.nextInt(60))) : Optional.empty(),
                        hit));
            }
            return out;
        }

        /** Version 1, approved on the start date: every activity's planned dates and budget. */
        private Baseline baselineOf() {
            int last = 0;
            for (int t = 0; t < n; t++) {
                last = Math.max(last, Math.max(earlyStart[t], earlyFinish[t] - 1));
            }
            if (last > days.maxOffset()) {
                throw new IllegalStateException("a baseline needs every planned date within the coverage of calendar "
                        + settings.calendar.name() + ", but the plan of " + n + " activities ends " + last
                        + " working days after " + settings.start + "; use fewer activities or another calendar");
            }
            LocalDate[] dates = new LocalDate[last + 1];
            for (int d = 0; d <= last; d++) {
                dates[d] = days.dateOf(d);
            }
            BaselineActivity[] rows = new BaselineActivity[n];
            for (int t = 0; t < n; t++) {
                Activity a = listed[position[t]];
                LocalDate from = dates[earlyStart[t]];
                LocalDate to = a.duration() == 0 ? from : dates[earlyFinish[t] - 1];
                rows[position[t]] = new BaselineActivity(ids[t], from, to, a.budget().orElseThrow());
            }
            return new Baseline(1, settings.start, Arrays.asList(rows));
        }
    }
}
