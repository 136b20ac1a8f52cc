package dev.examloop.planner.internal;

import dev.examloop.common.JsonLists;
import dev.examloop.core.pack.Domain;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.plan.LearnerState;
import dev.examloop.core.plan.LearnerState.DomainEvidence;
import dev.examloop.core.plan.StudyGoal;
import dev.examloop.exam.AttemptSummary;
import dev.examloop.exam.Attempts;
import dev.examloop.exam.Mode;
import dev.examloop.exam.ResultView;
import dev.examloop.planner.ResourceView;
import dev.examloop.planner.Resources;
import dev.examloop.postmortem.ExternalAttemptForm;
import dev.examloop.postmortem.ExternalAttemptView;
import dev.examloop.postmortem.PostMortems;
import dev.examloop.review.Cards;
import dev.examloop.review.DueForecast;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Gathers what the planner knows of the learner from the other modules: the last full-length mocks'
 * per-domain results (taken in Examloop, or logged from elsewhere), the post-mortems still to write, red
 * cards and the due forecast, the study blocks done, and the resource sections to suggest.
 */
@Component
public class LearnerStates {
    /** How many of the latest full-length mocks measure a domain's mastery. */
    static final int RECENT_MOCKS = 3;

    private final Attempts attempts;
    private final PostMortems postMortems;
    private final Cards cards;
    private final Resources resources;

    LearnerStates(Attempts attempts, PostMortems postMortems, Cards cards, Resources resources) {
        this.attempts = attempts;
        this.postMortems = postMortems;
        this.cards = cards;
        this.resources = resources;
    }

    /** One full-length mock's per-domain results: correct and total per domain id. */
    record MockResult(LocalDate on, Instant at, String attemptId, Map<String, int[]> byDomain) {}

    /**
     * The latest full-length mocks of a pack, newest first, read once per plan.
     *
     * @param lastSubmittedAt when the latest mock taken in Examloop was submitted
     */
    public record Mocks(List<MockResult> recent, Optional<Instant> lastSubmittedAt) {
        public boolean any() {
            return !recent.isEmpty();
        }
    }

    /**
     * The pack's latest full-length mocks: exam-mode attempts taken here, and mocks logged from elsewhere (their
     * per-domain percentages turned into counts with the blueprint's weights and the exam's question count).
     */
    public Mocks mocks(Pack pack, ZoneId zone) {
        List<AttemptSummary> own = attempts.history().stream()
                .filter(a -> a.pack().equalsIgnoreCase(pack.code()) && a.mode() == Mode.EXAM && a.submittedAt() != null)
                .sorted(Comparator.comparing(AttemptSummary::submittedAt).reversed())
                .toList();
        List<MockResult> all = new ArrayList<>();
        for (AttemptSummary attempt : own.subList(0, Math.min(RECENT_MOCKS, own.size()))) {
            Map<String, int[]> byDomain = new HashMap<>();
            for (ResultView.DomainResult domain : attempts.result(attempt.id()).domains()) {
                byDomain.put(domain.id(), new int[] {domain.correct(), domain.total()});
            }
            all.add(new MockResult(
                    LocalDate.ofInstant(attempt.submittedAt(), zone), attempt.submittedAt(), attempt.id(), byDomain));
        }
        for (ExternalAttemptView external : postMortems.externals()) {
            if (!external.pack().equalsIgnoreCase(pack.code())) {
                continue;
            }
            LocalDate on;
            try {
                on = LocalDate.parse(external.takenOn());
            } catch (DateTimeParseException e) {
                continue;
            }
            Map<String, int[]> byDomain = new HashMap<>();
            for (ExternalAttemptForm.DomainScore score : external.domains()) {
                Optional<Domain> domain = pack.blueprint().domains().stream()
                        .filter(d -> d.id().equals(score.domainId()))
                        .findFirst();
                if (domain.isPresent() && score.percent() != null) {
                    int total = (int) Math.round(domain.get().weight()
                            / 100.0
                            * pack.blueprint().exam().questionCount());
                    byDomain.put(domain.get().id(), new int[] {(int) Math.round(score.percent() / 100 * total), total});
                }
            }
            all.add(new MockResult(
                    on, on.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1), null, byDomain));
        }
        all.sort(Comparator.comparing(MockResult::at).reversed());
        return new Mocks(
                all.subList(0, Math.min(RECENT_MOCKS, all.size())),
                own.stream().map(AttemptSummary::submittedAt).findFirst());
    }

    public StudyGoal goal(GoalRow goal, Pack pack) {
        ZoneId zone = ZoneId.of(goal.timeZone());
        ZonedDateTime examStart = Instant.ofEpochMilli(goal.examAt()).atZone(zone);
        Set<LocalDate> daysOff =
                JsonLists.read(goal.daysOff()).stream().map(LocalDate::parse).collect(Collectors.toSet());
        List<StudyGoal.DomainWeight> domains = pack.blueprint().domains().stream()
                .map(d -> new StudyGoal.DomainWeight(d.id(), d.title(), d.weight()))
                .toList();
        return new StudyGoal(
                examStart,
                goal.minutesByWeekday(),
                daysOff,
                Duration.ofHours(goal.finalWindowHours()),
                pack.blueprint().exam().durationMinutes(),
                pack.blueprint().exam().questionCount(),
                domains);
    }

    public LearnerState state(GoalRow goal, Pack pack, LocalDate today, List<BlockRow> started, Mocks mocks) {
        ZoneId zone = ZoneId.of(goal.timeZone());
        Map<String, int[]> recent = new HashMap<>();
        Map<String, Integer> lastPercent = new HashMap<>();
        for (int i = 0; i < mocks.recent().size(); i++) {
            for (Map.Entry<String, int[]> domain :
                    mocks.recent().get(i).byDomain().entrySet()) {
                int[] tally = recent.computeIfAbsent(domain.getKey(), k -> new int[2]);
                tally[0] += domain.getValue()[0];
                tally[1] += domain.getValue()[1];
                if (i == 0 && domain.getValue()[1] > 0) {
                    lastPercent.put(
                            domain.getKey(), (int) Math.round(100.0 * domain.getValue()[0] / domain.getValue()[1]));
                }
            }
        }
        int pending = 0;
        for (MockResult mock : mocks.recent()) {
            if (mock.attemptId() != null) {
                var postMortem = postMortems.forAttempt(mock.attemptId());
                pending += postMortem.done() < postMortem.total() ? 1 : 0;
            }
        }
        DueForecast forecast = cards.forecast(
                pack.code(),
                zone,
                today,
                Instant.ofEpochMilli(goal.examAt()).atZone(zone).toLocalDate());
        Map<String, Integer> studied = started.stream()
                .filter(b -> b.isDone() && b.domainId() != null && b.kind().domainStudy())
                .collect(Collectors.groupingBy(BlockRow::domainId, Collectors.summingInt(BlockRow::plannedMinutes)));
        Map<String, DomainEvidence> evidence = new HashMap<>();
        for (Domain domain : pack.blueprint().domains()) {
            int[] tally = recent.getOrDefault(domain.id(), new int[2]);
            evidence.put(
                    domain.id(),
                    new DomainEvidence(
                            Math.min(tally[0], tally[1]),
                            tally[1],
                            lastPercent.get(domain.id()),
                            forecast.redByDomain().getOrDefault(domain.id(), 0),
                            studied.getOrDefault(domain.id(), 0)));
        }
        LocalDate lastMock =
                mocks.recent().isEmpty() ? null : mocks.recent().getFirst().on();
        List<LearnerState.DoneBlock> doneToday = started.stream()
                .filter(b -> b.day().equals(today.toString()))
                .map(b -> new LearnerState.DoneBlock(b.blockKey(), b.kind(), b.domainId(), b.plannedMinutes()))
                .toList();
        return new LearnerState(
                evidence,
                forecast.due(),
                forecast.secondsPerReview(),
                lastMock,
                pending,
                doneToday,
                sections(pack, started));
    }

    /** Sections in the pack's domains marked "revisit" first, then those not started; none already in a block. */
    private List<LearnerState.SectionSuggestion> sections(Pack pack, List<BlockRow> started) {
        Set<String> inBlocks =
                started.stream().map(BlockRow::sectionId).filter(s -> s != null).collect(Collectors.toSet());
        Set<String> domains =
                pack.blueprint().domains().stream().map(Domain::id).collect(Collectors.toSet());
        List<LearnerState.SectionSuggestion> revisit = new ArrayList<>();
        List<LearnerState.SectionSuggestion> fresh = new ArrayList<>();
        for (ResourceView resource : resources.list()) {
            if (resource.packCode() != null && !resource.packCode().equalsIgnoreCase(pack.code())) {
                continue;
            }
            boolean course = resource.type().equals("course") || resource.type().equals("video-series");
            for (ResourceView.Section section : resource.sections()) {
                if (section.domainId() == null || !domains.contains(section.domainId())) {
                    continue;
                }
                boolean isRevisit = section.status().equals("revisit");
                if (!isRevisit && (!section.status().equals("not-started") || inBlocks.contains(section.id()))) {
                    continue;
                }
                (isRevisit ? revisit : fresh)
                        .add(new LearnerState.SectionSuggestion(
                                section.id(),
                                resource.title(),
                                section.title(),
                                section.minutes(),
                                section.domainId(),
                                isRevisit,
                                course));
            }
        }
        revisit.addAll(fresh);
        return revisit;
    }
}
