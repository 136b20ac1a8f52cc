package dev.examloop.review.internal;

import dev.examloop.common.Ids;
import dev.examloop.common.JsonLists;
import dev.examloop.core.fsrs.Scheduler;
import dev.examloop.review.CardView;
import dev.examloop.review.Mistake;
import dev.examloop.review.Workflow;
import dev.examloop.search.DocumentChanged;
import dev.examloop.search.SearchDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes cards as whole units, within the caller's transaction: made or merged from a mistake, zoned again, and told
 * to the search index in the same transaction (so the index never drifts from the cards).
 */
@Component
public class CardWriter {
    private final CardStore store;
    private final OutcomeStore outcomes;
    private final ApplicationEventPublisher events;

    public CardWriter(CardStore store, OutcomeStore outcomes, ApplicationEventPublisher events) {
        this.store = store;
        this.outcomes = outcomes;
        this.events = events;
    }

    /**
     * The card of this kind and topic with what the mistake adds (its domain, tags, links, note and confidence), made
     * at the first mistake with this title.
     */
    public CardRow upsert(
            String account, CardKind kind, String topic, String title, Mistake m, String questionId, long now) {
        var existing = store.findByTopic(account, kind, topic);
        if (existing.isPresent()) {
            CardRow row = existing.get();
            store.lock(account, row.id());
            CardRow merged = row.withMistake(
                    row.packCode() == null ? m.packCode() : row.packCode(),
                    row.questionId() == null ? questionId : row.questionId(),
                    m.domainId() == null ? row.domainId() : m.domainId(),
                    m.domainTitle() == null ? row.domainTitle() : m.domainTitle(),
                    JsonLists.write(union(JsonLists.read(row.tags()), m.tags())),
                    JsonLists.write(union(JsonLists.read(row.links()), m.links())),
                    m.explanation() == null ? row.note() : m.explanation(),
                    m.confidence(),
                    now);
            store.update(merged);
            indexed(merged);
            return merged;
        }
        CardChecks.confidence(m.confidence());
        CardRow row = CardRow.made(
                Ids.newId(),
                account,
                store.nextNumber(account),
                new CardRow.Draft(
                        kind,
                        topic,
                        m.packCode(),
                        questionId,
                        title.length() > CardChecks.MAX_TITLE ? title.substring(0, CardChecks.MAX_TITLE) : title,
                        m.domainId(),
                        m.domainTitle(),
                        JsonLists.write(m.tags() == null ? List.of() : m.tags()),
                        JsonLists.write(m.links() == null ? List.of() : m.links()),
                        m.explanation(),
                        m.confidence(),
                        Workflow.TO_STUDY),
                now);
        store.insert(row);
        indexed(row);
        return row;
    }

    /** Applies the zone rule to the card as it now stands and stores the zone with its reason. */
    public CardRow rezone(CardRow row, Scheduler scheduler, long now) {
        List<Boolean> outcomes = this.outcomes.outcomes(row.accountId(), row.id()).stream()
                .map(CardView.Outcome::correct)
                .toList();
        store.update(CardRules.zoned(row, outcomes, scheduler, now));
        return store.find(row.accountId(), row.id()).orElseThrow();
    }

    /** Tells the search index what the card now says (a topic card is found by its topic too). */
    public void indexed(CardRow row) {
        List<String> tags = new ArrayList<>(JsonLists.read(row.tags()));
        if (row.kind() == CardKind.TOPIC && !tags.contains(row.topic())) {
            tags.add(row.topic());
        }
        String body = String.join(
                "\n",
                Stream.of(row.note(), row.topic().replace('-', ' '), row.domainTitle())
                        .filter(Objects::nonNull)
                        .toList());
        events.publishEvent(new DocumentChanged(new SearchDocument(
                row.accountId(),
                "card",
                row.id(),
                row.title(),
                body,
                row.domainId(),
                tags,
                JsonLists.read(row.links()),
                "/cards/" + row.id())));
    }

    private static List<String> union(List<String> a, List<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        if (b != null) {
            all.addAll(b);
        }
        return List.copyOf(all);
    }
}
