package dev.examloop.core.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every question has been reviewed by someone other than its writer, and the review is recorded: a record in
 * {@code review/<name>.yaml} beside {@code questions/<name>.yaml} with {@code writtenBy}, {@code reviewedBy}
 * (not the writer), {@code reviewedOn} and {@code changes}. Checked for every question under
 * {@link Strictness#STRICT}; otherwise only once a pack has started recording reviews, as warnings. A record that
 * names a question the pack does not have is a reading error ({@link ReviewsReader}).
 */
final class ReviewRule implements LintRule {

    @Override
    public List<Problem> check(Pack pack, SourceMap sources, Strictness strictness) {
        List<Problem> problems = new ArrayList<>();
        Map<String, List<Integer>> recordsOf = new LinkedHashMap<>();
        for (int i = 0; i < pack.reviews().size(); i++) {
            ReviewRecord record = pack.reviews().get(i);
            recordsOf.computeIfAbsent(record.question(), q -> new ArrayList<>()).add(i);
            Site recordSite = sources.review(i);
            Site questionSite = sources.question(record.question());
            if (recordSite.line() > 0
                    && questionSite.line() > 0
                    && !fileName(recordSite.file()).equals(fileName(questionSite.file()))) {
                problems.add(recordSite
                        .child(".question")
                        .problem(
                                "'" + record.question() + "' is in " + questionSite.file()
                                        + ", so its review belongs in review/" + fileName(questionSite.file()),
                                strictness.ofQualityFinding()));
            }
        }
        if (strictness != Strictness.STRICT && pack.reviews().isEmpty()) {
            return problems;
        }
        for (Question question : pack.questions()) {
            List<Integer> records = recordsOf.getOrDefault(question.id(), List.of());
            if (records.isEmpty()) {
                Site site = sources.question(question.id());
                problems.add(site.problem(
                        "'" + question.id() + "' has no review record: its writer adds one (question, "
                                + "writtenBy) to review/" + fileName(site.file()) + " and someone else reviews it",
                        strictness.ofQualityFinding()));
                continue;
            }
            if (records.stream().noneMatch(i -> pack.reviews().get(i).complete())) {
                int last = records.get(records.size() - 1);
                problems.add(
                        sources.review(last).problem(gap(pack.reviews().get(last)), strictness.ofQualityFinding()));
            }
        }
        return problems;
    }

    /** What an incomplete record lacks. */
    private static String gap(ReviewRecord record) {
        String q = "'" + record.question() + "'";
        if (record.reviewedBy() == null) {
            return q + " awaits review: the reviewer adds reviewedBy, reviewedOn and changes";
        }
        if (record.reviewedBy().equals(record.writtenBy())) {
            return q + " was reviewed by its own writer '" + record.writtenBy() + "'; someone else must review it";
        }
        if (record.reviewedOn() == null) {
            return q + " has no reviewedOn: the day of the review, YYYY-MM-DD";
        }
        return q + " has no changes: what the reviewer changed and why, or 'none'";
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
