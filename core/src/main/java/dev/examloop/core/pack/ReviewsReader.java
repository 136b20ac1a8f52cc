package dev.examloop.core.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the review records of a pack ({@code review/*.yaml}): who wrote each question, who checked it, when, and
 * what they changed. A pack without a {@code review/} folder has no records and is still valid; whether every
 * question has been reviewed is a quality check ({@link ReviewRule}), not a reading error.
 */
final class ReviewsReader {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> FILE_FIELDS = Set.of("reviews");
    private static final Set<String> RECORD_FIELDS =
            Set.of("question", "writtenBy", "reviewedBy", "reviewedOn", "changes", "limitsChecked");

    private final List<Problem> problems;
    private final SourceMap sources;

    ReviewsReader(List<Problem> problems, SourceMap sources) {
        this.problems = problems;
        this.sources = sources;
    }

    /** The records of {@code files}, in file and list order; a record naming no question of the pack is an error. */
    List<ReviewRecord> read(List<PackFile> files, Set<String> questionIds) {
        List<ReviewRecord> records = new ArrayList<>();
        List<PackFile> sorted = files.stream()
                .filter(f ->
                        f.relativePath().endsWith(".yaml") || f.relativePath().endsWith(".yml"))
                .sorted(Comparator.comparing(PackFile::relativePath))
                .toList();
        for (PackFile file : sorted) {
            PackReader.compose(file, problems).ifPresent(root -> {
                YamlCursor cursor = YamlCursor.root(file.name(), root, problems);
                Map<String, YamlCursor> f = cursor.mapping(FILE_FIELDS);
                if (!cursor.isMapping()) {
                    return;
                }
                YamlCursor list = cursor.field(f, "reviews");
                if (!list.present()) {
                    list.problem("is required: the list of review records of this file");
                }
                for (YamlCursor item : list.items()) {
                    readRecord(item, questionIds).ifPresent(record -> {
                        sources.putReview(records.size(), item.site());
                        records.add(record);
                    });
                }
            });
        }
        return records;
    }

    private Optional<ReviewRecord> readRecord(YamlCursor item, Set<String> questionIds) {
        int before = problems.size();
        Map<String, YamlCursor> f = item.mapping(RECORD_FIELDS);
        if (!item.isMapping()) {
            return Optional.empty(); // reported by mapping()
        }
        YamlCursor questionField = item.field(f, "question");
        Optional<String> question =
                questionField.requiredMatching(ID, "a question id of lower-case letters, digits and '-'");
        question.filter(q -> !questionIds.contains(q))
                .ifPresent(q -> questionField.problem("names question '" + q + "', which the pack does not have"));
        Optional<String> writtenBy = item.field(f, "writtenBy").requiredText();
        Optional<String> reviewedBy = nonBlank(item.field(f, "reviewedBy"));
        var reviewedOn = item.field(f, "reviewedOn").optionalDate();
        Optional<String> changes = nonBlank(item.field(f, "changes"));
        Optional<Boolean> limitsChecked = item.field(f, "limitsChecked").optionalBoolean();
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ReviewRecord(
                question.get(),
                writtenBy.get(),
                reviewedBy.orElse(null),
                reviewedOn.orElse(null),
                changes.orElse(null),
                limitsChecked.orElse(null)));
    }

    /** An optional text that, when given, must not be blank. */
    private static Optional<String> nonBlank(YamlCursor field) {
        return field.optionalText().filter(text -> {
            if (text.isBlank()) {
                field.problem("must not be blank; leave the field out until it is filled in");
                return false;
            }
            return true;
        });
    }
}
