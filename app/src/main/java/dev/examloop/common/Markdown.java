package dev.examloop.common;

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
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final Safelist SAFE = Safelist.relaxed()
            .addTags("hr", "del", "s")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addAttributes("code", "class")
            .addProtocols("img", "src", "https")
            .removeProtocols("img", "src", "http")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    /** For the learner's notes: the same allow-list, keeping links within Examloop ({@code /cards/…}) too. */
    private static final Safelist NOTE_SAFE = Safelist.relaxed()
            .addTags("hr", "del", "s")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addAttributes("code", "class")
            .addProtocols("img", "src", "https")
            .removeProtocols("img", "src", "http")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
            .preserveRelativeLinks(true);

    private static final java.util.regex.Pattern LOCAL_IMAGE = java.util.regex.Pattern.compile("/images/[0-9a-f-]{36}");
    private static final java.util.regex.Pattern LOCAL_LINK = java.util.regex.Pattern.compile("/[a-z][^\\s]*");

    private Markdown() {}

    /**
     * A note's Markdown as sanitised HTML. Beyond {@link #html}, links to pages of Examloop ({@code /cards/…},
     * {@code /notes/…}) are kept, and images may be the learner's own uploads ({@code /images/ID}); any other
     * relative or non-https image is dropped.
     */
    public static String note(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        org.jsoup.nodes.Document dirty =
                Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown)), "https://examloop.invalid/");
        org.jsoup.nodes.Document clean = new org.jsoup.safety.Cleaner(NOTE_SAFE).clean(dirty);
        for (org.jsoup.nodes.Element img : clean.select("img")) {
            String src = img.attr("src");
            if (!(src.startsWith("https://") || LOCAL_IMAGE.matcher(src).matches())) {
                img.remove();
            }
        }
        remoteImagesAsLinks(clean);
        for (org.jsoup.nodes.Element a : clean.select("a[href]")) {
            String href = a.attr("href");
            if (!(href.startsWith("https://")
                    || href.startsWith("http://")
                    || href.startsWith("mailto:")
                    || LOCAL_LINK.matcher(href).matches()
                    || href.startsWith("#"))) {
                a.removeAttr("href");
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** Block Markdown as sanitised HTML; an image on another host is a link to it, never loaded by the page. */
    public static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        org.jsoup.nodes.Document dirty = Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown)), "");
        org.jsoup.nodes.Document clean = new org.jsoup.safety.Cleaner(SAFE).clean(dirty);
        remoteImagesAsLinks(clean);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /**
     * Replaces each image on another host by a link that opens it: a page never loads anything from elsewhere by
     * itself (whoever serves the image would learn when the question or the note was shown, in an exam too), and
     * the Content-Security-Policy would refuse it anyway (decision 0063). The learner sees it after a click.
     */
    private static void remoteImagesAsLinks(org.jsoup.nodes.Document document) {
        for (org.jsoup.nodes.Element img : document.select("img[src^=https://]")) {
            String src = img.attr("src");
            String host;
            try {
                host = java.net.URI.create(src).getHost();
            } catch (IllegalArgumentException e) {
                img.remove();
                continue;
            }
            String alt = img.attr("alt").isBlank() ? "an image" : img.attr("alt");
            org.jsoup.nodes.Element link = new org.jsoup.nodes.Element("a")
                    .attr("href", src)
                    .attr("rel", "noopener noreferrer nofollow")
                    .attr("target", "_blank")
                    .addClass("remote-image")
                    .text("Image: " + alt + " (on " + host + "; opens only when you click)");
            img.replaceWith(link);
        }
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
