package dev.examloop.core.exam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.core.pack.Blueprint;
import dev.examloop.core.pack.Domain;
import dev.examloop.core.pack.ExamSpec;
import dev.examloop.core.pack.Option;
import dev.examloop.core.pack.PackStatus;
import dev.examloop.core.pack.Question;
import dev.examloop.core.pack.QuestionType;
import dev.examloop.core.pack.TaskStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MockDrawTest {
    private static final Blueprint MLS_LIKE =
            blueprint(domain("1", 20), domain("2", 24), domain("3", 36), domain("4", 20));

    private static Blueprint blueprint(Domain... domains) {
        return new Blueprint(
                "X-01",
                "X",
                "V",
                "1",
                LocalDate.of(2026, 1, 1),
                "CC-BY-4.0",
                PackStatus.ACTIVE,
                null,
                null,
                null,
                new ExamSpec(180, 65, 50, 100, 1000, 750, Set.of(QuestionType.SINGLE)),
                List.of(domains));
    }

    private static Domain domain(String id, int weight) {
        return new Domain(id, "Domain " + id, weight, List.of(new TaskStatement(id + ".1", "Task")));
    }

    private static Question question(String id, String domain, String scenario) {
        return new Question(
                id,
                QuestionType.SINGLE,
                domain,
                domain + ".1",
                List.of("tag"),
                null,
                scenario,
                "Stem",
                null,
                List.of(new Option("a", "A", "A"), new Option("b", "B", "B"), new Option("c", "C", "C")),
                List.of(),
                List.of("a"),
                "E",
                List.of("https://docs.aws.amazon.com/"),
                "original",
                "CC-BY-4.0");
    }

    private static List<Question> bank(int perDomain) {
        List<Question> bank = new ArrayList<>();
        for (String domain : List.of("1", "2", "3", "4")) {
            IntStream.range(0, perDomain).forEach(i -> bank.add(question("q" + domain + "-" + i, domain, null)));
        }
        return bank;
    }

    private static Map<String, Long> perDomain(DrawnMock mock) {
        return mock.questions().stream().collect(Collectors.groupingBy(Question::domain, Collectors.counting()));
    }

    @Test
    void splitsAFullMockByTheLargestRemainder() {
        assertThat(MockDraw.quotas(MLS_LIKE.domains(), 65))
                .containsExactly(Map.entry("1", 13), Map.entry("2", 16), Map.entry("3", 23), Map.entry("4", 13));
    }

    @Test
    void drawsAFullMockToTheDomainWeights() {
        DrawnMock mock = MockDraw.draw(new DrawRequest(MLS_LIKE, bank(40), 65, Set.of(), Map.of()), new Random(1));
        assertThat(mock.questions()).hasSize(65).doesNotHaveDuplicates();
        assertThat(perDomain(mock))
                .containsOnly(Map.entry("1", 13L), Map.entry("2", 16L), Map.entry("3", 23L), Map.entry("4", 13L));
        assertThat(mock.wholeBank()).isFalse();
        assertThat(mock.notes()).isEmpty();
    }

    @Test
    void isTheSameForTheSameSeed() {
        DrawRequest request = new DrawRequest(MLS_LIKE, bank(40), 65, Set.of(), Map.of());
        assertThat(MockDraw.draw(request, new Random(7)).questions())
                .isEqualTo(MockDraw.draw(request, new Random(7)).questions());
    }

    @Test
    void prefersQuestionsNotSeenRecently() {
        List<Question> bank = bank(50); // enough for two mocks without a repeat in any domain
        DrawnMock first = MockDraw.draw(new DrawRequest(MLS_LIKE, bank, 65, Set.of(), Map.of()), new Random(3));
        Map<String, Long> seen = first.questions().stream().collect(Collectors.toMap(Question::id, q -> 1L));
        DrawnMock second = MockDraw.draw(new DrawRequest(MLS_LIKE, bank, 65, Set.of(), seen), new Random(4));
        Set<String> overlap =
                new HashSet<>(first.questions().stream().map(Question::id).toList());
        overlap.retainAll(second.questions().stream().map(Question::id).toList());
        assertThat(overlap).isEmpty();
    }

    @Test
    void repeatsTheLongestUnseenFirstWhenTheBankRunsOut() {
        List<Question> bank = bank(20); // 80 questions: a second mock of 65 must repeat some
        Map<String, Long> seen =
                bank.stream().collect(Collectors.toMap(Question::id, q -> q.id().endsWith("-0") ? 1L : 100L));
        DrawnMock mock = MockDraw.draw(new DrawRequest(MLS_LIKE, bank, 65, Set.of(), seen), new Random(5));
        assertThat(mock.questions()).extracting(Question::id).contains("q1-0", "q2-0", "q3-0", "q4-0");
    }

    @Test
    void takesTheWholeBankWhenItIsSmallerThanAMockAndSaysSo() {
        DrawnMock mock = MockDraw.draw(new DrawRequest(MLS_LIKE, bank(5), 65, Set.of(), Map.of()), new Random(1));
        assertThat(mock.questions()).hasSize(20).doesNotHaveDuplicates();
        assertThat(mock.wholeBank()).isTrue();
        assertThat(mock.notes())
                .containsExactly(
                        "The bank has 20 questions for this selection, fewer than the 65 asked for: this mock takes all of them.");
    }

    @Test
    void movesTheShortfallOfAThinDomainToTheOthers() {
        List<Question> bank = new ArrayList<>(bank(30));
        bank.removeIf(q -> q.domain().equals("3") && !q.id().matches("q3-[0-9]"));
        DrawnMock mock = MockDraw.draw(new DrawRequest(MLS_LIKE, bank, 65, Set.of(), Map.of()), new Random(2));
        assertThat(mock.questions()).hasSize(65);
        assertThat(perDomain(mock)).containsEntry("3", 10L);
        assertThat(mock.notes()).contains("Domain 3 (Domain 3) has 10 questions instead of 23: the bank has too few.");
    }

    @Test
    void drawsADrillFromTheChosenDomainsOnly() {
        DrawnMock mock =
                MockDraw.draw(new DrawRequest(MLS_LIKE, bank(40), 10, Set.of("2", "4"), Map.of()), new Random(1));
        assertThat(mock.questions()).hasSize(10).allMatch(q -> Set.of("2", "4").contains(q.domain()));
        assertThat(perDomain(mock)).containsOnly(Map.entry("2", 5L), Map.entry("4", 5L));
    }

    @Test
    void keepsACaseStudySetTogether() {
        List<Question> bank = new ArrayList<>(bank(40));
        List<Question> set =
                List.of(question("cs-1", "3", "cs"), question("cs-2", "3", "cs"), question("cs-3", "3", "cs"));
        bank.addAll(set);
        for (int seed = 0; seed < 30; seed++) {
            DrawnMock mock = MockDraw.draw(new DrawRequest(MLS_LIKE, bank, 65, Set.of(), Map.of()), new Random(seed));
            List<String> ids = mock.questions().stream().map(Question::id).toList();
            int at = ids.indexOf("cs-1");
            if (at >= 0) {
                assertThat(ids.subList(at, at + 3)).containsExactly("cs-1", "cs-2", "cs-3");
            } else {
                assertThat(ids).doesNotContain("cs-2", "cs-3");
            }
            assertThat(mock.questions()).hasSize(65);
        }
        Map<String, Question> byId = bank.stream().collect(Collectors.toMap(Question::id, Function.identity()));
        assertThat(byId).containsKey("cs-2");
    }

    @Test
    void spreadsAShortfallOverTheDomainsFurthestBelowTarget() {
        Blueprint blueprint = blueprint(domain("1", 40), domain("2", 40), domain("3", 20));
        List<Question> bank = new ArrayList<>();
        for (String d : List.of("1", "2")) {
            IntStream.range(0, 20).forEach(i -> bank.add(question("q" + d + "-" + i, d, null)));
        }
        DrawnMock mock = MockDraw.draw(new DrawRequest(blueprint, bank, 10, Set.of(), Map.of()), new Random(1));
        assertThat(perDomain(mock)).containsOnly(Map.entry("1", 5L), Map.entry("2", 5L));
    }

    @Test
    void countsEachQuestionOfACaseStudySetInItsOwnDomain() {
        List<Question> bank = new ArrayList<>(bank(40));
        bank.addAll(List.of(question("cs-1", "3", "cs"), question("cs-2", "1", "cs"), question("cs-3", "4", "cs")));
        for (int seed = 0; seed < 20; seed++) {
            DrawnMock mock = MockDraw.draw(new DrawRequest(MLS_LIKE, bank, 65, Set.of(), Map.of()), new Random(seed));
            assertThat(perDomain(mock))
                    .as("seed %d", seed)
                    .containsOnly(Map.entry("1", 13L), Map.entry("2", 16L), Map.entry("3", 23L), Map.entry("4", 13L));
            assertThat(mock.notes()).isEmpty();
        }
    }

    @Test
    void drawsTwoDisjointFullMocksWhenEachDomainHoldsTwiceItsQuota() {
        Map<String, Integer> quotas = MockDraw.quotas(MLS_LIKE.domains(), 65);
        List<Question> bank = new ArrayList<>();
        quotas.forEach((domain, quota) ->
                IntStream.range(0, 2 * quota).forEach(i -> bank.add(question("q" + domain + "-" + i, domain, null))));
        bank.addAll(List.of(question("cs-1", "3", "cs"), question("cs-2", "1", "cs"), question("cs-3", "4", "cs")));
        Map<String, Long> seen = new java.util.HashMap<>();
        List<Set<String>> mocks = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            DrawnMock mock = MockDraw.draw(new DrawRequest(MLS_LIKE, bank, 65, Set.of(), seen), new Random(n));
            assertThat(mock.questions()).hasSize(65).doesNotHaveDuplicates();
            Map<String, Long> counts = perDomain(mock);
            quotas.forEach((domain, quota) -> assertThat(counts.get(domain)).isBetween(quota - 2L, quota + 2L));
            mocks.add(mock.questions().stream().map(Question::id).collect(Collectors.toSet()));
            long at = n;
            mock.questions().forEach(q -> seen.put(q.id(), at));
        }
        Set<String> overlap = new HashSet<>(mocks.get(0));
        overlap.retainAll(mocks.get(1));
        assertThat(overlap).isEmpty();
    }
}
