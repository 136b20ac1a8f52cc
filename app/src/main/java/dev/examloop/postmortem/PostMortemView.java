package dev.examloop.postmortem;

import java.time.Instant;
import java.util.List;

/** The post-mortem of an attempt: the questions to write about, with what was written so far. */
public record PostMortemView(
        String attemptId, String pack, int total, int done, List<Item> items, List<Domain> domains) {

    /** A question to write about: why it is here (missed, flagged, guessed), the question, and the entry if any. */
    public record Item(
            int n,
            String questionId,
            List<String> why,
            String stem,
            List<String> yourAnswer,
            List<String> key,
            String domainId,
            String suggestedTopic,
            List<String> tags,
            List<String> references,
            Entry entry) {
        public boolean written() {
            return entry != null;
        }
    }

    /** A saved entry and the card it went to. */
    public record Entry(
            String explanation,
            String domainId,
            String topic,
            List<String> links,
            int confidence,
            String cardId,
            Instant updatedAt) {}

    public record Domain(String id, String title) {}
}
