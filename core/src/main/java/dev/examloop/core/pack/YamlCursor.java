package dev.examloop.core.pack;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A field of a YAML document being read, with its path and line, that reports what is wrong with it to a
 * shared list of problems instead of throwing. Absent values read as empty, so that one missing field does
 * not hide the problems of the others.
 */
final class YamlCursor {
    private final String file;
    private final String path;
    private final @Nullable Node node;
    private final int line;
    private final List<Problem> problems;

    private YamlCursor(String file, String path, @Nullable Node node, int line, List<Problem> problems) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.line = line;
        this.problems = problems;
    }

    static YamlCursor root(String file, Node node, List<Problem> problems) {
        return new YamlCursor(file, "", node, lineOf(node, 0), problems);
    }

    private static int lineOf(Node node, int fallback) {
        if (node == null) {
            return fallback;
        }
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(fallback);
    }

    String path() {
        return path;
    }

    int line() {
        return line;
    }

    /** Where this field is, for problems found after reading. */
    Site site() {
        return new Site(file, line, path);
    }

    boolean present() {
        return node != null && !(node instanceof ScalarNode s && s.getValue().isEmpty() && isNullTag(s));
    }

    private static boolean isNullTag(ScalarNode s) {
        return s.getTag().getValue().endsWith(":null") || s.getValue().isEmpty();
    }

    void problem(String message) {
        problems.add(new Problem(file, line, path, message));
    }

    private String childPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The entries of a mapping; reports a non-mapping, duplicate keys and keys outside {@code allowed}. */
    Map<String, YamlCursor> mapping(Set<String> allowed) {
        Map<String, YamlCursor> entries = new LinkedHashMap<>();
        if (!present()) {
            return entries;
        }
        if (!(node instanceof MappingNode mapping)) {
            problem("must be a mapping of fields (key: value)");
            return entries;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            int keyLine = lineOf(tuple.getKeyNode(), line);
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            String child = childPath(key);
            if (entries.containsKey(key)) {
                problems.add(new Problem(file, keyLine, child, "is given twice"));
                continue;
            }
            if (!allowed.contains(key)) {
                problems.add(new Problem(
                        file,
                        keyLine,
                        child,
                        "is not a field here (allowed: "
                                + String.join(", ", allowed.stream().sorted().toList()) + ")"));
                continue;
            }
            entries.put(
                    key,
                    new YamlCursor(file, child, tuple.getValueNode(), lineOf(tuple.getValueNode(), keyLine), problems));
        }
        return entries;
    }

    /** The field {@code key} of an already read mapping, or an absent cursor placed at this mapping's line. */
    YamlCursor field(Map<String, YamlCursor> entries, String key) {
        YamlCursor found = entries.get(key);
        return found != null ? found : new YamlCursor(file, childPath(key), null, line, problems);
    }

    /** The items of a sequence; reports a non-sequence. */
    List<YamlCursor> items() {
        List<YamlCursor> items = new ArrayList<>();
        if (!present()) {
            return items;
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem("must be a list");
            return items;
        }
        List<Node> values = sequence.getValue();
        for (int i = 0; i < values.size(); i++) {
            items.add(new YamlCursor(file, path + "[" + i + "]", values.get(i), lineOf(values.get(i), line), problems));
        }
        return items;
    }

    boolean isSequence() {
        return node instanceof SequenceNode;
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    /** The scalar text, or empty (and a problem) when the field is missing, blank or not a scalar. */
    Optional<String> requiredText() {
        if (!present()) {
            problem("is required");
            return Optional.empty();
        }
        return optionalText().filter(text -> {
            if (text.isBlank()) {
                problem("must not be blank");
                return false;
            }
            return true;
        });
    }

    Optional<String> optionalText() {
        if (!present()) {
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode scalar)) {
            problem("must be a single value, not a " + (node instanceof SequenceNode ? "list" : "mapping"));
            return Optional.empty();
        }
        return Optional.of(scalar.getValue());
    }

    Optional<String> requiredMatching(Pattern pattern, String description) {
        return requiredText().filter(text -> {
            if (!pattern.matcher(text).matches()) {
                problem("'" + text + "' is not " + description);
                return false;
            }
            return true;
        });
    }

    /** Like {@link #requiredMatching(Pattern, String)}, and at most {@code maxLength} characters long. */
    Optional<String> requiredMatching(Pattern pattern, String description, int maxLength) {
        return requiredMatching(pattern, description).filter(text -> {
            if (text.length() > maxLength) {
                problem("'" + text + "' is " + text.length() + " characters long, at most " + maxLength
                        + " are allowed");
                return false;
            }
            return true;
        });
    }

    Optional<String> requiredText(int maxLength) {
        return requiredText().filter(text -> {
            if (text.length() > maxLength) {
                problem("is " + text.length() + " characters long, at most " + maxLength + " are allowed");
                return false;
            }
            return true;
        });
    }

    Optional<Integer> requiredInt(int min, int max) {
        return requiredText().flatMap(text -> parseInt(text, min, max));
    }

    Optional<Integer> optionalInt(int min, int max) {
        return optionalText().flatMap(text -> parseInt(text, min, max));
    }

    private Optional<Integer> parseInt(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                problem("is " + value + ", it must be between " + min + " and " + max);
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            problem("'" + text + "' is not a whole number");
            return Optional.empty();
        }
    }

    /** {@code true} or {@code false}, or empty (and a problem) when the value is something else. */
    Optional<Boolean> optionalBoolean() {
        return optionalText().flatMap(text -> switch (text.trim()) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                problem("'" + text + "' is neither true nor false");
                yield Optional.empty();
            }
        });
    }

    Optional<LocalDate> requiredDate() {
        return requiredText().flatMap(this::parseDate);
    }

    Optional<LocalDate> optionalDate() {
        return optionalText().flatMap(this::parseDate);
    }

    private Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            problem("'" + text + "' is not a date of the form YYYY-MM-DD");
            return Optional.empty();
        }
    }

    Optional<String> requiredHttpsUrl() {
        return requiredText().filter(text -> {
            try {
                URI uri = new URI(text.trim());
                if (!"https".equals(uri.getScheme())
                        || uri.getHost() == null
                        || uri.getHost().isBlank()) {
                    problem("'" + text + "' is not an https:// URL with a host");
                    return false;
                }
                return true;
            } catch (URISyntaxException e) {
                problem("'" + text + "' is not a well-formed URL: " + e.getReason());
                return false;
            }
        });
    }
}
