package dev.examloop.core.fsrs.revlog;

import java.util.List;

/**
 * What reading a review log gave: every row that could be read, and every problem found.
 *
 * <p>{@link #rows()} holds the rows whose fields were all valid, in file order, even when other rows had
 * problems, so that a caller may show what was understood; a caller that needs a sound log checks {@link
 * #ok()} first. A row that breaks the time order of its card is a problem and is still among the rows.
 *
 * @param rows the readable rows, in the order of the file
 * @param problems every problem, in the order of the file
 */
public record RevlogReadResult(List<RevlogRow> rows, List<RevlogProblem> problems) {
    public RevlogReadResult {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** Whether the file had no problem at all. */
    public boolean ok() {
        return problems.isEmpty();
    }
}
