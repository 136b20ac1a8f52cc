package dev.examloop.exam;

/**
 * What the question page shows: the attempt (navigator, countdown) and the question.
 *
 * @param withheld why the page the learner asked for was withheld (the exam lock sent them here), or null
 */
public record QuestionPage(AttemptView attempt, QuestionView question, String withheld) {
    public QuestionPage(AttemptView attempt, QuestionView question) {
        this(attempt, question, null);
    }

    public boolean isSelected(String optionId) {
        return question.selected().contains(optionId);
    }

    /** For ordering questions: the position the learner gave this step, or 0. */
    public int orderPosition(String optionId) {
        int at = question.selected().indexOf(optionId);
        return at < 0 ? 0 : at + 1;
    }

    /** For matching questions: the target the learner paired with this item, or {@code null}. */
    public String matchedTarget(String optionId) {
        return question.selected().stream()
                .filter(p -> p.startsWith(optionId + ":"))
                .map(p -> p.substring(optionId.length() + 1))
                .findFirst()
                .orElse(null);
    }

    /** Whether this is a running full mock, which locks the rest of the application. */
    public boolean examLock() {
        return attempt.examLock();
    }

    public boolean locked() {
        return question.checked() || !attempt.inProgress();
    }

    public String savedStatus() {
        return question.selected().isEmpty() ? "Not answered yet" : "Answer saved";
    }

    public String clock(long seconds) {
        return clockOf(seconds);
    }

    /** Seconds as h:mm:ss, or m:ss under an hour. */
    public static String clockOf(long seconds) {
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }
}
