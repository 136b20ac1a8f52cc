package dev.examloop.search;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One document of the search index, as the module that owns it describes it.
 *
 * @param accountId whose document it is, or {@link #SHARED} for pack content every account sees
 * @param kind what it is: {@code question}, {@code note}, {@code card}, {@code postmortem}, {@code resource}
 * @param refId its id within its kind (a question's is {@code PACK/ID})
 * @param body plain text (Markdown is indexed as the text it renders to)
 * @param domainId the exam domain it belongs to, or {@code null}
 * @param tags sub-concept tags, shared with cards, questions and notes
 * @param links the documentation pages it points to (https URLs): "where is this documented?"
 * @param url where the application shows it
 */
public record SearchDocument(
        String accountId,
        String kind,
        String refId,
        String title,
        String body,
        String domainId,
        List<String> tags,
        List<String> links,
        String url) {
    public static final String SHARED = "*";
    private static final Pattern KIND = Pattern.compile("[a-z][a-z-]{0,15}");

    public SearchDocument {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(refId, "refId");
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("kind '" + kind + "' must be 1 to 16 lower-case letters or '-'");
        }
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        tags = tags == null
                ? List.of()
                : tags.stream()
                        .filter(t -> t != null && !t.isBlank())
                        .distinct()
                        .toList();
        links = links == null
                ? List.of()
                : links.stream()
                        .filter(l -> l != null && !l.isBlank())
                        .distinct()
                        .toList();
        url = url == null ? "" : url;
    }
}
