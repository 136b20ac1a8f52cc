/**
 * Which cards to review today: the daily review list for a learner's cards, as one stateless function ({@link
 * dev.examloop.core.fsrs.schedule.DailyReviews#today}). Without an exam date it gives the due cards, with their due
 * days spread by a load balancer within each interval's fuzz range and Easy Days taken into account; with an exam
 * date it plans every remaining day's reviews backward from the exam, within each day's minutes, to make the
 * expected recall of all cards at the exam as high as the FSRS-6 memory model predicts it can be (decision 0075).
 */
package dev.examloop.core.fsrs.schedule;
