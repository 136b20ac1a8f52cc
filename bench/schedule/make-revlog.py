#!/usr/bin/env python3
"""Writes a review log in the FSRS CSV for timing `examloop schedule today`: CARDS cards, REVIEWS reviews in all,
each card's reviews at growing intervals (mostly Good, some Again), ending before 2027-03-01. Seeded: the same file
every time. usage: make-revlog.py REVIEWS CARDS OUT.csv"""
import random
import sys

reviews, cards, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(2027)
day_ms = 86_400_000
end = 1803859200000  # 2027-03-01T00:00Z
rows = []
per_card = [reviews // cards + (1 if i < reviews % cards else 0) for i in range(cards)]
for card, count in enumerate(per_card):
    card_id = 1_700_000_000_000 + card
    gaps = []
    interval = 1.0
    for k in range(count):
        rating = 1 if rng.random() < 0.12 else (3 if rng.random() < 0.9 else 4)
        gaps.append((max(1, round(interval)), rating))
        interval = 1.0 if rating == 1 else min(interval * rng.uniform(2.0, 3.0), 120.0)
    total = sum(g for g, _ in gaps)
    t = end - total * day_ms - rng.randrange(1, 60) * day_ms
    for k, (gap, rating) in enumerate(gaps):
        state = 0 if k == 0 else 2
        rows.append((card_id, t + rng.randrange(0, 3_600_000), rating, state, rng.randrange(3000, 20000)))
        t += gap * day_ms
rows.sort(key=lambda r: (r[1], r[0]))
with open(out, "w") as f:
    f.write("card_id,review_time,review_rating,review_state,review_duration\n")
    for r in rows:
        f.write("%d,%d,%d,%d,%d\n" % r)
