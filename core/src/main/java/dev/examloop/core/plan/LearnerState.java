package dev.examloop.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the planner knows of the learner, measured by the rest of the application.
 *
 * @param evidence per domain id: recent mock results, cards and study time
 * @param dueForecast cards due per date (overdue cards counted on the first date)
 * @param secondsPerReview the learner's typical review duration
 * @param lastMockOn the date of the last full-length mock, or {@code null}
 * @param pendingPostMortems submitted mocks whose post-mortem is not finished
 * @param doneToday blocks finished or in progress today: the planner fills only the rest of the day
 * @param sections resource sections the plan can point to: those marked "revisit" first, then ones not started
 */
public record LearnerState(
        Map<String, DomainEvidence> evidence,
        Map<LocalDate, Integer> dueForecast,
        double secondsPerReview,
        @Nullable LocalDate lastMockOn,
        int pendingPostMortems,
        List<DoneBlock> doneToday,
        List<SectionSuggestion> sections) {
    public static final double DEFAULT_SECONDS_PER_REVIEW = 45;

    public LearnerState {
        evidence = Map.copyOf(evidence);
        dueForecast = Map.copyOf(dueForecast);
        doneToday = List.copyOf(doneToday);
        sections = List.copyOf(sections);
        if (!(secondsPerReview > 0)) {
            throw new IllegalArgumentException("seconds per review must be positive, got " + secondsPerReview);
        }
    }

    /** A learner with no history. */
    public static LearnerState fresh() {
        return new LearnerState(Map.of(), Map.of(), DEFAULT_SECONDS_PER_REVIEW, null, 0, List.of(), List.of());
    }

    public DomainEvidence evidenceFor(String domainId) {
        return evidence.getOrDefault(domainId, DomainEvidence.NONE);
    }

    public int dueOn(LocalDate date) {
        return dueForecast.getOrDefault(date, 0);
    }

    public boolean doneToday(BlockKind kind) {
        return doneToday.stream().anyMatch(b -> b.kind() == kind);
    }

    /**
     * One domain's evidence.
     *
     * @param recentCorrect right answers in this domain over the last few full-length mocks
     * @param recentTotal questions in this domain over the same mocks
     * @param lastMockPercent the domain's score in the last mock, or {@code null}
     * @param redCards cards of this domain in the red zone
     * @param studiedMinutes minutes of domain study done for the current goal
     */
    public record DomainEvidence(
            int recentCorrect, int recentTotal, @Nullable Integer lastMockPercent, int redCards, int studiedMinutes) {
        public static final DomainEvidence NONE = new DomainEvidence(0, 0, null, 0, 0);

        public DomainEvidence {
            if (recentCorrect < 0 || recentTotal < recentCorrect) {
                throw new IllegalArgumentException(
                        "need 0 <= correct <= total, got " + recentCorrect + " of " + recentTotal);
            }
        }
    }

    /**
     * A block already finished or under way today.
     *
     * @param key the key of the planned block it was, so a new block of the day never takes the same key
     */
    public record DoneBlock(String key, BlockKind kind, String domainId, int minutes) {}

    /** A resource section the plan can suggest in a domain block. */
    public record SectionSuggestion(
            String sectionId,
            String resourceTitle,
            String sectionTitle,
            int minutes,
            String domainId,
            boolean revisit,
            boolean course) {
        public SectionSuggestion {
            Objects.requireNonNull(sectionId, "sectionId");
        }
    }
}
