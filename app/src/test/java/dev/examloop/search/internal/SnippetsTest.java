package dev.examloop.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {
    static String marks(String text) {
        return text.replace(SearchEngine.MARK_START, '[').replace(SearchEngine.MARK_END, ']');
    }

    @Test
    void marksOtherFormsOfTheWordsAndPrefixes() {
        assertThat(marks(Snippets.marked(
                        "Model Monitor monitors drift while monitoring SageMaker endpoints.",
                        QueryParser.parse("monitoring sagem*"))))
                .isEqualTo("Model [Monitor] [monitors] drift while [monitoring] [SageMaker] endpoints.");
    }

    @Test
    void cutsAroundTheDensestMatches() {
        String text =
                "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                        + "seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour batch transform runs "
                        + "offline inference over a whole dataset stored in amazon s3 and writes the results back";
        String snippet = marks(Snippets.snippet(text, QueryParser.parse("batch transform")));
        assertThat(snippet).startsWith("…").contains("[batch] [transform] runs offline");
        assertThat(snippet.split(" ").length).isLessThanOrEqualTo(Snippets.WORDS + 1);
    }

    @Test
    void keepsAShortTextWhole() {
        assertThat(marks(Snippets.snippet("Glue crawlers fill the catalog.", QueryParser.parse("crawler"))))
                .isEqualTo("Glue [crawlers] fill the catalog.");
    }
}
