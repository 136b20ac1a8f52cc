package dev.examloop.exam;

import java.time.Instant;

/**
 * A full mock (exam mode) the current account is sitting now: while it runs, the rest of the application is
 * locked, as in a test centre.
 *
 * @param deadline when the server submits it
 */
public record RunningExam(String attemptId, String pack, Instant deadline) {
    /** Why a page or an answer of the API is withheld meanwhile, in the learner's words. */
    public String reason() {
        return "a timed mock exam of " + pack + " is in progress: until it is submitted or abandoned, only the exam"
                + " is open (as in a test centre), because other pages could show the keys of its questions";
    }
}
