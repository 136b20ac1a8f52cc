package dev.examloop.review;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the planner needs to size review blocks and weigh domains.
 *
 * @param due cards to review per date: the first date holds today's queue (overdue, red and new cards)
 * @param redByDomain red cards per domain id
 * @param secondsPerReview the median duration of the learner's recent reviews (45 s until there are 20)
 */
public record DueForecast(Map<LocalDate, Integer> due, Map<String, Integer> redByDomain, double secondsPerReview) {}
