package dev.examloop.review;

import java.util.List;

/**
 * The "What if" page: the question as asked (or its defaults), and what the simulation of the coming days gives.
 *
 * @param mode {@code retention} (cards fall due at a desired retention) or {@code exam} (the exam-day plan)
 * @param retention the desired retention asked about, 0.70 to 0.97
 * @param minutes the minutes a day
 * @param examDate the exam date, as the form takes it (yyyy-mm-dd)
 * @param examLabel the exam date in words ("Wed 9 Dec")
 * @param problems what is wrong with the question, one sentence each; empty when it was answered
 * @param days the simulated days, today first
 * @param examRecall the expected recall of the learner's cards on exam day, in per cent
 * @param recommendedRetention the retention with the least review time per unit of knowledge kept, in per cent
 * @param cards how many reviewed cards were simulated
 * @param totalMinutes the simulated review minutes in all
 */
public record WhatIfView(
        String mode,
        double retention,
        int minutes,
        String examDate,
        String examLabel,
        List<String> problems,
        List<Day> days,
        double examRecall,
        int recommendedRetention,
        int cards,
        int totalMinutes) {
    /** One simulated day: its label ("Mon 7 Dec") and minutes of review, and its bar's height in per cent. */
    public record Day(String label, double minutes, int barPercent) {}

    public boolean answered() {
        return problems.isEmpty() && !days.isEmpty();
    }
}
