package dev.examloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.common.Markdown;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every payload of the corpus (src/test/resources/xss/payloads.txt), rendered as a pack's Markdown and as a
 * learner's note, leaves no HTML that can run script: no script-capable elements, no event handlers, no
 * style, and no URL other than https, a page of Examloop or an anchor.
 */
class MarkdownXssTest {
    static final Set<String> FORBIDDEN_ELEMENTS = Set.of(
            "script",
            "iframe",
            "frame",
            "frameset",
            "object",
            "embed",
            "svg",
            "math",
            "style",
            "link",
            "meta",
            "base",
            "form",
            "input",
            "button",
            "textarea",
            "select",
            "template",
            "noscript",
            "video",
            "audio",
            "source",
            "details",
            "marquee",
            "body",
            "html",
            "head");
    static final Set<String> URL_ATTRIBUTES = Set.of(
            "href",
            "src",
            "action",
            "formaction",
            "xlink:href",
            "data",
            "background",
            "poster",
            "srcset",
            "cite",
            "longdesc");

    static List<String> payloads() throws IOException {
        try (InputStream in = MarkdownXssTest.class.getResourceAsStream("/xss/payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.replace("\\n", "\n").replace("\\x01", "\u0001"))
                    .toList();
        }
    }

    static Stream<Arguments> renderings() throws IOException {
        Function<String, String> pack = Markdown::html;
        Function<String, String> note = Markdown::note;
        return payloads().stream()
                .flatMap(p -> Stream.of(Arguments.of("pack", pack, p), Arguments.of("note", note, p)));
    }

    @Test
    void holdsAtLeastSixtyPayloads() throws IOException {
        assertThat(payloads()).hasSizeGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("renderings")
    void leavesNothingThatCanRunScript(String as, Function<String, String> render, String payload) {
        String html = render.apply(payload);
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            assertThat(FORBIDDEN_ELEMENTS)
                    .as("element <%s> in %s", e.tagName(), html)
                    .doesNotContain(e.normalName());
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                assertThat(name)
                        .as("attribute %s in %s", name, html)
                        .doesNotStartWith("on")
                        .isNotEqualTo("style")
                        .isNotEqualTo("srcdoc");
                if (URL_ATTRIBUTES.contains(name)) {
                    String url = a.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Cntrl}]", "");
                    assertThat(url.startsWith("https://")
                                    || url.matches("/[a-z][^:]*")
                                    || url.startsWith("#")
                                    || (as.equals("pack") && url.startsWith("http://"))
                                    || url.startsWith("mailto:"))
                            .as("%s=\"%s\" in %s", name, a.getValue(), html)
                            .isTrue();
                }
            }
        }
        // Words such as "javascript:" may remain as text; only markup can run.
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<svg", "<iframe");
    }
}
