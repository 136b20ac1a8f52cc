package dev.examloop.planner;

/**
 * A block as the plan and the Today page show it.
 *
 * @param kind the wire name ({@code mock-exam}, {@code documentation}, …)
 * @param status {@code planned}, {@code running}, {@code paused} or {@code done}
 * @param seconds time on the block's study timer
 * @param link where to do the block's work (the exam page, the review session, a resource), or {@code null}
 */
public record BlockView(
        String key,
        String kind,
        String kindLabel,
        int minutes,
        String domainId,
        String title,
        String detail,
        String sectionId,
        String status,
        long seconds,
        String link) {
    public boolean done() {
        return status.equals("done");
    }

    public boolean running() {
        return status.equals("running");
    }
}
