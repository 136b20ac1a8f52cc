package dev.examloop.web;

/**
 * Where {@code /} leads the learner now, as one module sees it; of all the modules' offers the lowest rank wins.
 *
 * @param rank lower wins (the planner's Today, once a goal is set, before the exam list)
 * @param path the page
 * @param redirect whether the browser is sent there (its address changes) or the page is shown at {@code /}
 */
public record StartPage(int rank, String path, boolean redirect) {
    /** The browser is sent to {@code path}. */
    public static StartPage redirect(int rank, String path) {
        return new StartPage(rank, path, true);
    }

    /** {@code path} is shown at {@code /}. */
    public static StartPage shown(int rank, String path) {
        return new StartPage(rank, path, false);
    }
}
