package dev.examloop.search.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether the packs' questions are in the search index yet. The server indexes them in the background once it is
 * ready (so that it answers sooner), and a search made meanwhile waits for them a little rather than miss them. A
 * command-line run indexes them only if it searches, when it first does.
 */
@Component
public class BundledQuestionsIndexed {
    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile Runnable indexing = () -> {};

    void indexWith(Runnable indexing) {
        this.indexing = indexing;
    }

    /**
     * Starts indexing the questions unless that has begun: in a thread of its own, always, so that it never joins
     * a transaction of the caller's (a search's is read-only, and PostgreSQL refuses writes in it).
     */
    void index() {
        if (started.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("pack-question-indexer").start(() -> {
                try {
                    indexing.run();
                } finally {
                    done.countDown();
                }
            });
        }
    }

    public boolean isDone() {
        return done.getCount() == 0;
    }

    /**
     * Makes sure the questions are indexed: starts the indexing if nothing has, then waits for it, at most
     * {@code limit}. True if they are indexed.
     */
    public boolean await(Duration limit) {
        index();
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // A caller inside a transaction holds a connection the indexing may need (SQLite's pool has one):
            // waiting would only stall it. It goes on without the questions still coming in.
            return isDone();
        }
        try {
            return done.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return isDone();
        }
    }
}
