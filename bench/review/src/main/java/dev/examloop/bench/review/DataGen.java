package dev.examloop.bench.review;

import java.sql.SQLException;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Realistic, deterministic data for one account: cards in every FSRS state with varied due dates and zones,
 * a review log spread over the last 90 days, and card outcomes (one per review, as {@code Cards.review} writes
 * them, plus the mistakes that created the cards).
 *
 * <p>Cards: 10 % new, 3 % learning, 7 % relearning, 80 % review. Review cards are last reviewed in the last
 * 90 days; 9 % of them are due by the end of today (up to 14 days overdue), the rest within 180 days.
 * Learning and relearning cards are due within minutes. Zones: relearning cards mostly red, others 8 % red,
 * 45 % yellow, the rest green (new cards: yellow, or red after a low-confidence mistake). New cards keep
 * due_at = their creation time, as Cards does. The log holds at most {@value #INTRODUCED_TODAY} first reviews
 * (state 0) today, below the default 20 new cards a day, so that queue() has room and runs fresh().
 */
final class DataGen {
    static final long MINUTE = 60_000L;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;
    static final int INTRODUCED_TODAY = 12;
    private static final String[] RATING_NAMES = {"", "again", "hard", "good", "easy"};
    private static final String[] WORKFLOWS = {"to-study", "reviewing", "mastered"};
    private static final String[] WORDS = {
        "subnet",
        "route",
        "policy",
        "bucket",
        "replica",
        "queue",
        "cache",
        "gateway",
        "snapshot",
        "encryption",
        "failover",
        "latency",
        "quota",
        "lifecycle",
        "endpoint",
        "role"
    };

    /** Where rows go: a batch of prepared INSERTs (SQLite) or a COPY stream (PostgreSQL). */
    interface Sink extends AutoCloseable {
        void row(Object... values) throws SQLException;

        @Override
        void close() throws SQLException;
    }

    interface Sinks {
        Sink open(String table, String... columns) throws SQLException;
    }

    /** What was generated, for the report. */
    record Counts(int cards, int newCards, int reviewLog, int outcomes, int dueToday, int red, int introducedToday) {}

    private final long now;
    private final long startOfDay;
    private final long endOfDay;

    DataGen(long now, long startOfDay, long endOfDay) {
        this.now = now;
        this.startOfDay = startOfDay;
        this.endOfDay = endOfDay;
    }

    Counts load(Sinks sinks, String account, int cardCount, int reviewCount, long seed) throws SQLException {
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] ids = new String[cardCount];
        long[] created = new long[cardCount];
        long[] last = new long[cardCount];
        int[] state = new int[cardCount];
        int newCards = 0;
        int dueToday = 0;
        int red = 0;
        try (Sink cards = sinks.open(
                "card",
                "id",
                "account_id",
                "number",
                "kind",
                "topic",
                "pack_code",
                "question_id",
                "title",
                "domain_id",
                "domain_title",
                "tags",
                "links",
                "note",
                "confidence",
                "workflow",
                "fsrs_state",
                "fsrs_step",
                "stability",
                "difficulty",
                "due_at",
                "last_review_at",
                "zone",
                "zone_reason",
                "created_at",
                "updated_at")) {
            for (int i = 0; i < cardCount; i++) {
                ids[i] = uuid(rnd);
                int number = i + 1;
                boolean question = rnd.nextInt(10) < 3;
                String kind = question ? "question" : "topic";
                String topic = question ? "aws-saa:q" + number : "topic-" + number;
                String pack = question || rnd.nextBoolean() ? "aws-saa" : null;
                String questionId = question ? "q" + number : null;
                int domain = 1 + rnd.nextInt(5);
                String title = (question
                        ? "Question q" + number + " (aws-saa)"
                        : "Topic " + number + ": " + WORDS[rnd.nextInt(WORDS.length)] + " "
                                + WORDS[rnd.nextInt(WORDS.length)]);
                String tags = "[\"" + WORDS[rnd.nextInt(WORDS.length)] + "\",\"d" + domain + "\"]";
                String links = rnd.nextInt(4) == 0
                        ? "[\"https://docs.example.org/" + WORDS[rnd.nextInt(WORDS.length)] + "\"]"
                        : "[]";
                String note = rnd.nextInt(10) < 3 ? null : sentence(rnd, 12 + rnd.nextInt(30));
                int confidence = 1 + rnd.nextInt(5);
                long createdAt = now - (long) (rnd.nextDouble() * 180 * DAY);
                double p = rnd.nextDouble();
                int st = p < 0.10 ? 0 : p < 0.13 ? 1 : p < 0.20 ? 3 : 2;
                int step = 0;
                Double stability = null;
                Double difficulty = null;
                long dueAt;
                Long lastReview = null;
                if (st == 0) {
                    dueAt = createdAt;
                } else if (st == 1 || st == 3) {
                    long lr = now - (long) (rnd.nextDouble() * 6 * HOUR);
                    step = rnd.nextInt(2);
                    dueAt = lr + (step == 0 ? MINUTE : 10 * MINUTE);
                    stability = 0.1 + rnd.nextDouble() * 5;
                    difficulty = 1 + rnd.nextDouble() * 9;
                    lastReview = lr;
                } else {
                    long lr = now - (long) (rnd.nextDouble() * 90 * DAY);
                    if (rnd.nextInt(100) < 9) {
                        dueAt = endOfDay - (long) (rnd.nextDouble() * 14 * DAY);
                    } else {
                        dueAt = endOfDay + 1 + (long) (rnd.nextDouble() * 180 * DAY);
                    }
                    if (dueAt <= lr) {
                        dueAt = lr + DAY;
                    }
                    stability = Math.max(0.1, (dueAt - lr) / (double) DAY * (0.8 + 0.4 * rnd.nextDouble()));
                    difficulty = 1 + rnd.nextDouble() * 9;
                    lastReview = lr;
                }
                if (lastReview != null && createdAt > lastReview - MINUTE) {
                    createdAt = lastReview - MINUTE - (long) (rnd.nextDouble() * DAY);
                }
                String zone;
                String reason;
                int z = rnd.nextInt(100);
                if (st == 3 ? z < 70 : st == 0 ? z < 5 : z < 8) {
                    zone = "red";
                    reason = st == 3 ? "Forgotten at the last review" : "2 of the last 3 answers wrong";
                } else if (st == 0 || z < 53) {
                    zone = "yellow";
                    reason = st == 0 ? "New card" : "Still learning: recall probability 84 %";
                } else {
                    zone = "green";
                    reason = "Right 3 times in a row, confident, stable for 21 days";
                }
                long updatedAt = lastReview == null ? createdAt : lastReview;
                cards.row(
                        ids[i],
                        account,
                        (long) number,
                        kind,
                        topic,
                        pack,
                        questionId,
                        title,
                        "d" + domain,
                        "Domain " + domain,
                        tags,
                        links,
                        note,
                        confidence,
                        WORKFLOWS[rnd.nextInt(3)],
                        st,
                        step,
                        stability,
                        difficulty,
                        dueAt,
                        lastReview,
                        zone,
                        reason,
                        createdAt,
                        updatedAt);
                created[i] = createdAt;
                last[i] = lastReview == null ? -1 : lastReview;
                state[i] = st;
                newCards += st == 0 ? 1 : 0;
                dueToday += st != 0 && dueAt <= endOfDay ? 1 : 0;
                red += zone.equals("red") ? 1 : 0;
            }
        }

        // How many reviews each reviewed card has in the window: weights 1..43, scaled to exactly reviewCount.
        int[] perCard = new int[cardCount];
        long totalWeight = 0;
        for (int i = 0; i < cardCount; i++) {
            if (state[i] != 0) {
                perCard[i] = 1 + rnd.nextInt(43);
                totalWeight += perCard[i];
            }
        }
        int assigned = 0;
        for (int i = 0; i < cardCount; i++) {
            if (state[i] != 0) {
                perCard[i] = (int) Math.max(1, (long) perCard[i] * reviewCount / totalWeight);
                assigned += perCard[i];
            }
        }
        for (int i = 0; assigned != reviewCount; i = (i + 1) % cardCount) {
            if (state[i] != 0 && (assigned < reviewCount || perCard[i] > 1)) {
                int d = assigned < reviewCount ? 1 : -1;
                perCard[i] += d;
                assigned += d;
            }
        }

        int introducedToday = 0;
        try (Sink log = sinks.open(
                "review_log",
                "id",
                "account_id",
                "card_id",
                "reviewed_at",
                "rating",
                "state",
                "duration_ms",
                "stability",
                "difficulty",
                "due_at")) {
            for (int i = 0; i < cardCount; i++) {
                if (state[i] == 0) {
                    continue;
                }
                Reviews r = reviews(seed, i, perCard[i], created[i], last[i]);
                for (int j = 0; j < r.at.length; j++) {
                    int st = r.state[j];
                    if (st == 0 && r.at[j] >= startOfDay) {
                        // The queue introduces at most new_cards_per_day (20) a day: keep 12 first reviews today,
                        // so that queue() has room for 8 more and runs fresh().
                        if (introducedToday < INTRODUCED_TODAY) {
                            introducedToday++;
                        } else {
                            st = 2;
                        }
                    }
                    log.row(
                            r.ids[j],
                            account,
                            ids[i],
                            r.at[j],
                            r.rating[j],
                            st,
                            r.duration[j],
                            r.stability[j],
                            r.difficulty[j],
                            r.due[j]);
                }
            }
        }
        int outcomes = 0;
        try (Sink out =
                sinks.open("card_outcome", "id", "card_id", "account_id", "at", "correct", "source", "detail")) {
            SplittableRandom mistakes = new SplittableRandom(seed * 31 + 7);
            for (int i = 0; i < cardCount; i++) {
                // The mistakes that made the card (post-mortems of attempts or logged mocks), then its reviews.
                int made = 1 + mistakes.nextInt(3);
                for (int k = 0; k < made; k++) {
                    boolean attempt = mistakes.nextInt(10) < 7;
                    out.row(
                            uuid(mistakes),
                            ids[i],
                            account,
                            created[i] + k * 3 * DAY / 2 / Math.max(1, made),
                            false,
                            attempt ? "attempt" : "external",
                            attempt ? "aws-saa attempt, question " + (1 + mistakes.nextInt(65)) : null);
                    outcomes++;
                }
                if (state[i] == 0) {
                    continue;
                }
                Reviews r = reviews(seed, i, perCard[i], created[i], last[i]);
                for (int j = 0; j < r.at.length; j++) {
                    out.row(
                            r.outcomeIds[j],
                            ids[i],
                            account,
                            r.at[j],
                            r.rating[j] != 1,
                            "review",
                            RATING_NAMES[r.rating[j]]);
                    outcomes++;
                }
            }
        }
        return new Counts(cardCount, newCards, reviewCount, outcomes, dueToday, red, introducedToday);
    }

    /** The reviews of card {@code i}, the same every time they are asked for (review_log, then card_outcome). */
    private record Reviews(
            String[] ids,
            String[] outcomeIds,
            long[] at,
            int[] rating,
            int[] state,
            Long[] duration,
            double[] stability,
            double[] difficulty,
            long[] due) {}

    private Reviews reviews(long seed, int card, int n, long created, long last) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + card);
        long windowStart = Math.max(created, now - 90 * DAY);
        boolean introducedInWindow = created >= now - 90 * DAY;
        long[] at = new long[n];
        for (int j = 0; j < n - 1; j++) {
            at[j] = windowStart + (long) (rnd.nextDouble() * Math.max(1, last - windowStart));
        }
        at[n - 1] = last;
        java.util.Arrays.sort(at);
        String[] ids = new String[n];
        String[] outcomeIds = new String[n];
        int[] rating = new int[n];
        int[] state = new int[n];
        Long[] duration = new Long[n];
        double[] stability = new double[n];
        double[] difficulty = new double[n];
        long[] due = new long[n];
        double s = 0.5 + rnd.nextDouble() * 3;
        double d = 1 + rnd.nextDouble() * 9;
        for (int j = 0; j < n; j++) {
            ids[j] = uuid(rnd);
            outcomeIds[j] = uuid(rnd);
            int p = rnd.nextInt(100);
            rating[j] = p < 12 ? 1 : p < 20 ? 2 : p < 90 ? 3 : 4;
            if (j == 0) {
                state[j] = introducedInWindow ? 0 : 2;
            } else if (state[j - 1] == 0) {
                state[j] = 1;
            } else {
                state[j] = rating[j - 1] == 1 ? 3 : 2;
            }
            s = rating[j] == 1 ? Math.max(0.1, s * 0.3) : Math.min(36500, s * (1.2 + rating[j] * 0.4));
            d = Math.min(10, Math.max(1, d + (2.5 - rating[j]) * 0.3));
            stability[j] = s;
            difficulty[j] = d;
            duration[j] = rnd.nextInt(10) == 0 ? null : 2_000L + rnd.nextInt(40_000);
            due[j] = at[j] + (rating[j] == 1 ? 10 * MINUTE : (long) (s * DAY));
        }
        return new Reviews(ids, outcomeIds, at, rating, state, duration, stability, difficulty, due);
    }

    private static String sentence(SplittableRandom rnd, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(i == 0 ? "" : " ").append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return b.append('.').toString();
    }

    static String uuid(SplittableRandom rnd) {
        long msb = (rnd.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }
}
