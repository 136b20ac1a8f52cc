package dev.examloop.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.examloop.core.pack.LintResult;
import dev.examloop.core.pack.PackFile;
import dev.examloop.core.pack.PackReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The JSON Schemas of the pack format ({@code docs/schema/}) accept every bundled pack file, and reject what
 * {@link PackReader} rejects in two small cases. YAML is read with the YAML 1.2 core schema, as editors do, so
 * an unquoted {@code 1} is a number and an unquoted {@code 1.1} a float.
 */
class PackSchemaTest {
    private static final Path ROOT = repositoryRoot();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema PACK_SCHEMA = schema("pack.schema.json");
    private static final JsonSchema QUESTIONS_SCHEMA = schema("questions.schema.json");
    private static final JsonSchema REVIEW_SCHEMA = schema("review.schema.json");
    private static final JsonSchema RESOURCES_SCHEMA = schema("resources.schema.json");

    /** Review records PackReader accepts with {@link #QUESTIONS_YAML}, with an unquoted date. */
    private static final String REVIEW_YAML = """
            reviews:
              - question: q-1
                writtenBy: ana
                reviewedBy: bo
                reviewedOn: 2026-11-29
                changes: none
                limitsChecked: false
            """;

    /** A small blueprint PackReader accepts, with ids and version written as unquoted numbers. */
    private static final String PACK_YAML = """
            format: examloop-pack/1
            code: INLINE-01
            title: An inline exam
            vendor: Examloop
            version: 2
            versionDate: 2026-11-29
            licence: CC-BY-4.0
            status: active
            exam:
              durationMinutes: 30
              questionCount: 10
              scoredCount: 8
              scale: {min: 100, max: 1000}
              passingScore: 700
              questionTypes: [single]
            domains:
              - id: 1
                title: Storage
                weight: 100
                tasks:
                  - {id: 1.1, title: Choose storage}
            """;

    /** A question file PackReader accepts with {@link #PACK_YAML}; {@code TYPE} is replaced by the cases. */
    private static final String QUESTIONS_YAML = """
            questions:
              - id: q-1
                type: TYPE
                domain: 1
                task: 1.1
                tags: [object-storage]
                stem: Where do you keep files?
                options:
                  - {id: a, text: A bucket, why: Right. Buckets hold objects.}
                  - {id: b, text: A queue, why: Queues hold messages.}
                  - {id: c, text: A function, why: Functions run code.}
                answer: [a]
                explanation: Object storage holds files.
                references: [https://docs.aws.amazon.com/s3/]
                source: original
            """;

    @Test
    void everyBundledPackFileMatchesItsSchema() throws IOException {
        Map<String, List<String>> problems = new TreeMap<>();
        List<Path> packs;
        try (Stream<Path> dirs = Files.list(ROOT.resolve("packs"))) {
            packs = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(packs).as("bundled packs under %s", ROOT.resolve("packs")).isNotEmpty();
        int questionFiles = 0;
        for (Path pack : packs) {
            Path blueprint = pack.resolve("pack.yaml");
            assertThat(blueprint).as("blueprint of %s", pack.getFileName()).isRegularFile();
            check(PACK_SCHEMA, blueprint, problems);
            List<Path> files;
            try (Stream<Path> entries = Files.list(pack.resolve("questions"))) {
                files = entries.filter(p ->
                                p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .sorted()
                        .toList();
            }
            assertThat(files).as("question files of %s", pack.getFileName()).isNotEmpty();
            for (Path file : files) {
                check(QUESTIONS_SCHEMA, file, problems);
                questionFiles++;
            }
            if (Files.isRegularFile(pack.resolve("resources.yaml"))) {
                check(RESOURCES_SCHEMA, pack.resolve("resources.yaml"), problems);
            }
            if (Files.isDirectory(pack.resolve("review"))) {
                try (Stream<Path> entries = Files.list(pack.resolve("review"))) {
                    for (Path file : entries.filter(p -> p.toString().endsWith(".yaml"))
                            .sorted()
                            .toList()) {
                        check(REVIEW_SCHEMA, file, problems);
                    }
                }
            }
        }
        assertThat(questionFiles).isPositive();
        assertThat(problems)
                .as("schema validation messages per bundled pack file")
                .isEmpty();
    }

    @Test
    void bothSchemasAreDraft2020_12Schemas() {
        // The meta-schema ships inside the validator's jar: no network access.
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String name :
                List.of("pack.schema.json", "questions.schema.json", "review.schema.json", "resources.schema.json")) {
            JsonNode schema = readJson(ROOT.resolve("docs/schema").resolve(name));
            assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(messages(meta.validate(schema))).as(name).isEmpty();
        }
    }

    @Test
    void theInlineBaselineIsAcceptedByTheSchemasAndByPackReader() {
        String questions = QUESTIONS_YAML.replace("TYPE", "single");
        assertThat(PACK_SCHEMA.validate(yaml(PACK_YAML))).isEmpty();
        assertThat(QUESTIONS_SCHEMA.validate(yaml(questions))).isEmpty();
        assertThat(lint(PACK_YAML, questions).errors()).isEmpty(); // a one-question bank has quality warnings only
    }

    @Test
    void reviewRecordsAreAcceptedByTheSchemaAndByPackReader() {
        assertThat(REVIEW_SCHEMA.validate(yaml(REVIEW_YAML))).isEmpty();
        assertThat(lint(PACK_YAML, QUESTIONS_YAML.replace("TYPE", "single"), REVIEW_YAML)
                        .errors())
                .isEmpty();
    }

    @Test
    void aReviewRecordWithAnUnknownFieldIsRejected() {
        String review = REVIEW_YAML + "    approved: true\n";
        assertThat(messages(REVIEW_SCHEMA.validate(yaml(review))))
                .anySatisfy(m -> assertThat(m).contains("'approved'").contains("not defined in the schema"));
        assertThat(lint(PACK_YAML, QUESTIONS_YAML.replace("TYPE", "single"), review)
                        .problems())
                .anySatisfy(p -> assertThat(p.field()).isEqualTo("reviews[0].approved"));
    }

    @Test
    void aBlueprintWithAnUnknownFieldIsRejected() {
        String blueprint = PACK_YAML + "colour: blue\n";
        assertThat(messages(PACK_SCHEMA.validate(yaml(blueprint))))
                .anySatisfy(m -> assertThat(m).contains("'colour'").contains("not defined in the schema"));
        assertThat(lint(blueprint, QUESTIONS_YAML.replace("TYPE", "single")).problems())
                .anySatisfy(p -> assertThat(p.field()).isEqualTo("colour"));
    }

    @Test
    void aQuestionOfAnUnknownTypeIsRejected() {
        String questions = QUESTIONS_YAML.replace("TYPE", "essay");
        assertThat(messages(QUESTIONS_SCHEMA.validate(yaml(questions))))
                .anySatisfy(m -> assertThat(m).startsWith("/questions/0/type: "));
        assertThat(lint(PACK_YAML, questions).problems())
                .anySatisfy(p -> assertThat(p.field()).isEqualTo("questions[0].type"));
    }

    private static void check(JsonSchema schema, Path file, Map<String, List<String>> problems) {
        List<String> found = messages(schema.validate(yaml(read(file))));
        if (!found.isEmpty()) {
            problems.put(ROOT.relativize(file).toString(), found);
        }
    }

    private static List<String> messages(Collection<ValidationMessage> messages) {
        List<String> texts = new ArrayList<>();
        messages.forEach(m -> texts.add(m.getMessage()));
        return texts;
    }

    private static LintResult lint(String blueprint, String questions) {
        return new PackReader()
                .read(
                        "inline",
                        List.of(
                                new PackFile("inline/pack.yaml", "pack.yaml", blueprint),
                                new PackFile("inline/questions/q.yaml", "questions/q.yaml", questions)));
    }

    private static LintResult lint(String blueprint, String questions, String review) {
        return new PackReader()
                .read(
                        "inline",
                        List.of(
                                new PackFile("inline/pack.yaml", "pack.yaml", blueprint),
                                new PackFile("inline/questions/q.yaml", "questions/q.yaml", questions),
                                new PackFile("inline/review/q.yaml", "review/q.yaml", review)));
    }

    /** YAML 1.2 (core schema) to JSON: mappings, sequences, strings, numbers, booleans and nulls. */
    private static JsonNode yaml(String text) {
        Load load = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build());
        return JSON.valueToTree(load.loadFromString(text));
    }

    private static JsonSchema schema(String name) {
        Path path = ROOT.resolve("docs/schema").resolve(name);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(path.toUri().toString()), readJson(path), config);
    }

    private static JsonNode readJson(Path path) {
        try {
            return JSON.readTree(read(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root: the nearest folder upwards from the working directory with packs/ and docs/schema/. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("packs")) && Files.isDirectory(dir.resolve("docs/schema"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "no folder with packs/ and docs/schema/ above " + Path.of("").toAbsolutePath());
    }
}
