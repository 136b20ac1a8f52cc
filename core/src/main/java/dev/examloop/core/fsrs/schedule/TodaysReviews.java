package dev.examloop.core.fsrs.schedule;

import java.util.List;

/**
 * Today's review list and how it was chosen.
 *
 * @param review the ids of the cards to review today, in the order to review them
 * @param mode {@code EXAM} when the list was planned backward from an exam, {@code DUE} otherwise
 * @param plannedLoad the reviews planned for each day from today (today first), as far as the plan looks
 * @param expectedExamRecall the mean recall of the cards at the exam that the plan expects, or NaN without an exam
 */
public record TodaysReviews(List<String> review, Mode mode, List<Integer> plannedLoad, double expectedExamRecall) {
    /** How the list was chosen. */
    public enum Mode {
        /** Due cards, load-balanced, within the day's minutes. */
        DUE,
        /** Planned backward from the exam. */
        EXAM
    }

    public TodaysReviews {
        review = List.copyOf(review);
        plannedLoad = List.copyOf(plannedLoad);
    }
}
