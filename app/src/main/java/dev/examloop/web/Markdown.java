package dev.examloop.web;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Renders Markdown (CommonMark with tables) to HTML that is safe to put in a page: the rendered HTML goes
 * through jsoup's allow-list cleaner, so script, event handlers and {@code javascript:} links never reach
 * the browser, whoever wrote the pack.
 */
public final class Markdown {
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final Safelist SAFE = Safelist.relaxed()
            .addTags("hr", "del", "s")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addAttributes("code", "class")
            .addProtocols("img", "src", "https")
            .removeProtocols("img", "src", "http")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    private Markdown() {}

    /** Block Markdown as sanitised HTML. */
    public static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), SAFE);
    }

    /** Inline Markdown (an option's text) as sanitised HTML without the surrounding paragraph. */
    public static String inline(String markdown) {
        String html = html(markdown).trim();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }
}
