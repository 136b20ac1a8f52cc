package dev.examloop.review;

import java.util.List;

/**
 * A card in a review session: what to recall, and for each rating the interval it would schedule.
 *
 * @param question for a question card, the question re-asked without its key (null for topic cards)
 * @param intervals the next interval for Again, Hard, Good and Easy, as short text ("10 min", "3 d")
 * @param notes the learner's own post-mortem explanations for this card, newest first
 */
public record ReviewPrompt(CardView card, RecallQuestion question, List<String> intervals, List<String> notes) {

    /** A question card's question: the stem and options, without key; the key and explanation for the reveal. */
    public record RecallQuestion(String stem, List<String> options, String key, String explanation) {}
}
