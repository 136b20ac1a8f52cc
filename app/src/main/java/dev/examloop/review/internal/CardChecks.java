package dev.examloop.review.internal;

import dev.examloop.common.ClientProblem;
import dev.examloop.common.Tag;
import dev.examloop.review.NewCard;
import dev.examloop.review.ReviewSettings;
import dev.examloop.review.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the review module accepts from a request, checked before anything is read or written: each check throws a
 * {@link ClientProblem} that names the field and shows the bad value.
 */
public final class CardChecks {
    public static final int MAX_TITLE = 300;
    static final int MAX_DOMAIN_ID = 32;
    static final int MAX_NOTE = 100_000;
    static final int MAX_TAG = 64;
    static final int MAX_LINK = 500;

    private CardChecks() {}

    /** A card made by hand: a title, fields that fit their columns, a confidence of 1 to 5 (3 when not given). */
    public static int newCard(NewCard c) {
        if (c.title() == null || c.title().isBlank()) {
            throw ClientProblem.badRequest("title is required", List.of("title"));
        }
        lengths(c);
        int confidence = c.confidence() == null ? 3 : c.confidence();
        confidence(confidence);
        return confidence;
    }

    /** The card's fields fit their columns on every database (PostgreSQL would refuse, SQLite keep, a longer one). */
    private static void lengths(NewCard c) {
        List<String> problems = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        if (c.title().trim().length() > MAX_TITLE) {
            problems.add("title: is " + c.title().trim().length() + " characters, at most " + MAX_TITLE);
            fields.add("title");
        }
        if (c.domainId() != null && (c.domainId().isEmpty() || c.domainId().length() > MAX_DOMAIN_ID)) {
            problems.add(
                    "domainId: is " + c.domainId().length() + " characters, a domain id has 1 to " + MAX_DOMAIN_ID);
            fields.add("domainId");
        }
        if (c.note() != null && c.note().length() > MAX_NOTE) {
            problems.add("note: is " + c.note().length() + " characters, at most " + MAX_NOTE);
            fields.add("note");
        }
        List<String> tags = c.tags() == null ? List.of() : c.tags();
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i) == null || tags.get(i).isBlank() || tags.get(i).length() > MAX_TAG) {
                problems.add("tags[" + i + "]: a tag has 1 to " + MAX_TAG + " characters");
                fields.add("tags[" + i + "]");
            }
        }
        List<String> links = c.links() == null ? List.of() : c.links();
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i) == null || links.get(i).length() > MAX_LINK) {
                problems.add("links[" + i + "]: a link has at most " + MAX_LINK + " characters");
                fields.add("links[" + i + "]");
            }
        }
        if (!problems.isEmpty()) {
            throw ClientProblem.badRequest(String.join("; ", problems), fields);
        }
    }

    /** A card's topic: a {@link Tag}, exactly as given. */
    public static String topic(String topic) {
        if (!Tag.isTag(topic)) {
            throw ClientProblem.badRequest("topic '" + topic + "' must be " + Tag.SHAPE_IN_WORDS, List.of("topic"));
        }
        return topic;
    }

    public static void confidence(int confidence) {
        if (confidence < 1 || confidence > 5) {
            throw ClientProblem.badRequest("confidence must be from 1 to 5, was " + confidence, List.of("confidence"));
        }
    }

    /** A zone to filter by: null (all zones), red, yellow or green. */
    public static void zoneFilter(String zone) {
        if (zone != null && !ZoneNames.isZone(zone)) {
            throw ClientProblem.badRequest("zone '" + zone + "' is not red, yellow or green", List.of("zone"));
        }
    }

    /** The board column of a wire name. */
    public static Workflow workflow(String workflow) {
        return Workflow.ofWire(workflow)
                .orElseThrow(() -> ClientProblem.badRequest(
                        "workflow '" + workflow + "' is not one of " + String.join(", ", Workflow.WIRE_NAMES),
                        List.of("workflow")));
    }

    /** A review's rating (1 to 4) and its duration (none, or up to a day). */
    public static void review(int grade, Long durationMs) {
        if (grade < 1 || grade > 4) {
            throw ClientProblem.badRequest(
                    "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), was " + grade, List.of("rating"));
        }
        if (durationMs != null
                && (durationMs < 0 || durationMs > Duration.ofDays(1).toMillis())) {
            throw ClientProblem.badRequest(
                    "durationMs must lie between 0 and one day, was " + durationMs, List.of("durationMs"));
        }
    }

    public static void settings(ReviewSettings settings) {
        if (!(settings.desiredRetention() > 0.7 && settings.desiredRetention() < 0.99)) {
            throw ClientProblem.badRequest(
                    "desiredRetention must lie between 0.70 and 0.99, was " + settings.desiredRetention(),
                    List.of("desiredRetention"));
        }
        if (settings.newCardsPerDay() < 0 || settings.newCardsPerDay() > 1000) {
            throw ClientProblem.badRequest(
                    "newCardsPerDay must lie between 0 and 1000, was " + settings.newCardsPerDay(),
                    List.of("newCardsPerDay"));
        }
    }
}
