package dev.examloop.search;

import java.util.List;

/** What the search page shows: the query with its filters, and the results. */
public record SearchPage(
        String q, String kind, String domain, String tag, SearchResults results, List<SearchIndex.TagCount> tags) {
    public static final List<String> KINDS = List.of("question", "note", "card", "postmortem", "resource");

    public static String kindLabel(String kind) {
        return switch (kind) {
            case "question" -> "Questions";
            case "note" -> "Notes";
            case "card" -> "Cards";
            case "postmortem" -> "Post-mortem";
            case "resource" -> "Resources";
            default -> kind;
        };
    }

    /** The address of this search with one filter changed. */
    public String with(String name, String value) {
        StringBuilder url = new StringBuilder("/search?q=").append(encode(q));
        String k = name.equals("kind") ? value : kind;
        String d = name.equals("domain") ? value : domain;
        String t = name.equals("tag") ? value : tag;
        if (k != null && !k.isEmpty()) {
            url.append("&kind=").append(encode(k));
        }
        if (d != null && !d.isEmpty()) {
            url.append("&domain=").append(encode(d));
        }
        if (t != null && !t.isEmpty()) {
            url.append("&tag=").append(encode(t));
        }
        return url.toString();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
