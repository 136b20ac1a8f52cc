package dev.examloop.core.exam;

import dev.examloop.core.pack.Question;
import java.util.List;

/**
 * The questions of a mock in the order they are asked.
 *
 * @param wholeBank true when the bank was no larger than the mock, so the mock took every question
 * @param notes sentences for the learner about how the draw departed from the blueprint, if it did
 */
public record DrawnMock(List<Question> questions, boolean wholeBank, List<String> notes) {
    public DrawnMock {
        questions = List.copyOf(questions);
        notes = List.copyOf(notes);
    }
}
