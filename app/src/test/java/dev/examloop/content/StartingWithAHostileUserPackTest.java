package dev.examloop.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.examloop.support.Http;
import dev.examloop.support.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A user pack that is hostile (YAML nested 10,000 levels deep, a named pipe for a question file) does not stop
 * the server: it starts, lists the pack as broken with its problems, and serves the others.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StartingWithAHostileUserPackTest {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        Path data = TestDatabases.dataDirWithTestPacks();
        Path deep = data.resolve("packs/DEEP-01");
        Files.createDirectories(deep.resolve("questions"));
        Files.writeString(
                deep.resolve("pack.yaml"),
                Files.readString(data.resolve("packs/SHORT-01/pack.yaml")).replace("SHORT-01", "DEEP-01"));
        Files.writeString(
                deep.resolve("questions/deep.yaml"),
                "questions:\n  - " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        Path piped = data.resolve("packs/PIPE-01");
        Files.createDirectories(piped.resolve("questions"));
        Files.writeString(
                piped.resolve("pack.yaml"),
                Files.readString(data.resolve("packs/SHORT-01/pack.yaml")).replace("SHORT-01", "PIPE-01"));
        mkfifo(piped.resolve("questions/all.yaml"));
        registry.add("examloop.data-dir", data::toString);
        registry.add("examloop.db-url", () -> TestDatabases.sqliteUrl(data));
    }

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process process =
                new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("mkfifo failed for " + path);
        }
    }

    @Test
    void listsThePacksAsBrokenWithTheirProblemsAndServesTheOthers() {
        JsonNode packs = new Http(port).get("/api/packs").json();
        List<String> loaded = new ArrayList<>();
        packs.get("packs").forEach(p -> loaded.add(p.get("code").asText()));
        assertThat(loaded).contains("SHORT-01").doesNotContain("DEEP-01", "PIPE-01");
        List<String> problems = new ArrayList<>();
        packs.get("broken").forEach(b -> b.get("problems").forEach(p -> problems.add(p.asText())));
        assertThat(problems)
                .anySatisfy(p ->
                        assertThat(p).contains("DEEP-01/questions/deep.yaml:2").contains("nests deeper"))
                .anySatisfy(p ->
                        assertThat(p).contains("PIPE-01/questions/all.yaml").contains("not a regular file"));
    }
}
