package dev.examloop.core.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StarterResourceReaderTest {
    static final String BLUEPRINT = """
            format: examloop-pack/1
            code: RES-01
            title: Resources
            vendor: Examloop
            version: "1"
            versionDate: 2026-11-29
            licence: CC-BY-4.0
            status: active
            exam: {durationMinutes: 10, questionCount: 1, scoredCount: 1, scale: {min: 100, max: 1000}, passingScore: 700, questionTypes: [single]}
            domains:
              - {id: "1", title: One, weight: 100, tasks: [{id: "1.1", title: Task}]}
            """;
    static final String QUESTIONS = """
            questions:
              - id: q-1
                type: single
                domain: "1"
                task: "1.1"
                tags: [storage]
                stem: Which?
                options:
                  - {id: a, text: This, why: Right.}
                  - {id: b, text: That, why: Wrong.}
                  - {id: c, text: Other, why: Wrong.}
                answer: [a]
                explanation: Because.
                references: [https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html]
                source: original
            """;

    static LintResult read(String resources) {
        return new PackReader()
                .read(
                        "inline",
                        List.of(
                                new PackFile("inline/pack.yaml", "pack.yaml", BLUEPRINT),
                                new PackFile("inline/questions/q.yaml", "questions/q.yaml", QUESTIONS),
                                new PackFile("inline/resources.yaml", "resources.yaml", resources)));
    }

    @Test
    void readsResourcesWithTheirSections() {
        LintResult result = read("""
                resources:
                  - type: course
                    title: A course
                    url: https://example.org/course
                    domains: ["1"]
                    sections:
                      - {title: Intro, minutes: 20}
                      - {title: Deep dive, minutes: 45, domain: "1"}
                """);
        assertThat(result.problems()).noneMatch(Problem::isError);
        StarterResource resource = result.pack().orElseThrow().resources().getFirst();
        assertThat(resource.type()).isEqualTo("course");
        assertThat(resource.sections())
                .extracting(StarterResource.Section::minutes)
                .containsExactly(20, 45);
    }

    @Test
    void reportsEveryProblemWithLineAndFieldAndKeepsThePackFromLoading() {
        LintResult result = read("""
                resources:
                  - type: podcast
                    title: A podcast
                    url: http://example.org/pod
                    domains: ["7"]
                    sections: []
                """);
        assertThat(result.pack()).isEmpty();
        assertThat(result.problems())
                .extracting(Problem::toString)
                .contains(
                        "inline/resources.yaml:2: resources[0].type: must be one of course, video-series, documentation-guide, "
                                + "whitepaper, faq, practice-tests, lab, not 'podcast'",
                        "inline/resources.yaml:5: resources[0].domains[0]: names domain '7', which the blueprint does not have",
                        "inline/resources.yaml:6: resources[0].sections: needs at least one section (title and minutes)");
        assertThat(result.problems()).anyMatch(p -> p.field().equals("resources[0].url"));
    }

    @Test
    void theBundledPacksShipOfficialStarterLists() {
        for (String code : List.of("MLS-C01", "MLA-C01")) {
            Pack pack = TestPacksOnDisk.bundled(code);
            assertThat(pack.resources()).as(code).hasSizeGreaterThanOrEqualTo(5);
            assertThat(pack.resources()).anyMatch(r -> r.title().startsWith("Exam guide"));
            assertThat(pack.resources())
                    .allMatch(r -> r.url().startsWith("https://docs.aws.amazon.com/")
                            || r.url().startsWith("https://aws.amazon.com/"));
        }
    }
}
