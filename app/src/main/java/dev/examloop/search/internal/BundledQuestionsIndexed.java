package dev.examloop.search.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * Whether the packs' questions are in the search index yet. The server indexes them in the background once it is
 * ready (so that it answers sooner), and a search made meanwhile waits for them a little rather than miss them. A
 * command-line run indexes them only if it searches, in its own thread, when it first does.
 */
@Component
public class BundledQuestionsIndexed {
    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile Runnable indexing = () -> {};

    void indexWith(Runnable indexing) {
        this.indexing = indexing;
    }

    /** Indexes the questions in the calling thread unless that has begun elsewhere; the first call does it. */
    void index() {
        if (started.compareAndSet(false, true)) {
            try {
                indexing.run();
            } finally {
                done.countDown();
            }
        }
    }

    public boolean isDone() {
        return done.getCount() == 0;
    }

    /**
     * Makes sure the questions are indexed: indexes them here if nothing has begun to, else waits for the indexing
     * under way, at most {@code limit}. True if they are indexed.
     */
    public boolean await(Duration limit) {
        index();
        try {
            return done.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return isDone();
        }
    }
}
