package dev.examloop.core.interchange;

import dev.examloop.core.pack.Option;
import dev.examloop.core.pack.Question;
import dev.examloop.core.pack.QuestionType;

/** A question as an Anki note: the stem and its options on the front, the key and the explanations on the back. */
public final class AnkiNotes {
    private AnkiNotes() {}

    public static String front(Question q) {
        StringBuilder front = new StringBuilder(q.stem().strip());
        for (Option o : q.options()) {
            front.append("\n").append(o.id()).append(". ").append(o.text().strip());
        }
        if (q.type() == QuestionType.MATCHING) {
            q.targets()
                    .forEach(t -> front.append("\n")
                            .append(t.id())
                            .append(": ")
                            .append(t.text().strip()));
        }
        return front.toString();
    }

    public static String back(Question q) {
        StringBuilder back = new StringBuilder("Answer: " + String.join(", ", q.key()));
        for (Option o : q.options()) {
            if (o.why() != null && !o.why().isBlank()) {
                back.append("\n").append(o.id()).append(": ").append(o.why().strip());
            }
        }
        if (!q.explanation().isBlank()) {
            back.append("\n\n").append(q.explanation().strip());
        }
        return back.toString();
    }

    /** A field of the plain-text notes file: quoted as CSV when it holds a tab, a quote or a line break. */
    static String field(String value) {
        if (value.indexOf('\t') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
