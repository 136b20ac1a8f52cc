package dev.examloop.postmortem.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.examloop.common.JsonLists;
import dev.examloop.exam.ResultView;
import dev.examloop.postmortem.ExternalAttemptForm;
import dev.examloop.postmortem.ExternalAttemptView;
import dev.examloop.postmortem.PostMortemView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Post-mortems as the pages and the API show them, and the JSON their rows keep lists in. */
public final class PostMortemViews {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PostMortemViews() {}

    /**
     * The post-mortem of a submitted attempt: its missed, unanswered, flagged or guessed questions, each with the
     * entry written so far (by question number).
     */
    public static PostMortemView of(
            String attemptId, ResultView result, Map<Integer, PostMortemStore.EntryRow> entries) {
        List<PostMortemView.Item> items = new ArrayList<>();
        for (ResultView.ReviewItem q : result.questions()) {
            List<String> why = new ArrayList<>();
            if (!q.correct()) {
                why.add(q.answered() ? "missed" : "unanswered");
            }
            if (q.flagged()) {
                why.add("flagged");
            }
            if (q.guessed()) {
                why.add("guessed");
            }
            if (why.isEmpty()) {
                continue;
            }
            PostMortemStore.EntryRow row = entries.get(q.n());
            PostMortemView.Entry entry = row == null
                    ? null
                    : new PostMortemView.Entry(
                            row.explanation(),
                            row.domainId(),
                            row.topic(),
                            JsonLists.read(row.links()),
                            row.confidence(),
                            row.cardId(),
                            Instant.ofEpochMilli(row.updatedAt()));
            items.add(new PostMortemView.Item(
                    q.n(),
                    q.questionId(),
                    why,
                    q.stem(),
                    q.selected(),
                    q.feedback().key(),
                    q.domainId(),
                    q.tags().isEmpty() ? null : q.tags().get(0),
                    q.tags(),
                    q.feedback().references(),
                    entry));
        }
        List<PostMortemView.Domain> domains = result.domains().stream()
                .map(d -> new PostMortemView.Domain(d.id(), d.title()))
                .toList();
        int done = (int) items.stream().filter(PostMortemView.Item::written).count();
        return new PostMortemView(attemptId, result.pack(), items.size(), done, items, domains);
    }

    /** A mock logged from elsewhere, with the cards its missed topics went to. */
    public static ExternalAttemptView external(PostMortemStore.ExternalRow r, List<String> cardIds) {
        return new ExternalAttemptView(
                r.id(), r.pack(), r.source(), r.takenOn(), r.scorePercent(), readDomains(r.domains()), cardIds);
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ExternalAttemptForm.DomainScore> readDomains(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<ExternalAttemptForm.DomainScore>>() {});
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
