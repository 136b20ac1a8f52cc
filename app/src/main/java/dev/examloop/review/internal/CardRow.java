package dev.examloop.review.internal;

import dev.examloop.core.board.Zone;
import dev.examloop.core.fsrs.Card;
import dev.examloop.core.fsrs.MemoryState;
import dev.examloop.core.fsrs.State;
import dev.examloop.review.Workflow;
import java.time.Instant;

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
        return new CardRow(
                id,
                accountId,
                number,
                kind,
                topic,
                packCode,
                questionId,
                title,
                domainId,
                domainTitle,
                tags,
                links,
                note,
                confidence,
                workflow,
                fsrsState,
                fsrsStep,
                stability,
                difficulty,
                dueAt,
                lastReviewAt,
                zone,
                zoneReason,
                createdAt,
                now,
                mistakes);
    }

    /** The card moved to a board column with the confidence given. */
    public CardRow withBoard(Workflow workflow, int confidence, long now) {
        return new CardRow(
                id,
                accountId,
                number,
                kind,
                topic,
                packCode,
                questionId,
                title,
                domainId,
                domainTitle,
                tags,
                links,
                note,
                confidence,
                workflow,
                fsrsState,
                fsrsStep,
                stability,
                difficulty,
                dueAt,
                lastReviewAt,
                zone,
                zoneReason,
                createdAt,
                now,
                mistakes);
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
        return new CardRow(
                id,
                accountId,
                number,
                kind,
                topic,
                packCode,
                questionId,
                title,
                domainId,
                domainTitle,
                tags,
                links,
                note,
                confidence,
                workflow,
                fsrsState,
                fsrsStep,
                stability,
                difficulty,
                dueAt,
                lastReviewAt,
                zone,
                zoneReason,
                createdAt,
                now,
                mistakes);
    }

    /** The card in the zone the zone rule decided, with its reason. */
    public CardRow withZone(Zone zone, String zoneReason, long now) {
        return new CardRow(
                id,
                accountId,
                number,
                kind,
                topic,
                packCode,
                questionId,
                title,
                domainId,
                domainTitle,
                tags,
                links,
                note,
                confidence,
                workflow,
                fsrsState,
                fsrsStep,
                stability,
                difficulty,
                dueAt,
                lastReviewAt,
                zone,
                zoneReason,
                createdAt,
                now,
                mistakes);
    }
}
