package dev.examloop.search.internal;

import dev.examloop.content.PackCatalog;
import dev.examloop.content.PackImported;
import dev.examloop.core.pack.Option;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.Question;
import dev.examloop.search.SearchDocument;
import dev.examloop.search.SearchIndex;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Indexes the questions of the loaded packs once the application is ready, in a thread of its own (the server
 * answers meanwhile; a search waits for them, see {@link BundledQuestionsIndexed}), and again when an import has
 * written a pack ({@link PackImported}): stems, options, explanations and the reasons given for each option,
 * shared by every account. Questions of packs no longer loaded leave the
 * index; unchanged questions are not rewritten.
 */
@Component
class PackQuestionIndexer {
    static final String KIND = "question";
    private static final Logger log = LoggerFactory.getLogger(PackQuestionIndexer.class);

    private final PackCatalog catalog;
    private final SearchIndex index;
    private final BundledQuestionsIndexed indexed;

    PackQuestionIndexer(PackCatalog catalog, SearchIndex index, BundledQuestionsIndexed indexed) {
        this.catalog = catalog;
        this.index = index;
        this.indexed = indexed;
        indexed.indexWith(this::indexPacksOrSayWhyNot);
    }

    /** A server indexes at once, in the background; a command-line run only if it searches. */
    @EventListener(ApplicationReadyEvent.class)
    void indexPacksInTheBackground(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext() instanceof WebServerApplicationContext) {
            indexed.index();
        }
    }

    private void indexPacksOrSayWhyNot() {
        try {
            indexPacks();
        } catch (RuntimeException e) {
            // A database gone while starting: the questions are indexed on the next start; searches go on.
            log.warn("Search index: the packs' questions could not be indexed: {}", e.toString());
        }
    }

    @EventListener(PackImported.class)
    void packImported() {
        indexPacks();
    }

    /** One at a time: the start's indexing in the background and an import's may meet. */
    synchronized void indexPacks() {
        List<SearchDocument> documents = new ArrayList<>();
        for (Pack pack : catalog.packs()) {
            for (Question q : pack.questions()) {
                documents.add(document(pack, q));
            }
        }
        int changed = index.replaceAll(SearchDocument.SHARED, KIND, documents);
        if (changed > 0) {
            log.info("Search index: {} pack question(s) added, changed or removed", changed);
        }
    }

    static SearchDocument document(Pack pack, Question q) {
        StringBuilder body = new StringBuilder(q.stem()).append('\n');
        for (Option o : q.options()) {
            body.append(o.text()).append('\n');
        }
        body.append(q.explanation() == null ? "" : q.explanation()).append('\n');
        for (Option o : q.options()) {
            if (o.why() != null) {
                body.append(o.why()).append('\n');
            }
        }
        String refId = pack.code() + "/" + q.id();
        return new SearchDocument(
                SearchDocument.SHARED,
                KIND,
                refId,
                pack.code() + " " + q.id() + ": " + headline(q.stem()),
                plain(body.toString()),
                q.domain(),
                q.tags(),
                q.references(),
                "/questions/" + refId);
    }

    /** The first sentence of a stem, at most 140 characters. */
    static String headline(String stem) {
        String text = plain(stem).strip();
        int end = text.indexOf(". ");
        String first = end > 0 ? text.substring(0, end + 1) : text;
        return first.length() <= 140 ? first : first.substring(0, 139).strip() + "…";
    }

    /** Markdown emphasis and code marks removed; the words are what is searched. */
    static String plain(String markdown) {
        return markdown == null ? "" : markdown.replaceAll("[*_`#>]+", "").replaceAll("\\s+", " ");
    }
}
