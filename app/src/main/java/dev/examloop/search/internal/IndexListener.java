package dev.examloop.search.internal;

import dev.examloop.search.DocumentChanged;
import dev.examloop.search.DocumentRemoved;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Takes the documents other modules publish, synchronously, in the transaction of their write: if the
 * write rolls back, so does its index entry.
 */
@Component
class IndexListener {
    private final DocumentStore store;
    private final Clock clock;

    IndexListener(DocumentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventListener
    void on(DocumentChanged event) {
        store.put(event.document(), clock.millis());
    }

    @EventListener
    void on(DocumentRemoved event) {
        store.remove(event.accountId(), event.kind(), event.refId());
    }
}
