package dev.examloop.web;

/**
 * A link of the main navigation, contributed by the module that owns the page.
 *
 * @param order where it stands: entries are shown by ascending order (the modules leave gaps of ten)
 * @param label the text of the link
 * @param path the page it opens, an absolute path in Examloop ({@code /board})
 * @param hidden whether the link is in the page for tools and keyboard users only (not shown)
 */
public record NavigationEntry(int order, String label, String path, boolean hidden) {
    public NavigationEntry {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a navigation path starts with '/', was '" + path + "'");
        }
    }

    public NavigationEntry(int order, String label, String path) {
        this(order, label, path, false);
    }
}
