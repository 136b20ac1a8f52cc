package dev.examloop.core.plan;

/** What a block of a study day is for. */
public enum BlockKind {
    /** A full-length timed mock exam, sized to the exam's duration. */
    MOCK_EXAM("Full-length mock exam"),
    /** Writing the post-mortem of the last mock's misses. */
    POST_MORTEM("Post-mortem"),
    /** Reading the official documentation of one domain. */
    DOCUMENTATION("Documentation reading"),
    /** Working through (or returning to) a section of a course or video series. */
    COURSE_REVIEW("Course or video review"),
    /** The day's spaced-repetition queue, sized from the due forecast. */
    SPACED_REVIEW("Spaced review"),
    /** The final window: every card on the board, weakest first. No new material. */
    BOARD_REVIEW("Review the whole board, weakest first"),
    /** The final window: a short untimed drill. */
    LIGHT_PRACTICE("Light practice"),
    /** A day off, or a pause. */
    REST("Rest"),
    /** The exam itself. */
    EXAM("The exam");

    private final String label;

    BlockKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The wire name: lower-case with hyphens ({@code mock-exam}). */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static BlockKind ofWire(String wire) {
        for (BlockKind kind : values()) {
            if (kind.wire().equals(wire)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown block kind '" + wire + "'");
    }

    /** Blocks that count toward a domain's study time. */
    public boolean domainStudy() {
        return this == DOCUMENTATION || this == COURSE_REVIEW;
    }
}
