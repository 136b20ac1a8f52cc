package dev.examloop.review.internal;

import dev.examloop.core.board.Zone;
import dev.examloop.core.fsrs.Card;
import dev.examloop.core.fsrs.MemoryState;
import dev.examloop.core.fsrs.State;
import dev.examloop.review.Workflow;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * A row of {@code card}; times are epoch milliseconds, JSON lists as text. Change one with its withers: each
 * names what a use case changes and leaves the other columns as they were.
 */
public record CardRow(
        String id,
        String accountId,
        long number,
        CardKind kind,
        String topic,
        String packCode,
        String questionId,
        String title,
        String domainId,
        String domainTitle,
        String tags,
        String links,
        String note,
        int confidence,
        Workflow workflow,
        int fsrsState,
        int fsrsStep,
        Double stability,
        Double difficulty,
        long dueAt,
        Long lastReviewAt,
        Zone zone,
        String zoneReason,
        long createdAt,
        long updatedAt,
        int mistakes) {

    /** What a new card is before any answer or review: new to FSRS, due now, yellow. */
    public record Draft(
            CardKind kind,
            String topic,
            String packCode,
            String questionId,
            String title,
            String domainId,
            String domainTitle,
            String tags,
            String links,
            String note,
            int confidence,
            Workflow workflow) {}

    /** A card never reviewed, made now. */
    public static CardRow made(String id, String accountId, long number, Draft d, long now) {
        return new CardRow(
                id,
                accountId,
                number,
                d.kind(),
                d.topic(),
                d.packCode(),
                d.questionId(),
                d.title(),
                d.domainId(),
                d.domainTitle(),
                d.tags(),
                d.links(),
                d.note(),
                d.confidence(),
                d.workflow(),
                State.NEW.code(),
                0,
                null,
                null,
                now,
                null,
                Zone.YELLOW,
                "New card",
                now,
                now,
                0);
    }

    /** Whether FSRS has not yet scheduled the card (it has no memory state). */
    public boolean isNew() {
        return fsrsState == State.NEW.code();
    }

    /** The card as the FSRS scheduler takes it. */
    public Card fsrsCard() {
        if (isNew() || stability == null) {
            return Card.newCard(Instant.ofEpochMilli(dueAt));
        }
        return Card.reviewed(
                State.ofCode(fsrsState),
                fsrsStep,
                new MemoryState(stability, difficulty),
                Instant.ofEpochMilli(dueAt),
                Instant.ofEpochMilli(lastReviewAt));
    }

    /** The card with what a later mistake on its topic adds: its pack, question, domain, tags, links and note. */
    public CardRow withMistake(
            String packCode,
            String questionId,
            String domainId,
            String domainTitle,
            String tags,
            String links,
            String note,
            int confidence,
            long now) {
        return with(e -> {
            e.packCode = packCode;
            e.questionId = questionId;
            e.domainId = domainId;
            e.domainTitle = domainTitle;
            e.tags = tags;
            e.links = links;
            e.note = note;
            e.confidence = confidence;
            e.updatedAt = now;
        });
    }

    /** The card moved to a board column with the confidence given. */
    public CardRow withBoard(Workflow workflow, int confidence, long now) {
        return with(e -> {
            e.workflow = workflow;
            e.confidence = confidence;
            e.updatedAt = now;
        });
    }

    /** The card as FSRS scheduled it after a review (or a replayed review log). */
    public CardRow withSchedule(
            int fsrsState,
            int fsrsStep,
            double stability,
            double difficulty,
            long dueAt,
            Long lastReviewAt,
            int confidence,
            int mistakes,
            long now) {
        return with(e -> {
            e.fsrsState = fsrsState;
            e.fsrsStep = fsrsStep;
            e.stability = stability;
            e.difficulty = difficulty;
            e.dueAt = dueAt;
            e.lastReviewAt = lastReviewAt;
            e.confidence = confidence;
            e.mistakes = mistakes;
            e.updatedAt = now;
        });
    }

    /** The card in the zone the zone rule decided, with its reason. */
    public CardRow withZone(Zone zone, String zoneReason, long now) {
        return with(e -> {
            e.zone = zone;
            e.zoneReason = zoneReason;
            e.updatedAt = now;
        });
    }

    /** The card with the changes made to a copy of its columns: the one place every column is copied. */
    private CardRow with(Consumer<Edit> changes) {
        Edit e = new Edit(this);
        changes.accept(e);
        return new CardRow(
                id,
                accountId,
                number,
                kind,
                topic,
                e.packCode,
                e.questionId,
                title,
                e.domainId,
                e.domainTitle,
                e.tags,
                e.links,
                e.note,
                e.confidence,
                e.workflow,
                e.fsrsState,
                e.fsrsStep,
                e.stability,
                e.difficulty,
                e.dueAt,
                e.lastReviewAt,
                e.zone,
                e.zoneReason,
                createdAt,
                e.updatedAt,
                e.mistakes);
    }

    /** The columns a wither may change (the id, owner, number, kind, topic, title and creation stay). */
    private static final class Edit {
        String packCode;
        String questionId;
        String domainId;
        String domainTitle;
        String tags;
        String links;
        String note;
        int confidence;
        Workflow workflow;
        int fsrsState;
        int fsrsStep;
        Double stability;
        Double difficulty;
        long dueAt;
        Long lastReviewAt;
        Zone zone;
        String zoneReason;
        long updatedAt;
        int mistakes;

        Edit(CardRow r) {
            packCode = r.packCode;
            questionId = r.questionId;
            domainId = r.domainId;
            domainTitle = r.domainTitle;
            tags = r.tags;
            links = r.links;
            note = r.note;
            confidence = r.confidence;
            workflow = r.workflow;
            fsrsState = r.fsrsState;
            fsrsStep = r.fsrsStep;
            stability = r.stability;
            difficulty = r.difficulty;
            dueAt = r.dueAt;
            lastReviewAt = r.lastReviewAt;
            zone = r.zone;
            zoneReason = r.zoneReason;
            updatedAt = r.updatedAt;
            mistakes = r.mistakes;
        }
    }
}
