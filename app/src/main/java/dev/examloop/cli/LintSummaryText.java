package dev.examloop.cli;

import dev.examloop.core.pack.BankSummary;
import dev.examloop.core.pack.LengthRanks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The bank summary that {@code examloop pack lint} prints under each pack, a few lines of figures. */
final class LintSummaryText {
    private LintSummaryText() {}

    static List<String> lines(BankSummary s) {
        List<String> lines = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        for (BankSummary.DomainShare d : s.domains()) {
            domains.add(String.format(
                    Locale.ROOT,
                    "D%s %d/%.1f%s",
                    d.id(),
                    d.questions(),
                    d.expected(),
                    d.withinTolerance() ? "" : " (off)"));
        }
        lines.add(String.format(
                Locale.ROOT,
                "domains: %s (questions/blueprint share of %d, ±%.1f allowed)",
                String.join(", ", domains),
                s.questions(),
                s.domains().isEmpty() ? 0 : s.domains().get(0).tolerance()));
        List<String> thin = new ArrayList<>();
        s.thinTasks().forEach((task, n) -> thin.add(task + " (" + n + ")"));
        lines.add("tasks: " + s.tasksCovered() + " of " + s.questionsPerTask().size()
                + " covered by 2 or more questions" + (thin.isEmpty() ? "" : "; thin: " + String.join(", ", thin)));
        List<String> positions = new ArrayList<>();
        for (int i = 0; i < s.keyPositions().size(); i++) {
            positions.add(
                    String.valueOf((char) ('a' + i)) + " " + s.keyPositions().get(i));
        }
        lines.add(String.format(
                Locale.ROOT,
                "keys: single-answer keys by position %s; the key is the longest option " + "in %d of %d (%s)",
                String.join(", ", positions),
                s.keyLongest(),
                s.singleAnswer(),
                percent(s.keyLongest(), s.singleAnswer())));
        LengthRanks ranks = s.lengthRanks();
        if (ranks.singleAnswer() > 0) {
            lines.add(String.format(
                    Locale.ROOT,
                    "length ranks: single-answer keys by length rank (1 the longest) %s; chi-squared p = %.3f; the "
                            + "best blind length rule beats chance by %.1f points",
                    ranks.describe(),
                    ranks.pValue(),
                    ranks.bestRuleAdvantagePoints()));
        }
        if (ranks.multipleResponse() > 0) {
            lines.add(String.format(
                    Locale.ROOT,
                    "length ranks: multiple-response keyed options' mean rank %.2f, others %.2f, over %d questions; "
                            + "rank-sum p = %.3f",
                    ranks.keyedMeanRank(),
                    ranks.otherMeanRank(),
                    ranks.multipleResponse(),
                    ranks.multipleResponsePValue()));
        }
        lines.add(s.mostSimilar()
                .map(p -> String.format(
                        Locale.ROOT, "stems: most similar %s and %s, %.2f", p.first(), p.second(), p.similarity()))
                .orElse("stems: fewer than two questions"));
        lines.add("reviews: " + s.reviewed() + " of " + s.questions() + " questions reviewed by someone other than "
                + "their writer");
        return lines;
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }
}
