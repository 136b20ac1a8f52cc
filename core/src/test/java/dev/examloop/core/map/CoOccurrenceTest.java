package dev.examloop.core.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Co-occurrence on a fixed data set: six documents' tags, three of which stand for the same node. */
class CoOccurrenceTest {
    static final List<Set<String>> DOCUMENTS = List.of(
            Set.of("kinesis-data-streams", "s3-data-lake"),
            Set.of("kinesis-data-firehose", "s3-data-lake", "parquet"),
            Set.of("kinesis-data-streams", "kinesis-data-firehose", "s3-data-lake"),
            Set.of("s3-data-lake", "glue-etl"),
            Set.of("glue-etl", "s3-data-lake", "parquet"),
            Set.of("model-monitor"));

    static final Map<String, String> NODES = Map.of(
            "kinesis-data-streams",
            "kinesis",
            "kinesis-data-firehose",
            "kinesis",
            "s3-data-lake",
            "s3",
            "glue-etl",
            "glue",
            "parquet",
            "parquet",
            "model-monitor",
            "model-monitor");

    @Test
    void countsEachDocumentOnceForAPairOfNodesEvenWhenSeveralOfItsTagsStandForOneNode() {
        List<Relation> relations = CoOccurrence.relations(DOCUMENTS, NODES::get, 1);
        assertThat(relations)
                .containsExactly(
                        new Relation("kinesis", "s3", CoOccurrence.RELATION, 3, true),
                        new Relation("glue", "s3", CoOccurrence.RELATION, 2, true),
                        new Relation("parquet", "s3", CoOccurrence.RELATION, 2, true),
                        new Relation("glue", "parquet", CoOccurrence.RELATION, 1, true),
                        new Relation("kinesis", "parquet", CoOccurrence.RELATION, 1, true));
    }

    @Test
    void dropsPairsBelowTheThreshold() {
        assertThat(CoOccurrence.relations(DOCUMENTS, NODES::get, 2))
                .extracting(r -> r.source() + "-" + r.target())
                .containsExactly("kinesis-s3", "glue-s3", "parquet-s3");
    }

    @Test
    void leavesOutTagsThatStandForNoNode() {
        assertThat(CoOccurrence.relations(DOCUMENTS, tag -> tag.startsWith("kinesis") ? "kinesis" : null, 1))
                .isEmpty();
    }

    @Test
    void refusesAThresholdBelowOne() {
        assertThatThrownBy(() -> CoOccurrence.relations(DOCUMENTS, NODES::get, 0))
                .hasMessageContaining("threshold must be at least 1, was 0");
    }
}
