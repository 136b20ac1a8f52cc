package dev.examloop.core.pack;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The limits a pack file's YAML must keep, so that a hostile or broken pack is reported as broken instead of
 * stopping the server: nesting depth (the composer recurses once per level: 10,000 levels overflowed the stack),
 * the length of one value, the size of the file, and how much text aliases may add (an alias repeats its anchor's
 * whole content: a 2.8 MB value aliased 40 times made a 112 MB pack). snakeyaml-engine limits the code points of
 * a file and the aliases of collections itself; the other limits are counted here, on the parser's events, before
 * the composer builds anything.
 */
final class YamlLimits {
    /** Far above any pack's structure (a question is four levels down, an option's text six). */
    static final int MAX_DEPTH = 50;

    /** A question file of 260 long questions is about 400 KB. */
    static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

    /** A stem, explanation or scenario text is a few thousand characters at most. */
    static final int MAX_VALUE_LENGTH = 100_000;

    /** What aliases may add to a file, counted as the text of the anchors they repeat. */
    static final long MAX_ALIAS_EXPANSION = 1_000_000;

    static final int MAX_ALIASES_FOR_COLLECTIONS = 50;

    private YamlLimits() {}

    static LoadSettings settings(String label) {
        return LoadSettings.builder()
                .setLabel(label)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setMaxAliasesForCollections(MAX_ALIASES_FOR_COLLECTIONS)
                .setAllowRecursiveKeys(false)
                .setAllowDuplicateKeys(true) // the reader reports a duplicate key itself, with its line
                .build();
    }

    /** A parser of {@code text} that stops with {@link Exceeded} when the text passes a limit. */
    static Parser parser(LoadSettings settings, String text) {
        return new Guarded(new ParserImpl(settings, new StreamReader(settings, text)));
    }

    /** A limit was passed at {@code line} (from 1; 0 when unknown). */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;

        Exceeded(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /** Counts depth, value lengths and alias expansion on the events the composer takes. */
    private static final class Guarded implements Parser {
        private final Parser parser;
        private final Map<String, Long> anchorSizes = new HashMap<>();
        /** For each open collection: its anchor (or null) and the text read inside it so far. */
        private final Deque<long[]> openSizes = new ArrayDeque<>();

        private final Deque<String> openAnchors = new ArrayDeque<>();
        private long expansion;

        Guarded(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event event = parser.next();
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    if (openSizes.size() >= MAX_DEPTH) {
                        throw new Exceeded(
                                line(event),
                                "nests deeper than " + MAX_DEPTH + " levels; a pack needs a handful: "
                                        + "check the indentation or the brackets");
                    }
                    openSizes.push(new long[] {0});
                    openAnchors.push(anchor(event));
                }
                case SequenceEnd, MappingEnd -> {
                    long size = openSizes.pop()[0];
                    String anchor = openAnchors.pop();
                    if (!anchor.isEmpty()) {
                        anchorSizes.put(anchor, size);
                    }
                    add(size);
                }
                case Scalar -> {
                    String value = ((ScalarEvent) event).getValue();
                    if (value.length() > MAX_VALUE_LENGTH) {
                        throw new Exceeded(
                                line(event),
                                "has a value of " + value.length() + " characters; the limit is " + MAX_VALUE_LENGTH);
                    }
                    String anchor = anchor(event);
                    if (!anchor.isEmpty()) {
                        anchorSizes.put(anchor, (long) value.length());
                    }
                    add(value.length());
                }
                case Alias -> {
                    String alias = ((AliasEvent) event).getAlias().getValue();
                    long size = anchorSizes.getOrDefault(alias, 0L);
                    expansion += size;
                    if (expansion > MAX_ALIAS_EXPANSION) {
                        throw new Exceeded(
                                line(event),
                                "repeats so much text through aliases (*" + alias + ") that it would hold more than "
                                        + MAX_ALIAS_EXPANSION + " characters more than it is long; write the text "
                                        + "out where it is needed, or shorten it");
                    }
                    add(size);
                }
                default -> {}
            }
            return event;
        }

        private void add(long size) {
            if (!openSizes.isEmpty()) {
                openSizes.peek()[0] += size;
            }
        }

        private static String anchor(Event event) {
            return event instanceof NodeEvent node
                    ? node.getAnchor().map(a -> a.getValue()).orElse("")
                    : "";
        }

        private static int line(Event event) {
            return event.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0);
        }
    }
}
