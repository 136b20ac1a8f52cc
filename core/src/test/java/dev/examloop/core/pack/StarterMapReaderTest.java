package dev.examloop.core.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.core.map.MapNode;
import dev.examloop.core.map.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

class StarterMapReaderTest {
    private static final String QUESTIONS = """
            questions:
              - id: q
                type: single
                domain: "1"
                task: "1.1"
                tags: [kinesis-data-streams]
                stem: Which service ingests streams?
                options:
                  - {id: a, text: Kinesis, why: Right.}
                  - {id: b, text: S3, why: Storage.}
                  - {id: c, text: EBS, why: Blocks.}
                answer: [a]
                explanation: Kinesis ingests streams.
                references: [https://docs.aws.amazon.com/kinesis/]
                source: original
            """;

    private static LintResult read(String mapYaml) {
        return new PackReader()
                .read(
                        "p",
                        List.of(
                                new PackFile("p/pack.yaml", "pack.yaml", TestPacksText.blueprint()),
                                new PackFile("p/questions/q.yaml", "questions/q.yaml", QUESTIONS),
                                new PackFile("p/map.yaml", "map.yaml", mapYaml)));
    }

    @Test
    void readsNodesWithTheirTagsAndTheRelationsBetweenThem() {
        LintResult result = read("""
                format: examloop-map/1
                nodes:
                  - {id: kinesis, label: Amazon Kinesis, kind: service, stage: ingestion, tags: [kinesis-data-streams]}
                  - {id: s3, label: Amazon S3, kind: service, stage: storage}
                relations:
                  - {from: kinesis, to: s3, relation: feeds data to}
                """);
        assertThat(result.problems()).noneMatch(dev.examloop.core.pack.Problem::isError);
        var map = result.pack().orElseThrow().starterMap();
        assertThat(map.nodes())
                .containsExactly(
                        new MapNode(
                                "kinesis", "Amazon Kinesis", "service", "ingestion", List.of("kinesis-data-streams")),
                        new MapNode("s3", "Amazon S3", "service", "storage", List.of()));
        assertThat(map.relations()).containsExactly(Relation.explicit("kinesis", "s3", "feeds data to"));
        assertThat(map.nodeOfTag())
                .containsEntry("kinesis-data-streams", "kinesis")
                .containsEntry("s3", "s3");
    }

    @Test
    void reportsEveryProblemWithLineAndField() {
        LintResult result = read("""
                format: examloop-map/1
                nodes:
                  - {id: kinesis, label: Kinesis, kind: service, tags: [streaming]}
                  - {id: kinesis, label: Again, kind: gadget, tags: [streaming]}
                relations:
                  - {from: kinesis, to: s4, relation: feeds}
                """);
        assertThat(result.pack()).isEmpty();
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactlyInAnyOrder(
                        "p/map.yaml:4: nodes[1].id: 'kinesis' is the id of an earlier node",
                        "p/map.yaml:4: nodes[1].kind: is 'gadget', it must be 'service' or 'concept'",
                        "p/map.yaml:4: nodes[1].tags[0]: 'streaming' already stands for another node; a tag stands for one node",
                        "p/map.yaml:6: relations[0].to: 's4' is not the id of a node of this map");
    }

    @Test
    void leavesTheMapEmptyWhenThePackHasNone() {
        LintResult result = new PackReader()
                .read(
                        "p",
                        List.of(
                                new PackFile("p/pack.yaml", "pack.yaml", TestPacksText.blueprint()),
                                new PackFile("p/questions/q.yaml", "questions/q.yaml", QUESTIONS)));
        assertThat(result.pack().orElseThrow().starterMap().isEmpty()).isTrue();
    }
}
