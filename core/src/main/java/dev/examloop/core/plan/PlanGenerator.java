package dev.examloop.core.plan;

import dev.examloop.core.plan.LearnerState.SectionSuggestion;
import dev.examloop.core.plan.StudyGoal.DomainWeight;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a goal and the learner's state into a day-by-day plan (the method is in {@code docs/planner.md}).
 *
 * <ol>
 *   <li>Every date from today to the exam is a study day, a day off, a final-window day (the window touches
 *       it: reviews only) or the exam day.
 *   <li>Mocks: every {@value #EARLY_MOCK_INTERVAL} days until {@value #DAILY_MOCKS_DAYS} days before the final
 *       window, then every day that has room for a mock, its post-mortem and an hour more (every other day
 *       when only the mock and post-mortem fit). A mock day also gets the post-mortem.
 *   <li>Spaced review sized from the due forecast ({@value #MIN_REVIEW}–{@value #MAX_REVIEW} min).
 *   <li>The rest of each study day goes to domain study (documentation reading, course review), with each
 *       domain's total following {@link DomainNeed}'s share of all study time for the goal, minus what has
 *       been studied already; the heaviest remaining need goes first each day, in blocks of at most
 *       {@value #MAX_DOMAIN_BLOCK} min.
 * </ol>
 *
 * All durations are whole quarters of an hour except the mock, which is the exam's duration.
 */
public final class PlanGenerator {
    static final int UNIT = 15;
    static final int MAX_DOMAIN_BLOCK = 90;
    static final int MIN_REVIEW = 15;
    static final int MAX_REVIEW = 90;
    /** The seed method: a full-length mock every morning of the last ten days before the final window. */
    static final int DAILY_MOCKS_DAYS = 10;

    static final int EARLY_MOCK_INTERVAL = 7;
    static final int SPARE_AFTER_MOCK = 60;
    static final int FINAL_PRACTICE = 30;
    static final int EXAM_DAY_REVIEW = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private PlanGenerator() {}

    public static StudyPlan generate(StudyGoal goal, LearnerState state, LocalDate today) {
        List<Double> shares = DomainNeed.shares(goal.domains(), state);
        if (today.isAfter(goal.examDate())) {
            return new StudyPlan(today, List.of(), shares(goal, state, shares, Map.of()));
        }
        List<Skeleton> skeletons = skeletons(goal, state, today);
        markMocks(goal, state, today, skeletons);
        int backlog = 0;
        for (Skeleton day : skeletons) {
            int due = backlog + state.dueOn(day.date);
            backlog = switch (day.type) {
                case STUDY -> Math.max(0, due - fixedBlocks(goal, state, today, day, due));
                case DAY_OFF -> due;
                case FINAL_WINDOW, EXAM_DAY -> 0; // the whole board is reviewed
            };
        }
        Map<String, Integer> allocation = allocate(goal, state, shares, skeletons);
        fillDomainBlocks(goal, state, shares, allocation, skeletons);

        List<PlanDay> days = new ArrayList<>();
        Map<String, Integer> planned = new HashMap<>();
        for (Skeleton day : skeletons) {
            switch (day.type) {
                case DAY_OFF -> day.add(BlockKind.REST, 0, null, "Day off", "No study planned today.", null);
                case FINAL_WINDOW -> finalWindowDay(day);
                case EXAM_DAY -> examDay(goal, day);
                case STUDY -> {}
            }
            PlanDay planDay = new PlanDay(day.date, day.type, day.available, day.blocks);
            for (DomainWeight domain : goal.domains()) {
                planned.merge(domain.id(), planDay.minutesFor(domain.id()), Integer::sum);
            }
            days.add(planDay);
        }
        return new StudyPlan(today, days, shares(goal, state, shares, planned));
    }

    /** The post-mortem after a mock: about a minute per question, 30 to 90 minutes. */
    static int postMortemMinutes(StudyGoal goal) {
        return clamp(roundToUnit(goal.mockQuestions()), 30, 90);
    }

    private static List<Skeleton> skeletons(StudyGoal goal, LearnerState state, LocalDate today) {
        int doneToday = state.doneToday().stream()
                .mapToInt(LearnerState.DoneBlock::minutes)
                .sum();
        List<Skeleton> days = new ArrayList<>();
        for (LocalDate date = today; !date.isAfter(goal.examDate()); date = date.plusDays(1)) {
            int available = goal.minutesOn(date);
            if (date.equals(today)) {
                available = Math.max(0, available - doneToday);
            }
            DayType type;
            if (date.equals(goal.examDate())) {
                type = DayType.EXAM_DAY;
            } else if (!date.isBefore(goal.finalWindowStarts())) {
                type = DayType.FINAL_WINDOW;
            } else if (goal.minutesOn(date) == 0) {
                type = DayType.DAY_OFF;
            } else {
                type = DayType.STUDY;
            }
            Skeleton day = new Skeleton(date, type, available);
            if (date.equals(today)) {
                state.doneToday().forEach(done -> day.taken.add(done.key()));
            }
            days.add(day);
        }
        return days;
    }

    private static void markMocks(StudyGoal goal, LearnerState state, LocalDate today, List<Skeleton> days) {
        int postMortem = postMortemMinutes(goal);
        LocalDate lastMock = state.lastMockOn();
        boolean mockToday = state.doneToday(BlockKind.MOCK_EXAM);
        if (mockToday) {
            lastMock = today;
        }
        for (Skeleton day : days) {
            if (day.type != DayType.STUDY || (mockToday && day.date.equals(today))) {
                continue;
            }
            long toWindow = ChronoUnit.DAYS.between(day.date, goal.finalWindowStarts());
            int interval = toWindow > DAILY_MOCKS_DAYS
                    ? EARLY_MOCK_INTERVAL
                    : day.available >= goal.mockMinutes() + postMortem + SPARE_AFTER_MOCK ? 1 : 2;
            boolean fits = day.available >= goal.mockMinutes() + postMortem;
            if (fits && (lastMock == null || ChronoUnit.DAYS.between(lastMock, day.date) >= interval)) {
                day.mock = true;
                lastMock = day.date;
            }
        }
    }

    /** Places the day's mock, post-mortem and spaced review; returns how many of the due cards it reviews. */
    private static int fixedBlocks(StudyGoal goal, LearnerState state, LocalDate today, Skeleton day, int due) {
        int postMortem = postMortemMinutes(goal);
        if (day.mock) {
            day.add(
                    BlockKind.MOCK_EXAM,
                    goal.mockMinutes(),
                    null,
                    "Full-length mock exam",
                    goal.mockQuestions() + " questions in " + goal.mockMinutes() + " minutes, timed, in one sitting.",
                    null);
            day.add(
                    BlockKind.POST_MORTEM,
                    postMortem,
                    null,
                    "Post-mortem of the mock",
                    "Every miss, flag and guess: why the right answer is right, in your own words.",
                    null);
        } else if (day.date.equals(today)
                && state.pendingPostMortems() > 0
                && !state.doneToday(BlockKind.POST_MORTEM)
                && day.free() >= UNIT) {
            int minutes = Math.min(postMortem, floorToUnit(day.free()));
            day.add(
                    BlockKind.POST_MORTEM,
                    minutes,
                    null,
                    "Finish the post-mortem",
                    state.pendingPostMortems() + (state.pendingPostMortems() == 1 ? " mock has" : " mocks have")
                            + " misses without a written lesson.",
                    null);
        }
        int reviewed = 0;
        if (day.date.equals(today) && state.doneToday(BlockKind.SPACED_REVIEW)) {
            reviewed = due; // today's reviews are under way or done
        } else if (due > 0 && day.free() >= MIN_REVIEW) {
            int minutes =
                    clamp(ceilToUnit((int) Math.ceil(due * state.secondsPerReview() / 60)), MIN_REVIEW, MAX_REVIEW);
            minutes = Math.min(minutes, floorToUnit(day.free()));
            day.add(
                    BlockKind.SPACED_REVIEW,
                    minutes,
                    null,
                    "Spaced review",
                    due + (due == 1 ? " card due" : " cards due") + ", about " + Math.round(state.secondsPerReview())
                            + " s each.",
                    null);
            reviewed = (int) Math.floor(minutes * 60 / state.secondsPerReview());
        }
        day.domainCapacity = floorToUnit(day.free());
        return reviewed;
    }

    /** Minutes of domain study per domain over the whole plan: the share of all study time, less what is done. */
    private static Map<String, Integer> allocate(
            StudyGoal goal, LearnerState state, List<Double> shares, List<Skeleton> days) {
        int pool = days.stream().mapToInt(d -> d.domainCapacity).sum();
        int studied = goal.domains().stream()
                .mapToInt(d -> state.evidenceFor(d.id()).studiedMinutes())
                .sum();
        double[] need = new double[shares.size()];
        double needSum = 0;
        for (int i = 0; i < need.length; i++) {
            need[i] = Math.max(
                    0,
                    shares.get(i) * (pool + studied)
                            - state.evidenceFor(goal.domains().get(i).id()).studiedMinutes());
            needSum += need[i];
        }
        int units = pool / UNIT;
        double[] exact = new double[need.length];
        for (int i = 0; i < need.length; i++) {
            exact[i] = needSum == 0 ? units * shares.get(i) : units * need[i] / needSum;
        }
        int[] rounded = largestRemainder(exact, units);
        Map<String, Integer> allocation = new LinkedHashMap<>();
        for (int i = 0; i < rounded.length; i++) {
            allocation.put(goal.domains().get(i).id(), rounded[i] * UNIT);
        }
        return allocation;
    }

    private static void fillDomainBlocks(
            StudyGoal goal,
            LearnerState state,
            List<Double> shares,
            Map<String, Integer> allocation,
            List<Skeleton> days) {
        Map<String, Integer> left = new LinkedHashMap<>(allocation);
        Map<String, DomainWeight> byId = new HashMap<>();
        Map<String, Double> shareById = new HashMap<>();
        for (int i = 0; i < goal.domains().size(); i++) {
            byId.put(goal.domains().get(i).id(), goal.domains().get(i));
            shareById.put(goal.domains().get(i).id(), shares.get(i));
        }
        Set<String> suggested = new HashSet<>();
        for (Skeleton day : days) {
            int capacity = day.domainCapacity;
            Set<String> usedToday = new HashSet<>();
            while (capacity >= UNIT) {
                String domain = pick(left, usedToday);
                if (domain == null) {
                    break;
                }
                SectionSuggestion section = state.sections().stream()
                        .filter(s -> domain.equals(s.domainId()) && !suggested.contains(s.sectionId()))
                        .findFirst()
                        .orElse(null);
                int minutes = Math.min(Math.min(capacity, left.getOrDefault(domain, 0)), MAX_DOMAIN_BLOCK);
                if (section != null) {
                    minutes = Math.min(minutes, Math.max(UNIT, ceilToUnit(section.minutes())));
                    suggested.add(section.sectionId());
                }
                left.merge(domain, -minutes, Integer::sum);
                capacity -= minutes;
                usedToday.add(domain);
                // left, byId and shareById have the same keys: the goal's domains.
                domainBlock(
                        day,
                        Objects.requireNonNull(byId.get(domain), domain),
                        shareById.getOrDefault(domain, 0.0),
                        minutes,
                        section);
            }
        }
    }

    /** The domain with the most minutes left, preferring one not yet studied that day; blueprint order on ties. */
    private static @Nullable String pick(Map<String, Integer> left, Set<String> usedToday) {
        String best = null;
        int bestLeft = 0;
        for (boolean allowUsed : new boolean[] {false, true}) {
            for (Map.Entry<String, Integer> entry : left.entrySet()) {
                if (entry.getValue() >= UNIT
                        && (allowUsed || !usedToday.contains(entry.getKey()))
                        && (best == null || entry.getValue() > bestLeft)) {
                    best = entry.getKey();
                    bestLeft = entry.getValue();
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** A block of domain study: the suggested section if there is one (never longer than it), else documentation. */
    private static void domainBlock(
            Skeleton day, DomainWeight domain, double share, int minutes, @Nullable SectionSuggestion section) {
        String why = Math.round(share * 100) + " % of your study time goes to " + domain.title() + ".";
        if (section == null) {
            day.add(
                    BlockKind.DOCUMENTATION,
                    minutes,
                    domain.id(),
                    "Documentation: " + domain.title(),
                    "Read the official documentation behind this domain's task statements. " + why,
                    null);
            return;
        }
        String what = section.resourceTitle() + " — " + section.sectionTitle();
        BlockKind kind = section.course() ? BlockKind.COURSE_REVIEW : BlockKind.DOCUMENTATION;
        String title = (section.revisit() ? "Revisit: " : section.course() ? "Course: " : "Read: ") + what;
        day.add(kind, minutes, domain.id(), title, domain.title() + ". " + why, section.sectionId());
    }

    private static void finalWindowDay(Skeleton day) {
        if (day.available < UNIT) {
            day.add(BlockKind.REST, 0, null, "Rest", "The final window: no new material; rest.", null);
            return;
        }
        int practice = day.available >= 2 * FINAL_PRACTICE ? FINAL_PRACTICE : 0;
        day.add(
                BlockKind.BOARD_REVIEW,
                floorToUnit(day.available - practice),
                null,
                "Review the whole board",
                "Every card, weakest first (red, then yellow, then by recall probability). No new material.",
                null);
        if (practice > 0) {
            day.add(
                    BlockKind.LIGHT_PRACTICE,
                    practice,
                    null,
                    "Light practice",
                    "A short untimed drill on your weakest domain; stop when it stops being easy.",
                    null);
        }
    }

    private static void examDay(StudyGoal goal, Skeleton day) {
        if (day.available >= UNIT) {
            day.add(
                    BlockKind.BOARD_REVIEW,
                    Math.min(EXAM_DAY_REVIEW, floorToUnit(day.available)),
                    null,
                    "A light look at the red cards",
                    "Nothing new today.",
                    null);
        }
        day.add(
                BlockKind.EXAM,
                goal.mockMinutes(),
                null,
                "The exam at " + TIME.format(goal.examStart()),
                goal.mockQuestions() + " questions in " + goal.mockMinutes() + " minutes. Good luck.",
                null);
    }

    private static List<DomainShare> shares(
            StudyGoal goal, LearnerState state, List<Double> shares, Map<String, Integer> planned) {
        List<DomainShare> result = new ArrayList<>();
        for (int i = 0; i < goal.domains().size(); i++) {
            DomainWeight domain = goal.domains().get(i);
            var evidence = state.evidenceFor(domain.id());
            result.add(new DomainShare(
                    domain.id(),
                    domain.title(),
                    domain.weight(),
                    DomainNeed.mastery(evidence),
                    DomainNeed.factor(evidence),
                    shares.get(i),
                    evidence.redCards(),
                    evidence.lastMockPercent(),
                    evidence.studiedMinutes(),
                    planned.getOrDefault(domain.id(), 0)));
        }
        return result;
    }

    /** Rounds {@code exact} to integers summing to {@code total}: floors, then the largest remainders get one more. */
    static int[] largestRemainder(double[] exact, int total) {
        int[] rounded = new int[exact.length];
        int sum = 0;
        for (int i = 0; i < exact.length; i++) {
            rounded[i] = (int) Math.floor(exact[i]);
            sum += rounded[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < exact.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(exact[b] - rounded[b], exact[a] - rounded[a]));
        for (int k = 0; sum < total && k < order.size(); k++, sum++) {
            rounded[order.get(k)]++;
        }
        return rounded;
    }

    static int roundToUnit(int minutes) {
        return Math.round(minutes / (float) UNIT) * UNIT;
    }

    static int floorToUnit(int minutes) {
        return Math.max(0, minutes / UNIT * UNIT);
    }

    static int ceilToUnit(int minutes) {
        return (minutes + UNIT - 1) / UNIT * UNIT;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    /** A day while it is being built. */
    private static final class Skeleton {
        final LocalDate date;
        final DayType type;
        final int available;
        final List<PlannedBlock> blocks = new ArrayList<>();
        final Map<String, Integer> ordinals = new HashMap<>();
        final Set<String> taken = new HashSet<>();
        boolean mock;
        int domainCapacity;

        Skeleton(LocalDate date, DayType type, int available) {
            this.date = date;
            this.type = type;
            this.available = available;
        }

        int free() {
            return available - blocks.stream().mapToInt(PlannedBlock::minutes).sum();
        }

        void add(
                BlockKind kind,
                int minutes,
                @Nullable String domainId,
                String title,
                @Nullable String detail,
                @Nullable String sectionId) {
            String base = date + ":" + kind.wire() + (domainId == null ? "" : ":" + domainId);
            String key;
            do {
                key = base + ":" + ordinals.merge(base, 1, Integer::sum);
            } while (!taken.add(key));
            blocks.add(new PlannedBlock(key, kind, minutes, domainId, title, detail, sectionId));
        }
    }
}
