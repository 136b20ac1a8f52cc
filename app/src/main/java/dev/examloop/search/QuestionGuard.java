package dev.examloop.search;

/**
 * Whether pack questions must stay out of search results for the current learner right now: while a full mock
 * runs, search must not show a question's key or explanation. Implemented by the module that runs exams, so
 * that search need not know about attempts.
 */
public interface QuestionGuard {
    boolean hidesQuestions();
}
