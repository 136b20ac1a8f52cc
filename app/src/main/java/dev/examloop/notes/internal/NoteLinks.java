package dev.examloop.notes.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The links of a note: the pages of Examloop its rendered body links to, and those given as
 * {@code kind:id}; and the documentation pages (https) it cites.
 */
public final class NoteLinks {
    public static final Set<String> KINDS = Set.of("note", "card", "question", "resource");
    private static final Pattern LOCAL = Pattern.compile(
            "^/(notes|cards|resources)/([A-Za-z0-9-]{1,100})/?$|^/questions/([A-Z0-9][A-Z0-9-]{0,63})/([a-z0-9][a-z0-9-]{0,127})/?$");
    private static final Pattern GIVEN =
            Pattern.compile("(note|card|question|resource):([A-Za-z0-9][A-Za-z0-9/_.-]{0,199})");

    private NoteLinks() {}

    /** A link target. */
    public record Target(String kind, String id) {}

    /** The targets the rendered HTML links to, in order, each once. */
    public static List<Target> inHtml(String html) {
        Set<Target> targets = new LinkedHashSet<>();
        for (Element a : Jsoup.parseBodyFragment(html).select("a[href]")) {
            Matcher m = LOCAL.matcher(a.attr("href"));
            if (m.matches()) {
                targets.add(
                        m.group(1) != null
                                ? new Target(singular(m.group(1)), m.group(2))
                                : new Target("question", m.group(3) + "/" + m.group(4)));
            }
        }
        return List.copyOf(targets);
    }

    /** A {@code kind:id} given by the learner, or {@code null} when it is not one. */
    public static Target parse(String given) {
        Matcher m = GIVEN.matcher(given == null ? "" : given.strip());
        return m.matches() ? new Target(m.group(1), m.group(2)) : null;
    }

    /** The https links of the rendered HTML: the documentation the note cites. */
    public static List<String> documentation(String html) {
        List<String> links = new ArrayList<>();
        for (Element a : Jsoup.parseBodyFragment(html).select("a[href^=https://]")) {
            if (!links.contains(a.attr("href"))) {
                links.add(a.attr("href"));
            }
        }
        return links;
    }

    /** Where a target is shown. */
    public static String url(Target t) {
        return switch (t.kind()) {
            case "note" -> "/notes/" + t.id();
            case "card" -> "/cards/" + t.id();
            case "question" -> "/questions/" + t.id();
            default -> "/resources/" + t.id();
        };
    }

    private static String singular(String plural) {
        return plural.substring(0, plural.length() - 1);
    }
}
