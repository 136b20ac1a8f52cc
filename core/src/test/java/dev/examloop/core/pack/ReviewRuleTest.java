package dev.examloop.core.pack;

import static dev.examloop.core.pack.Bank.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewRuleTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    private final ReviewRule rule = new ReviewRule();
    private final Question a = single("a", "1.1", "First?");
    private final Question b = single("b", "1.1", "Second?");

    private static Pack pack(List<Question> questions, ReviewRecord... reviews) {
        return new Pack(Bank.blueprint(), questions, List.of(), List.of(reviews));
    }

    private static ReviewRecord done(String question) {
        return new ReviewRecord(question, "writer", "reviewer", DAY, "none", null);
    }

    @Test
    void acceptsAPackWithoutReviewsUnlessStrict() {
        assertThat(Bank.check(rule, pack(List.of(a)), Strictness.NORMAL)).isEmpty();
    }

    @Test
    void asksUnderStrictForAReviewOfEveryQuestion() {
        assertThat(Bank.check(rule, pack(List.of(a, b), done("a")), Strictness.STRICT))
                .containsExactly(
                        "p: questions[b]: 'b' has no review record: its writer adds one (question, writtenBy) to review/p and "
                                + "someone else reviews it");
    }

    @Test
    void warnsAboutUnreviewedQuestionsOnceAPackRecordsReviews() {
        assertThat(Bank.check(rule, pack(List.of(a, b), done("a")), Strictness.NORMAL))
                .singleElement()
                .asString()
                .contains("warning: 'b' has no review record");
    }

    @Test
    void refusesAReviewByTheWriter() {
        ReviewRecord self = new ReviewRecord("a", "ana", "ana", DAY, "none", null);
        assertThat(Bank.check(rule, pack(List.of(a), self), Strictness.STRICT))
                .containsExactly(
                        "p: reviews[0]: 'a' was reviewed by its own writer 'ana'; someone else must review it");
    }

    @Test
    void saysWhatAnIncompleteRecordLacks() {
        assertThat(Bank.check(
                        rule,
                        pack(List.of(a), new ReviewRecord("a", "ana", null, null, null, null)),
                        Strictness.STRICT))
                .containsExactly(
                        "p: reviews[0]: 'a' awaits review: the reviewer adds reviewedBy, reviewedOn and changes");
        assertThat(Bank.check(
                        rule, pack(List.of(a), new ReviewRecord("a", "ana", "bo", DAY, null, null)), Strictness.STRICT))
                .containsExactly("p: reviews[0]: 'a' has no changes: what the reviewer changed and why, or 'none'");
    }

    @Test
    void countsAnyCompleteReviewWhenAQuestionHasSeveral() {
        ReviewRecord second = new ReviewRecord("a", "ana", null, null, null, null);
        assertThat(Bank.check(rule, pack(List.of(a), done("a"), second), Strictness.STRICT))
                .isEmpty();
    }
}
