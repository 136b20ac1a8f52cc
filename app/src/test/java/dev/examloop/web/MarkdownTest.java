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
                        "<img src=\"https://docs.aws.amazon.com/x.png\" alt=\"diagram\">");
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
