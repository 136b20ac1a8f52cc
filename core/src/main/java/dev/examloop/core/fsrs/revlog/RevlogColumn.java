package dev.examloop.core.fsrs.revlog;

/** The columns of the standard FSRS review-log CSV, in the order Examloop writes them. */
public enum RevlogColumn {
    /** The card reviewed: a whole number, the same for every review of one card. */
    CARD_ID("card_id", true),
    /** When the review happened, in milliseconds since 1970-01-01T00:00Z. */
    REVIEW_TIME("review_time", true),
    /** The rating given, 1 (Again) to 4 (Easy). */
    REVIEW_RATING("review_rating", true),
    /** The card's state before the review, 0 (New) to 3 (Relearning); other tools may leave it out. */
    REVIEW_STATE("review_state", false),
    /** How long the review took, in milliseconds; other tools may leave it out. */
    REVIEW_DURATION("review_duration", false);

    /** The header line Examloop writes: every column's name in the order above, comma-separated. */
    public static final String HEADER = "card_id,review_time,review_rating,review_state,review_duration";

    private final String header;
    private final boolean required;

    RevlogColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    /** The column's name in the header line, such as {@code review_rating}. */
    public String header() {
        return header;
    }

    /** Whether a file must have this column and a value in it on every row. */
    public boolean required() {
        return required;
    }
}
