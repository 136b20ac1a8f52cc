package dev.examloop.core.interchange;

import java.util.ArrayList;
import java.util.List;

/** Moodle category paths: {@code $course$/Top/Sub} read as {@code Top/Sub}. */
final class Categories {
    private Categories() {}

    static String clean(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.strip().split("/", -1)) {
            String p = part.strip();
            if (p.isEmpty() || (p.startsWith("$") && p.endsWith("$")) || (parts.isEmpty() && p.equals("top"))) {
                continue;
            }
            parts.add(p);
        }
        return String.join("/", parts);
    }

    /** A domain title as a category path under the course ({@code $course$/Title}); '/' in a title is kept as ' - '. */
    static String forExport(String title) {
        return "$course$/" + title.replace("/", " - ");
    }
}
