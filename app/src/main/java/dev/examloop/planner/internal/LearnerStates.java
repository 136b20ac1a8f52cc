package dev.examloop.planner.internal;

import dev.examloop.common.JsonLists;
import dev.examloop.core.pack.Domain;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.plan.BlockKind;
import dev.examloop.core.plan.LearnerState;
import dev.examloop.core.plan.LearnerState.DomainEvidence;
import dev.examloop.core.plan.StudyGoal;
import dev.examloop.exam.AttemptSummary;
import dev.examloop.exam.Attempts;
import dev.examloop.exam.Mode;
import dev.examloop.exam.ResultView;
import dev.examloop.planner.Resources;
import dev.examloop.planner.ResourceView;
import dev.examloop.postmortem.PostMortems;
import dev.examloop.review.Cards;
import dev.examloop.review.DueForecast;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Gathers what the planner knows of the learner from the other modules: the last full-length mocks'
 * per-domain results, the post-mortems still to write, red cards and the due forecast, the study blocks
 * done, and the resource sections to suggest.
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

    public StudyGoal goal(GoalRow goal, Pack pack) {
        ZoneId zone = ZoneId.of(goal.timeZone());
        ZonedDateTime examStart = Instant.ofEpochMilli(goal.examAt()).atZone(zone);
        Map<java.time.DayOfWeek, Integer> minutes = goal.minutesByWeekday();
        Set<LocalDate> daysOff = JsonLists.read(goal.daysOff()).stream().map(LocalDate::parse).collect(Collectors.toSet());
        List<StudyGoal.DomainWeight> domains = pack.blueprint().domains().stream()
                .map(d -> new StudyGoal.DomainWeight(d.id(), d.title(), d.weight())).toList();
        return new StudyGoal(examStart, minutes, daysOff, Duration.ofHours(goal.finalWindowHours()),
                pack.blueprint().exam().durationMinutes(), pack.blueprint().exam().questionCount(), domains);
    }

    /** When the latest full-length (exam-mode) mock of the pack was submitted, if ever. */
    public java.util.Optional<Instant> lastMockSubmittedAt(Pack pack) {
        return attempts.history().stream()
                .filter(a -> a.pack().equalsIgnoreCase(pack.code()) && a.mode() == Mode.EXAM && a.submittedAt() != null)
                .map(AttemptSummary::submittedAt).max(Comparator.naturalOrder());
    }

    public LearnerState state(GoalRow goal, Pack pack, LocalDate today, List<BlockRow> started) {
        ZoneId zone = ZoneId.of(goal.timeZone());
        List<AttemptSummary> mocks = attempts.history().stream()
                .filter(a -> a.pack().equalsIgnoreCase(pack.code()) && a.mode() == Mode.EXAM && a.submittedAt() != null)
                .sorted(Comparator.comparing(AttemptSummary::submittedAt).reversed())
                .limit(RECENT_MOCKS).toList();
        Map<String, int[]> recent = new HashMap<>();
        Map<String, Integer> lastPercent = new HashMap<>();
        int pending = 0;
        for (int i = 0; i < mocks.size(); i++) {
            ResultView result = attempts.result(mocks.get(i).id());
            for (ResultView.DomainResult domain : result.domains()) {
                int[] tally = recent.computeIfAbsent(domain.id(), k -> new int[2]);
                tally[0] += domain.correct();
                tally[1] += domain.total();
                if (i == 0 && domain.total() > 0) {
                    lastPercent.put(domain.id(), (int) Math.round(domain.percent()));
                }
            }
            var postMortem = postMortems.forAttempt(mocks.get(i).id());
            if (postMortem.done() < postMortem.total()) {
                pending++;
            }
        }
        DueForecast forecast = cards.forecast(pack.code(), zone, today, Instant.ofEpochMilli(goal.examAt()).atZone(zone).toLocalDate());
        Map<String, Integer> studied = started.stream()
                .filter(b -> b.status().equals("done") && b.domainId() != null && BlockKind.ofWire(b.kind()).domainStudy())
                .collect(Collectors.groupingBy(BlockRow::domainId, Collectors.summingInt(BlockRow::plannedMinutes)));
        Map<String, DomainEvidence> evidence = new HashMap<>();
        for (Domain domain : pack.blueprint().domains()) {
            int[] tally = recent.getOrDefault(domain.id(), new int[2]);
            evidence.put(domain.id(), new DomainEvidence(tally[0], tally[1], lastPercent.get(domain.id()),
                    forecast.redByDomain().getOrDefault(domain.id(), 0), studied.getOrDefault(domain.id(), 0)));
        }
        LocalDate lastMock = mocks.isEmpty() ? null : LocalDate.ofInstant(mocks.getFirst().submittedAt(), zone);
        List<LearnerState.DoneBlock> doneToday = started.stream().filter(b -> b.day().equals(today.toString()))
                .map(b -> new LearnerState.DoneBlock(b.blockKey(), BlockKind.ofWire(b.kind()), b.domainId(), b.plannedMinutes()))
                .toList();
        return new LearnerState(evidence, forecast.due(), forecast.secondsPerReview(), lastMock, pending, doneToday,
                sections(pack, started));
    }

    /** Sections in the pack's domains marked "revisit" first, then those not started; none already in a block. */
    private List<LearnerState.SectionSuggestion> sections(Pack pack, List<BlockRow> started) {
        Set<String> inBlocks = started.stream().map(BlockRow::sectionId).filter(s -> s != null).collect(Collectors.toSet());
        Set<String> domains = pack.blueprint().domains().stream().map(Domain::id).collect(Collectors.toSet());
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
                (isRevisit ? revisit : fresh).add(new LearnerState.SectionSuggestion(section.id(), resource.title(),
                        section.title(), section.minutes(), section.domainId(), isRevisit, course));
            }
        }
        revisit.addAll(fresh);
        return revisit;
    }
}
