package dev.examloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.common.Markdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {
    @Test
    void rendersCodeBlocksTablesAndImages() {
        String html = Markdown.html("""
                Text with `code`.

                ```python
                print("hi")
                ```

                | a | b |
                |---|---|
                | 1 | 2 |

                ![diagram](https://docs.aws.amazon.com/x.png)
                """);
        assertThat(html)
                .contains(
                        "<code>code</code>",
                        "<pre><code class=\"language-python\">",
                        "<table>",
                        "<td>1</td>",
                        "<a href=\"https://docs.aws.amazon.com/x.png\"");
        assertThat(html).doesNotContain("<img");
    }

    @Test
    void turnsAnImageOnAnotherHostIntoALinkThatLoadsNothingUntilClicked() {
        String pack = Markdown.html("See ![the diagram](https://tracker.example/q17.png) first.");
        assertThat(pack)
                .doesNotContain("<img")
                .contains(
                        "<a href=\"https://tracker.example/q17.png\"",
                        "class=\"remote-image\"",
                        "Image: the diagram (on tracker.example; opens only when you click)");
        String note = Markdown.note(
                "![shot](/images/0d6f3c2a-1b2c-4d5e-8f90-123456789abc) ![far](https://tracker.example/n.png)");
        assertThat(note)
                .contains("<img src=\"/images/0d6f3c2a-1b2c-4d5e-8f90-123456789abc\"")
                .contains("<a href=\"https://tracker.example/n.png\"")
                .doesNotContain("<img src=\"https://");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "[click](javascript:alert(1))",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<svg onload=alert(1)>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "![x](http://insecure.example/a.png)"
            })
    void neverLetsScriptThrough(String payload) {
        String html = Markdown.html(payload).toLowerCase();
        assertThat(html)
                .doesNotContain(
                        "<script", "onerror", "onload", "javascript:", "<iframe", "<svg", "style=", "http://insecure");
    }

    @Test
    void rendersOptionTextInline() {
        assertThat(Markdown.inline("Use **Amazon S3**")).isEqualTo("Use <strong>Amazon S3</strong>");
    }
}
