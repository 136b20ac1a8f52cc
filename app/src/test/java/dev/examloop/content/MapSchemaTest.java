package dev.examloop.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** The starter maps of the bundled packs match {@code docs/schema/map.schema.json}, a draft 2020-12 schema. */
class MapSchemaTest {
    private static final Path ROOT = repositoryRoot();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theBundledStarterMapsMatchTheSchema() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(
                        ROOT.resolve("docs/schema/map.schema.json").toFile()));
        for (String pack : List.of("MLS-C01", "MLA-C01")) {
            Set<ValidationMessage> messages =
                    schema.validate(yaml(ROOT.resolve("packs").resolve(pack).resolve("map.yaml")));
            assertThat(messages).as(pack).isEmpty();
        }
    }

    @Test
    void rejectsANodeOfAnUnknownKind() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(
                        ROOT.resolve("docs/schema/map.schema.json").toFile()));
        JsonNode map = JSON.valueToTree(
                new Load(LoadSettings.builder().setSchema(new CoreSchema()).build())
                        .loadFromString("format: examloop-map/1\nnodes: [{id: s3, label: S3, kind: gadget}]\n"));
        assertThat(schema.validate(map))
                .extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("kind"));
    }

    @Test
    void isADraft2020_12Schema() throws IOException {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(JSON.readTree(
                        ROOT.resolve("docs/schema/map.schema.json").toFile())))
                .isEmpty();
    }

    private static JsonNode yaml(Path file) throws IOException {
        Load load = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build());
        return JSON.valueToTree(load.loadFromString(Files.readString(file)));
    }

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
