package dev.examloop.core.pack;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One review of a question by someone other than its writer, as recorded in {@code review/*.yaml} beside the
 * question file. The writer adds {@code question} and {@code writtenBy}; the reviewer adds the rest.
 *
 * @param reviewedBy who checked the question, or {@code null} while it awaits review
 * @param reviewedOn when, or {@code null}
 * @param changes what the reviewer changed and why, or {@code none}; {@code null} while it awaits review
 * @param limitsChecked true when the answer depends on a service limit or a recent change and the reviewer checked
 *     it against the linked page; {@code null} when not said
 */
public record ReviewRecord(
        String question,
        String writtenBy,
        @Nullable String reviewedBy,
        @Nullable LocalDate reviewedOn,
        @Nullable String changes,
        @Nullable Boolean limitsChecked) {

    /** True when a reviewer other than the writer has recorded who, when and what was changed. */
    public boolean complete() {
        return reviewedBy != null && reviewedOn != null && changes != null && !reviewedBy.equals(writtenBy);
    }
}
