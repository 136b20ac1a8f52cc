package dev.examloop.review;

import dev.examloop.accounts.Accounts;
import dev.examloop.common.ClientProblem;
import dev.examloop.common.Ids;
import dev.examloop.core.fsrs.revlog.RevlogRow;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports of large review logs, in the background: the file is checked at once (a file with any problem is
 * refused whole, as always), then its reviews are written one short transaction at a time on a thread of
 * their own, while the learner goes on (an exam's answers included). The job's progress can be asked for; it
 * says when it is done and what it did. Jobs are kept in memory until the server stops.
 */
@Service
public class ReviewLogImports {
    /** A log of more rows than this is imported in the background (a few seconds of writing). */
    public static final int BACKGROUND_FROM = 10_000;

    private static final Logger log = LoggerFactory.getLogger(ReviewLogImports.class);

    private final ReviewLogs logs;
    private final Accounts accounts;
    private final Clock clock;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    // One import at a time: two would only queue for the same writer.
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("review-log-import").daemon(true).factory());

    public ReviewLogImports(ReviewLogs logs, Accounts accounts, Clock clock) {
        this.logs = logs;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The state of an import: {@code running}, {@code done} (with its summary) or {@code failed} (with why). */
    public record ImportJob(
            String id,
            String status,
            int rows,
            long reviewsWritten,
            Instant startedAt,
            Instant finishedAt,
            ReviewLogs.ImportSummary summary,
            String message) {
        public boolean done() {
            return "done".equals(status);
        }
    }

    /** What happened to a file: imported at once (small), or started in the background (large). */
    public sealed interface Started {
        record Imported(ReviewLogs.ImportSummary summary) implements Started {}

        record InBackground(ImportJob job) implements Started {}
    }

    /** Checks the file, then imports it at once when small, else in the background. */
    public Started importCsv(String fileName, String text) {
        List<RevlogRow> rows = logs.checked(fileName, text).rows();
        String account = accounts.currentAccountId();
        if (rows.size() <= BACKGROUND_FROM) {
            return new Started.Imported(logs.importRows(account, rows, written -> {}));
        }
        Job job = new Job(Ids.newId(), account, rows.size(), clock.instant());
        jobs.put(job.id, job);
        worker.execute(() -> run(job, rows));
        return new Started.InBackground(job.view());
    }

    /** An import of the current account's, by id. */
    public ImportJob job(String id) {
        return Optional.ofNullable(jobs.get(id))
                .filter(j -> j.account.equals(accounts.currentAccountId()))
                .map(Job::view)
                .orElseThrow(() -> ClientProblem.notFound("review-log import " + id));
    }

    /** The current account's imports, newest first. */
    public List<ImportJob> jobs() {
        String account = accounts.currentAccountId();
        return jobs.values().stream()
                .filter(j -> j.account.equals(account))
                .sorted(java.util.Comparator.comparing((Job j) -> j.startedAt).reversed())
                .map(Job::view)
                .toList();
    }

    private void run(Job job, List<RevlogRow> rows) {
        try {
            job.summary = logs.importRows(job.account, rows, job.written::set);
            job.status = "done";
            job.message = "imported " + job.summary.reviewsAdded() + " reviews (" + job.summary.duplicatesSkipped()
                    + " already in the log), " + job.summary.cardsCreated() + " new cards";
        } catch (RuntimeException e) {
            log.error("The review-log import {} stopped", job.id, e);
            job.status = "failed";
            job.message = "the import stopped after " + job.written.get() + " of " + job.rows + " reviews; those are"
                    + " kept, and importing the same file again completes it (reviews already in the log are"
                    + " skipped)";
        } finally {
            job.finishedAt = clock.instant();
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private static final class Job {
        final String id;
        final String account;
        final int rows;
        final Instant startedAt;
        final AtomicLong written = new AtomicLong();
        volatile String status = "running";
        volatile Instant finishedAt;
        volatile ReviewLogs.ImportSummary summary;
        volatile String message;

        Job(String id, String account, int rows, Instant startedAt) {
            this.id = id;
            this.account = account;
            this.rows = rows;
            this.startedAt = startedAt;
        }

        ImportJob view() {
            return new ImportJob(id, status, rows, written.get(), startedAt, finishedAt, summary, message);
        }
    }
}
