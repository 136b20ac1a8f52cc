package dev.examloop.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The Markdown renderer takes any text and gives HTML with nothing that runs: no script, frame, object or style
 * element, no event attribute, no link or image to a scheme other than http(s) and mailto. bench/fuzz.sh fuzzes
 * it; in the suite the seeds under {@code MarkdownFuzzTestInputs} (with the XSS corpus's kinds) run as
 * regression tests.
 */
class MarkdownFuzzTest {
    private static final Set<String> RUNNABLE =
            Set.of("script", "iframe", "frame", "object", "embed", "style", "link", "meta", "base", "form", "svg");

    @FuzzTest(maxDuration = "1h")
    void rendersAnyTextToHtmlWithNothingThatRuns(FuzzedDataProvider data) {
        String markdown = data.consumeRemainingAsString();
        for (String html : new String[] {Markdown.html(markdown), Markdown.inline(markdown), Markdown.note(markdown)}) {
            for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
                assertThat(RUNNABLE).as(html).doesNotContain(element.normalName());
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey().toLowerCase(java.util.Locale.ROOT))
                            .as(html)
                            .doesNotStartWith("on");
                    if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
                        String value = attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT);
                        assertThat(value.matches("[a-z][a-z0-9+.-]*:.*") && !value.matches("(https?|mailto):.*"))
                                .as(html)
                                .isFalse();
                    }
                }
            }
        }
    }
}
