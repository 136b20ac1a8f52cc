package dev.examloop.exam.internal;

import dev.examloop.exam.Attempts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Submits exam-mode attempts whose time ran out even when nobody is looking at them, for example after the
 * browser was closed. (Any request touching such an attempt submits it too.)
 */
@Component
class DeadlineSweeper {
    private static final Logger log = LoggerFactory.getLogger(DeadlineSweeper.class);
    private final Attempts attempts;

    DeadlineSweeper(Attempts attempts) {
        this.attempts = attempts;
    }

    @Scheduled(fixedDelayString = "${examloop.deadline-sweep-ms:5000}", initialDelay = 1000)
    void submitExpired() {
        for (Attempts.ExpiredAttempt expired : attempts.expired()) {
            try {
                if (attempts.submitExpired(expired)) {
                    log.info("Submitted attempt {} whose time ran out", expired.attemptId());
                }
            } catch (RuntimeException e) {
                // One attempt that cannot be submitted must not hold up the others; it is retried next time.
                log.error("Could not submit expired attempt {}", expired.attemptId(), e);
            }
        }
    }
}
