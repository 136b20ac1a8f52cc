package dev.examloop.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.examloop.core.pack.QuestionType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the corpora (src/test/resources/interchange/corpora, provenance in its PROVENANCE.md) with its
 * expected outcome: the format detected, how many questions come in, which are skipped (line and type), or the
 * refusal and its message; and the pack an import makes of it passes the pack linter.
 */
class CorporaTest {
    private final Interchange interchange = new Interchange();

    static Stream<Arguments> imports() {
        return Stream.of(
                Arguments.of(
                        "gift/moodle_questions.gift.txt",
                        Format.GIFT,
                        6,
                        List.of("2 essay", "31 numerical", "34 shortanswer")),
                Arguments.of("gift/moodle_questions_in_category.gift.txt", Format.GIFT, 3, List.of("22 shortanswer")),
                Arguments.of(
                        "gift/fuhrmanator_options1.gift",
                        Format.GIFT,
                        9,
                        List.of("6 numerical", "11 shortanswer", "24 shortanswer", "29 shortanswer", "44 shortanswer")),
                Arguments.of("gift/fuhrmanator_escapeAll.gift", Format.GIFT, 1, List.of()),
                Arguments.of("aiken/moodle_questions.aiken.txt", Format.AIKEN, 2, List.of()),
                Arguments.of("aiken/aikenadv_hebrew_english_sample.txt", Format.AIKEN, 3, List.of()),
                Arguments.of("aiken/qaseditor_aiken_1.txt", Format.AIKEN, 5, List.of()),
                Arguments.of("moodle-xml/multichoice.xml", Format.MOODLE_XML, 1, List.of()),
                Arguments.of("moodle-xml/truefalse.xml", Format.MOODLE_XML, 2, List.of()),
                Arguments.of(
                        "moodle-xml/sample_questions_with_old_image_tag.xml",
                        Format.MOODLE_XML,
                        1,
                        List.of("16 cloze")),
                Arguments.of(
                        "moodle-xml/nested_categories_with_questions.xml", Format.MOODLE_XML, 4, List.of("55 essay")),
                Arguments.of("moodle-xml/error_invalid_grades.xml", Format.MOODLE_XML, 1, List.of()),
                Arguments.of("moodle-xml/html_chars_in_idnumbers.xml", Format.MOODLE_XML, 1, List.of()),
                Arguments.of("moodle-xml/old_format_file.xml", Format.MOODLE_XML, 2, List.of()),
                Arguments.of("qti/qti21_choice.xml", Format.QTI, 1, List.of()),
                Arguments.of("qti/qti21_choice_multiple.xml", Format.QTI, 1, List.of()),
                Arguments.of("qti/qti21_order.xml", Format.QTI, 1, List.of()),
                Arguments.of("qti/qti21_match.xml", Format.QTI, 1, List.of()),
                Arguments.of("csv/moodle-qformat_csv_sample.csv", Format.CSV, 10, List.of()));
    }

    @ParameterizedTest(name = "{0}: {2} questions, skipped {3}")
    @MethodSource("imports")
    void importsTheFileIntoAPackThatPassesLint(String file, Format format, int questions, List<String> skipped) {
        ImportSource source = Fixtures.source("corpora/" + file);

        Bank bank = interchange.read(source, Optional.empty());

        assertThat(FormatDetection.detect(source)).isEqualTo(format);
        assertThat(bank.questions()).hasSize(questions);
        assertThat(bank.skipped()).extracting(s -> s.line() + " " + s.type()).containsExactlyElementsOf(skipped);
        Interchange.Plan plan =
                interchange.plan(bank, source.name(), ImportSettings.of("CORPUS", LocalDate.of(2026, 12, 7)), null);
        assertThat(plan.lint().errors()).isEmpty();
        assertThat(plan.lint().pack())
                .get()
                .satisfies(p -> assertThat(p.questions()).hasSize(questions));
    }

    static Stream<Arguments> everythingSkipped() {
        return Stream.of(
                Arguments.of("gift/fuhrmanator_numerical1.gift", 10, "numerical"),
                Arguments.of("moodle-xml/multianswer.xml", 1, "cloze"),
                Arguments.of("moodle-xml/broken_cloze_questions.xml", 5, "cloze"));
    }

    @ParameterizedTest(name = "{0}: all {1} skipped as {2}")
    @MethodSource("everythingSkipped")
    void skipsEveryQuestionOfAFileOfTypesExamloopDoesNotHave(String file, int skipped, String type) {
        Bank bank = interchange.read(Fixtures.source("corpora/" + file), Optional.empty());

        assertThat(bank.questions()).isEmpty();
        assertThat(bank.skipped())
                .hasSize(skipped)
                .allMatch(s -> s.type().equals(type) && !s.reason().isBlank());
    }

    @org.junit.jupiter.api.Test
    void refusesTheAikenFileWithErrorsAtItsFirstBadQuestion() {
        assertThatThrownBy(() ->
                        interchange.read(Fixtures.source("corpora/aiken/moodle_aiken_errors.txt"), Optional.empty()))
                .isInstanceOf(ImportRefusal.class)
                .hasMessage("moodle_aiken_errors.txt:1: a question needs at least two options, this one has 1");
    }

    @org.junit.jupiter.api.Test
    void readsAnkiNotesAsFlashcardsNotQuestions() {
        Bank bank = interchange.read(Fixtures.source("corpora/csv/qaseditor_anki_math.txt"), Optional.empty());

        assertThat(bank.format()).isEqualTo(Format.ANKI_TEXT);
        assertThat(bank.questions()).isEmpty();
        assertThat(bank.flashcards()).hasSize(91);
        assertThat(bank.flashcards().getFirst()).satisfies(c -> {
            assertThat(c.front()).isEqualTo("1 x 1 =");
            assertThat(c.back()).isEqualTo("1");
        });
        assertThat(bank.flashcards().getLast().front()).isEqualTo("Card front \\(\\sqrt{x}\\)");
    }

    @org.junit.jupiter.api.Test
    void keepsGiftFeedbackWeightsAndCategories() {
        Bank bank = interchange.read(Fixtures.source("corpora/gift/moodle_questions.gift.txt"), Optional.empty());

        ImportedQuestion colours = bank.questions().get(2);
        assertThat(colours.type()).isEqualTo(QuestionType.MULTIPLE);
        assertThat(colours.options()).extracting(o -> o.text()).containsExactly("yellow", "red", "off-beige", "blue");
        assertThat(colours.key()).containsExactly("a", "c");
        assertThat(colours.options().getFirst().why()).isEqualTo("right; good!");
        ImportedQuestion hitchhiker = bank.questions().get(3);
        assertThat(hitchhiker.stem()).isEqualTo("42 is the Absolute Answer to everything.");
        assertThat(hitchhiker.key()).containsExactly("b");
        assertThat(hitchhiker.explanation())
                .isEqualTo("This is, of course, a Hitchiker's Guide to the Galaxy reference.");
        ImportedQuestion matching = bank.questions().getFirst();
        assertThat(matching.type()).isEqualTo(QuestionType.MATCHING);
        assertThat(matching.targets()).extracting(t -> t.text()).contains("Chat");
        assertThat(interchange
                        .read(Fixtures.source("corpora/gift/moodle_questions_in_category.gift.txt"), Optional.empty())
                        .questions())
                .allMatch(q -> q.category().equals("Default for New Features"));
    }

    @org.junit.jupiter.api.Test
    void turnsMoodleEmbeddedImagesIntoDataUris() {
        Bank bank = interchange.read(Fixtures.source("corpora/moodle-xml/multichoice.xml"), Optional.empty());

        assertThat(bank.questions().getFirst().options().get(1).text())
                .contains("src=\"data:image/jpeg;base64,/9j/")
                .doesNotContain("@@PLUGINFILE@@");
    }

    @org.junit.jupiter.api.Test
    void readsQtiPairsAndOrder() {
        ImportedQuestion match = interchange
                .read(Fixtures.source("corpora/qti/qti21_match.xml"), Optional.empty())
                .questions()
                .getFirst();
        assertThat(match.targets())
                .extracting(t -> t.text())
                .containsExactly("Romeo and Juliet", "A Midsummer-Night's Dream", "The Tempest");
        assertThat(match.key()).containsExactly("a:t1", "b:t2", "c:t2", "d:t3");
        ImportedQuestion order = interchange
                .read(Fixtures.source("corpora/qti/qti21_order.xml"), Optional.empty())
                .questions()
                .getFirst();
        assertThat(order.key()).containsExactly("c", "a", "b");
        assertThat(order.options().get(2).text()).isEqualTo("Michael Schumacher");
    }
}
