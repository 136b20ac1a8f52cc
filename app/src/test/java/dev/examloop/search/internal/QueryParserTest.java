package dev.examloop.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryParserTest {
    @Test
    void readsWordsPhrasesPrefixesAndExclusions() {
        ParsedQuery q = QueryParser.parse("Batch \"model monitor\" sagem* -endpoints");
        assertThat(q.words())
                .containsExactly(new ParsedQuery.Word("batch", false), new ParsedQuery.Word("sagem", true));
        assertThat(q.phrases()).containsExactly(List.of("model", "monitor"));
        assertThat(q.excluded()).containsExactly("endpoints");
    }

    @Test
    void dropsStopWordsButNotInPhrases() {
        ParsedQuery q = QueryParser.parse("what is the \"state of the art\"");
        assertThat(q.words()).isEmpty();
        assertThat(q.phrases()).containsExactly(List.of("state", "of", "the", "art"));
    }

    @Test
    void keepsOnlyLettersAndDigitsSoNothingReachesTheQuerySyntax() {
        ParsedQuery q = QueryParser.parse("s3) OR \"x\" NEAR(a b) {title}: ^kinesis");
        assertThat(q.words())
                .extracting(ParsedQuery.Word::text)
                .containsExactly("s3", "x", "near", "b", "title", "kinesis");
        assertThat(Fts5Engine.words(q)).doesNotContain("{", "(a", "^");
    }

    @Test
    void isEmptyWhenOnlyStopWordsOrExclusionsRemain() {
        assertThat(QueryParser.parse("the of -kinesis").isEmpty()).isTrue();
        assertThat(QueryParser.parse("   ").isEmpty()).isTrue();
    }
}
