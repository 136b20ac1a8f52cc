package dev.examloop.core.fsrs;

/** Where a card is in its life, with the codes of the standard FSRS review log ({@code review_state}). */
public enum State {
    /** Never reviewed: no memory state yet. */
    NEW(0),
    /** Being learnt through the short learning steps. */
    LEARNING(1),
    /** Scheduled in whole days from its stability. */
    REVIEW(2),
    /** Forgotten after review, back in the short relearning steps. */
    RELEARNING(3);

    private final int code;

    State(int code) {
        this.code = code;
    }

    /** The number of this state in the FSRS review-log CSV. */
    public int code() {
        return code;
    }

    /** The state with review-log code {@code code}. */
    public static State ofCode(int code) {
        for (State state : values()) {
            if (state.code == code) {
                return state;
            }
        }
        throw new IllegalArgumentException(
                "a card state is 0 (New), 1 (Learning), 2 (Review) or 3 (Relearning), was " + code);
    }
}
