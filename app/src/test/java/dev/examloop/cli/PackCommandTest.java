package dev.examloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.examloop.support.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ExamloopCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args)
                .exitCode();
    }

    private static Path repositoryPacks() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("packs"))
                ? here.resolve("packs")
                : here.getParent().resolve("packs");
    }

    @Test
    void lintsTheBundledPacksCleanly() {
        assertThat(run("pack", "lint", repositoryPacks().toString()))
                .as(out.toString())
                .isZero();
        assertThat(out.toString()).contains("MLS-C01 is fine", "MLA-C01 is fine");
    }

    @Test
    void reportsEveryProblemWithFileLineAndFieldAndExitsNonZero(@TempDir Path dir) throws Exception {
        Path pack = dir.resolve("BROKEN");
        Files.createDirectories(pack.resolve("questions"));
        Files.copy(TestDatabases.testPacks().resolve("SHORT-01/pack.yaml"), pack.resolve("pack.yaml"));
        Files.writeString(pack.resolve("questions/q.yaml"), """
                questions:
                  - id: q-1
                    type: single
                    domain: "1"
                    task: "2.1"
                    tags: [x]
                    stem: Which?
                    options:
                      - {id: a, text: A, why: A.}
                      - {id: b, text: B, why: B.}
                      - {id: c, text: C, why: C.}
                    answer: [d]
                    explanation: E.
                    references: [ftp://example.com]
                    source: original
                """);
        assertThat(run("pack", "lint", pack.toString())).isEqualTo(1);
        assertThat(out.toString())
                .contains(
                        pack
                                + "/questions/q.yaml:5: questions[0].task: '2.1' is not a task statement of domain 1 (1.1)",
                        pack
                                + "/questions/q.yaml:12: questions[0].answer: names option 'd', which the question does not have (options: a, b, c)",
                        pack
                                + "/questions/q.yaml:14: questions[0].references[0]: 'ftp://example.com' is not an https:// URL with a host",
                        "3 problems in " + pack + " — the pack will not be loaded until they are fixed");
    }

    @Test
    void printsASummaryOfEachBankUnderItsVerdict() {
        assertThat(run(
                        "pack",
                        "lint",
                        TestDatabases.testPacks().resolve("SHORT-01").toString()))
                .isZero();
        assertThat(out.toString())
                .contains(
                        "SHORT-01 is fine",
                        "  domains: D1 ",
                        "  tasks: ",
                        "  keys: ",
                        "  stems: most similar ",
                        "  reviews: 0 of 6 questions reviewed");
    }

    @Test
    void refusesUnderStrictAPackThatOnlyHasWarningsOtherwise(@TempDir Path dir) throws Exception {
        Path pack = dir.resolve("SHORT-01");
        Files.createDirectories(pack.resolve("questions"));
        Files.copy(TestDatabases.testPacks().resolve("SHORT-01/pack.yaml"), pack.resolve("pack.yaml"));
        Files.copy(
                TestDatabases.testPacks().resolve("SHORT-01/questions/all.yaml"), pack.resolve("questions/all.yaml"));
        assertThat(run("pack", "lint", pack.toString())).isZero();
        assertThat(run("pack", "lint", "--strict", pack.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("has no review record", "problems in " + pack);
    }

    @Test
    void saysClearlyWhenThePathHoldsNoPack(@TempDir Path dir) {
        assertThat(run("pack", "lint", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is not a folder");
        assertThat(run("pack", "lint", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("holds no pack.yaml");
    }

    @Test
    void listsPacksAsJsonWithQuestionCountsPerDomain(@TempDir Path data) throws Exception {
        assertThat(run("pack", "list", "--json", "--data", data.toString())).isZero();
        JsonNode packs = new ObjectMapper().readTree(out.toString());
        JsonNode mls = null;
        for (JsonNode p : packs) {
            if ("MLS-C01".equals(p.path("code").asText())) {
                mls = p;
            }
        }
        assertThat(mls).isNotNull();
        assertThat(mls.get("status").asText()).isEqualTo("retired");
        assertThat(mls.get("domains")).hasSize(4);
        long sum = 0;
        for (JsonNode d : mls.get("domains")) {
            assertThat(d.get("questions").asLong()).isPositive();
            sum += d.get("questions").asLong();
        }
        assertThat(sum).isEqualTo(mls.get("questionCount").asLong());
    }

    @Test
    void listsPacksOfTheDataFolderToo() {
        Path data = TestDatabases.dataDirWithTestPacks();
        assertThat(run("pack", "list", "--data", data.toString())).isZero();
        assertThat(out.toString()).contains("SHORT-01", "MLS-C01", "retired", "MLA-C01");
    }

    @Test
    void refusesAnUnknownDatabaseUrlForServe(@TempDir Path data) {
        assertThat(run("serve", "--data", data.toString(), "--db", "jdbc:mysql://localhost/x"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("is not a database Examloop knows");
    }
}
