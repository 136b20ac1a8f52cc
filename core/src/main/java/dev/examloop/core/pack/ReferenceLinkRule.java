package dev.examloop.core.pack;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every link points to official documentation: each reference, and each inline Markdown link ({@code [text](url)}
 * or {@code <url>}) in a stem, option, explanation or scenario, is an absolute https URL whose host is one of the
 * pack's {@code referenceDomains} or below one. Without {@code referenceDomains} only the form is checked.
 * Images are not links and are left to the Markdown sanitiser.
 */
final class ReferenceLinkRule implements LintRule {
    /** {@code [text](url)} but not {@code ![alt](url)}; the URL ends at whitespace or the closing parenthesis. */
    private static final Pattern INLINE_LINK = Pattern.compile("(?<!!)\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?[^)]*\\)");

    private static final Pattern AUTOLINK = Pattern.compile("<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\\s]+)>");

    @Override
    public List<Problem> check(Pack pack, SourceMap sources, Strictness strictness) {
        List<String> domains = pack.blueprint().referenceDomains();
        List<Problem> problems = new ArrayList<>();
        for (Question question : pack.questions()) {
            for (int i = 0; i < question.references().size(); i++) {
                Site site = sources.questionField(question.id(), "references[" + i + "]");
                verdict(question.references().get(i), domains)
                        .ifPresent(why -> problems.add(site.problem(why, strictness.ofQualityFinding())));
            }
            checkInline(question.stem(), sources.questionField(question.id(), "stem"), domains, strictness, problems);
            checkInline(
                    question.explanation(),
                    sources.questionField(question.id(), "explanation"),
                    domains,
                    strictness,
                    problems);
            for (int i = 0; i < question.options().size(); i++) {
                Option option = question.options().get(i);
                Site site = sources.questionField(question.id(), "options[" + i + "]");
                checkInline(option.text() + "\n" + option.why(), site, domains, strictness, problems);
            }
        }
        for (Scenario scenario : pack.scenarios()) {
            checkInline(scenario.text(), sources.scenario(scenario.id()), domains, strictness, problems);
        }
        return problems;
    }

    private static void checkInline(
            String markdown, Site site, List<String> domains, Strictness strictness, List<Problem> problems) {
        for (String url : inlineLinks(markdown)) {
            verdict(url, domains)
                    .ifPresent(why -> problems.add(site.problem("link " + why, strictness.ofQualityFinding())));
        }
    }

    /** The URLs of the inline links and autolinks of a Markdown text, in order. */
    static List<String> inlineLinks(String markdown) {
        List<String> urls = new ArrayList<>();
        for (Pattern pattern : List.of(INLINE_LINK, AUTOLINK)) {
            Matcher m = pattern.matcher(markdown);
            while (m.find()) {
                urls.add(m.group(1));
            }
        }
        return urls;
    }

    /** What is wrong with {@code url}, or empty when it is an https URL on one of {@code domains}. */
    static Optional<String> verdict(String url, List<String> domains) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("'" + url + "' is not a well-formed URL: " + e.getReason());
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())
                || uri.getHost() == null
                || uri.getHost().isBlank()) {
            return Optional.of("'" + url + "' is not an absolute https:// URL with a host");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("'" + url + "' carries a user name; link to the page itself");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (!domains.isEmpty() && domains.stream().noneMatch(d -> host.equals(d) || host.endsWith("." + d))) {
            return Optional.of("'" + url + "' is on " + host + ", which is not official documentation for this pack "
                    + "(referenceDomains: " + String.join(", ", domains) + ")");
        }
        return Optional.empty();
    }
}
