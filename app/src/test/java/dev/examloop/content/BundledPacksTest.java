package dev.examloop.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.core.exam.DrawRequest;
import dev.examloop.core.exam.DrawnMock;
import dev.examloop.core.exam.MockDraw;
import dev.examloop.core.pack.BankSummary;
import dev.examloop.core.pack.Domain;
import dev.examloop.core.pack.LintResult;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.PackDirectory;
import dev.examloop.core.pack.PackReader;
import dev.examloop.core.pack.Problem;
import dev.examloop.core.pack.Question;
import dev.examloop.core.pack.Strictness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled question banks are complete and trustworthy (issue 6): they pass {@code pack lint --strict}, hold at
 * least 130 questions spread by the blueprint's weights over every task statement, and give a learner ten
 * successive full-length mocks that follow the weights, the first two without a repeated question.
 */
class BundledPacksTest {
    private static final int MIN_QUESTIONS = 130;
    private static final int MOCKS = 10;
    private static final double MOCK_TOLERANCE = 2;

    private static Path packFolder(String code) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("packs").resolve(code).resolve("pack.yaml"))) {
                return dir.resolve("packs").resolve(code);
            }
        }
        throw new IllegalStateException(
                "no packs/" + code + "/pack.yaml above " + Path.of("").toAbsolutePath());
    }

    private static LintResult lint(String code, Strictness strictness) {
        Path folder = packFolder(code);
        return new PackReader().read("packs/" + code, PackDirectory.files(folder, "packs/" + code), strictness);
    }

    /** The pack as the application loads it; any error here fails the test that asked for it. */
    private static Pack load(String code) {
        LintResult result = lint(code, Strictness.NORMAL);
        assertThat(result.errors()).as("errors that keep %s from loading", code).isEmpty();
        return result.pack().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"MLS-C01", "MLA-C01"})
    void passesLintUnderStrict(String code) {
        List<String> errors = lint(code, Strictness.STRICT).errors().stream()
                .map(Problem::toString)
                .toList();
        assertThat(errors)
                .as("pack lint --strict errors of %s (%d)", code, errors.size())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"MLS-C01", "MLA-C01"})
    void holdsAtLeast130Questions(String code) {
        assertThat(load(code).questions().size()).as("questions of %s", code).isGreaterThanOrEqualTo(MIN_QUESTIONS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"MLS-C01", "MLA-C01"})
    void spreadsItsQuestionsByTheBlueprintWeights(String code) {
        BankSummary summary = BankSummary.of(load(code));
        assertThat(summary.domains())
                .as("questions per domain of %s against weight × total ± tolerance", code)
                .allMatch(BankSummary.DomainShare::withinTolerance);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"MLS-C01", "MLA-C01"})
    void coversEveryTaskStatementWithAtLeastTwoQuestions(String code) {
        assertThat(BankSummary.of(load(code)).thinTasks())
                .as("task statements of %s with fewer than 2 questions", code)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"MLS-C01", "MLA-C01"})
    void drawsTenSuccessiveFullMocksByTheWeightsAndTheFirstTwoShareNoQuestion(String code) {
        Pack pack = load(code);
        int count = pack.blueprint().exam().questionCount();
        Map<String, Long> lastSeen = new HashMap<>();
        List<Set<String>> mocks = new ArrayList<>();
        Random random = new Random(6);
        for (int n = 1; n <= MOCKS; n++) {
            DrawnMock mock = MockDraw.draw(
                    new DrawRequest(pack.blueprint(), pack.questions(), count, Set.of(), lastSeen), random);
            List<String> ids = mock.questions().stream().map(Question::id).toList();
            assertThat(ids)
                    .as(
                            "mock %d of %s: a full-length mock (the bank holds %d questions)",
                            n, code, pack.questions().size())
                    .hasSize(count)
                    .doesNotHaveDuplicates();
            Map<String, Long> perDomain =
                    mock.questions().stream().collect(Collectors.groupingBy(Question::domain, Collectors.counting()));
            assertThat(pack.blueprint().domains()).as("domains of %s", code).isNotEmpty();
            for (Domain domain : pack.blueprint().domains()) {
                double target = count * domain.weight() / 100.0;
                assertThat((double) perDomain.getOrDefault(domain.id(), 0L))
                        .as(
                                "mock %d of %s: questions of domain %s (weight %d%%)",
                                n, code, domain.id(), domain.weight())
                        .isBetween(target - MOCK_TOLERANCE, target + MOCK_TOLERANCE);
            }
            mocks.add(Set.copyOf(ids));
            long seenAt = n;
            mock.questions().forEach(q -> lastSeen.put(q.id(), seenAt));
        }
        Set<String> repeated = new HashSet<>(mocks.get(0));
        repeated.retainAll(mocks.get(1));
        assertThat(repeated)
                .as("questions of %s in both the first and the second mock", code)
                .isEmpty();
    }
}
