package dev.examloop.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.core.pack.Domain;
import dev.examloop.core.pack.LintResult;
import dev.examloop.core.pack.Option;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.PackDirectory;
import dev.examloop.core.pack.PackReader;
import dev.examloop.core.pack.Question;
import dev.examloop.core.pack.QuestionType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Export, import: the bundled MLA-C01 pack written in each format and read back keeps every question the format
 * can carry with its stem, options, key, the explanations the format has room for, and its tags and category; and a
 * second round (import, export, import) gives the same questions again.
 */
class RoundTripTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private final Interchange interchange = new Interchange();

    /** What each format carries besides stem, options and key. */
    private record Carries(
            boolean why,
            boolean matchingWhy,
            boolean explanation,
            boolean tags,
            boolean category,
            boolean lineBreaks) {}

    private static final Map<Format, Carries> CARRIES = Map.of(
            Format.GIFT, new Carries(true, false, true, true, true, true),
            Format.AIKEN, new Carries(false, false, false, false, false, false),
            Format.MOODLE_XML, new Carries(true, false, true, true, true, true),
            Format.QTI, new Carries(true, false, true, true, true, true),
            Format.CSV, new Carries(true, true, true, true, true, true),
            Format.EXAM_SIMULATOR, new Carries(false, false, true, true, true, true));

    static Pack mlaC01() {
        Path folder = Path.of("..", "packs", "MLA-C01");
        if (!Files.isDirectory(folder)) {
            folder = Path.of("packs", "MLA-C01");
        }
        LintResult result = new PackReader().read("MLA-C01", PackDirectory.files(folder, "packs/MLA-C01"));
        return result.pack().orElseThrow(() -> new AssertionError(result.problems()));
    }

    @ParameterizedTest
    @EnumSource(
            value = Format.class,
            names = {"GIFT", "AIKEN", "MOODLE_XML", "QTI", "CSV", "EXAM_SIMULATOR"})
    void keepsTheQuestionsOfMlaC01ThatTheFormatCanCarry(Format format) throws IOException {
        Pack original = mlaC01();
        ExportResult export = export(original, format);
        Pack reimported = importPack(export.bytes(), format, "MLA-C01" + format.extension());

        List<Question> carried = original.questions().stream()
                .filter(q ->
                        export.leftOut().stream().noneMatch(l -> l.questionId().equals(q.id())))
                .toList();
        assertThat(carried).isNotEmpty();
        assertThat(reimported.questions()).hasSameSizeAs(carried);
        assertSameQuestions(carried, original, reimported, CARRIES.get(format));
        if (format == Format.AIKEN) {
            assertThat(export.leftOut())
                    .isNotEmpty()
                    .allMatch(
                            l -> original.question(l.questionId()).orElseThrow().type() != QuestionType.SINGLE);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Format.class,
            names = {"GIFT", "AIKEN", "MOODLE_XML", "QTI", "CSV", "EXAM_SIMULATOR"})
    void givesTheSameQuestionsAfterImportExportImport(Format format) throws IOException {
        Pack first = importPack(export(mlaC01(), format).bytes(), format, "first" + format.extension());
        ExportResult again = export(first, format);
        Pack second = importPack(again.bytes(), format, "second" + format.extension());

        assertThat(again.leftOut()).isEmpty();
        assertThat(second.questions()).hasSameSizeAs(first.questions());
        assertSameQuestions(first.questions(), first, second, CARRIES.get(format));
    }

    record ExportResult(byte[] bytes, List<QuestionFormat.LeftOut> leftOut) {}

    private ExportResult export(Pack pack, Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<QuestionFormat.LeftOut> leftOut =
                interchange.format(format).orElseThrow().write(pack, out);
        return new ExportResult(out.toByteArray(), leftOut);
    }

    private Pack importPack(byte[] bytes, Format format, String name) {
        ImportSource source = ImportSource.of(name, bytes);
        assertThat(FormatDetection.detect(source)).isEqualTo(format);
        Bank bank = interchange.read(source, Optional.empty());
        assertThat(bank.skipped()).isEmpty();
        Interchange.Plan plan = interchange.plan(bank, name, ImportSettings.of("ROUND", TODAY), null);
        assertThat(plan.lint().errors()).isEmpty();
        return plan.lint().pack().orElseThrow();
    }

    private static void assertSameQuestions(List<Question> expected, Pack expectedPack, Pack actual, Carries carries) {
        // An empty list would compare nothing and pass.
        assertThat(expected).as("questions to compare").isNotEmpty();
        Map<String, Question> byStem = actual.questions().stream()
                .collect(Collectors.toMap(q -> stem(q.stem(), carries), Function.identity(), (a, b) -> a));
        for (Question want : expected) {
            Question got = byStem.get(stem(want.stem(), carries));
            assertThat(got).as("question %s by its stem", want.id()).isNotNull();
            assertThat(got.type()).as(want.id()).isEqualTo(want.type());
            assertThat(optionTexts(got)).as(want.id()).isEqualTo(optionTexts(want));
            assertThat(keyTexts(got)).as(want.id()).isEqualTo(keyTexts(want));
            if (carries.why() && (want.type() != QuestionType.MATCHING || carries.matchingWhy())) {
                assertThat(whys(got)).as(want.id()).isEqualTo(whys(want));
            }
            if (carries.explanation()) {
                assertThat(got.explanation().strip())
                        .as(want.id())
                        .isEqualTo(want.explanation().strip());
            }
            if (carries.tags()) {
                assertThat(got.tags()).as(want.id()).containsExactlyInAnyOrderElementsOf(want.tags());
            }
            if (carries.category()) {
                assertThat(domainTitle(actual, got))
                        .as(want.id())
                        .isEqualTo(domainTitle(expectedPack, want).replace("/", " - "));
            }
        }
    }

    private static String domainTitle(Pack pack, Question q) {
        return pack.blueprint().domain(q.domain()).map(Domain::title).orElseThrow();
    }

    private static String stem(String stem, Carries carries) {
        return carries.lineBreaks()
                ? stem.strip()
                : String.join(" ", stem.strip().split("\\s+"));
    }

    /** Options by text, in their listed order; ordering steps as a set (a reader may list them otherwise). */
    private static List<String> optionTexts(Question q) {
        List<String> texts =
                new ArrayList<>(q.options().stream().map(o -> o.text().strip()).toList());
        if (q.type() == QuestionType.ORDERING || q.type() == QuestionType.MATCHING) {
            texts.sort(String::compareTo);
        }
        return texts;
    }

    private static List<String> keyTexts(Question q) {
        List<String> texts = new ArrayList<>();
        for (String k : q.key()) {
            if (q.type() == QuestionType.MATCHING) {
                String[] pair = k.split(":");
                texts.add(q.option(pair[0]).orElseThrow().text().strip() + " -> "
                        + q.target(pair[1]).orElseThrow().text().strip());
            } else {
                texts.add(q.option(k).orElseThrow().text().strip());
            }
        }
        if (q.type() == QuestionType.MATCHING) {
            texts.sort(String::compareTo);
        }
        return texts;
    }

    private static Set<String> whys(Question q) {
        return q.options().stream()
                .map(Option::why)
                .map(w -> w == null ? "" : w.strip())
                .collect(Collectors.toSet());
    }
}
