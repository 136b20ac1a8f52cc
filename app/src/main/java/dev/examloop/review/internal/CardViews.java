package dev.examloop.review.internal;

import dev.examloop.common.JsonLists;
import dev.examloop.core.board.ZoneDecision;
import dev.examloop.core.board.ZoneRule;
import dev.examloop.core.fsrs.Scheduler;
import dev.examloop.core.fsrs.State;
import dev.examloop.core.pack.Question;
import dev.examloop.review.CardView;
import dev.examloop.review.ReviewPrompt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Cards as the board, the queue and the review session show them: rows mapped to {@link CardView}s. */
@Component
public class CardViews {
    private final OutcomeStore outcomes;
    private final Clock clock;

    public CardViews(OutcomeStore outcomes, Clock clock) {
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /**
     * The card now. With its history, the zone is decided again from its outcomes; without (on lists), the stored
     * zone stands unless memory has faded below the red line since: fading memory shows without waiting for a write.
     */
    public CardView view(CardRow row, boolean withHistory, Scheduler scheduler) {
        Double retrievability = CardRules.retrievability(row, scheduler, clock.instant());
        if (withHistory) {
            List<CardView.Outcome> history = outcomes.outcomes(row.accountId(), row.id());
            ZoneDecision decision = CardRules.zone(
                    row, history.stream().map(CardView.Outcome::correct).toList(), retrievability);
            return build(row, decision, retrievability, history);
        }
        ZoneDecision stored = new ZoneDecision(row.zone(), row.zoneReason());
        ZoneDecision shown = ZoneRule.faded(retrievability)
                .filter(faded -> faded.zone() != row.zone())
                .orElse(stored);
        return build(row, shown, retrievability, List.of());
    }

    private static CardView build(
            CardRow row, ZoneDecision zone, Double retrievability, List<CardView.Outcome> history) {
        return new CardView(
                row.id(),
                row.number(),
                row.kind().wire(),
                row.topic(),
                row.packCode(),
                row.questionId(),
                row.title(),
                row.domainId(),
                row.domainTitle(),
                JsonLists.read(row.tags()),
                JsonLists.read(row.links()),
                row.note(),
                row.confidence(),
                row.workflow().wire(),
                ZoneNames.wire(zone.zone()),
                zone.reason(),
                State.ofCode(row.fsrsState()).name().toLowerCase(Locale.ROOT),
                row.stability(),
                row.difficulty(),
                retrievability,
                Instant.ofEpochMilli(row.dueAt()),
                row.lastReviewAt() == null ? null : Instant.ofEpochMilli(row.lastReviewAt()),
                row.mistakes(),
                history);
    }

    /** A pack question as a review session re-asks it: the stem, the options, the key and the explanation. */
    public static ReviewPrompt.RecallQuestion recall(Question q) {
        List<String> options =
                q.options().stream().map(o -> o.id() + ". " + o.text()).toList();
        return new ReviewPrompt.RecallQuestion(q.stem(), options, String.join(", ", q.key()), q.explanation());
    }

    /** A short, human interval: "1 min", "10 min", "5 h", "3 d", "2.5 mo". */
    public static String interval(Duration d) {
        long minutes = Math.max(1, Math.round(d.toSeconds() / 60.0));
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return Math.round(minutes / 60.0) + " h";
        }
        double days = minutes / (24 * 60.0);
        if (days < 60) {
            return Math.round(days) + " d";
        }
        return String.format(Locale.ROOT, "%.1f mo", days / 30.0);
    }
}
