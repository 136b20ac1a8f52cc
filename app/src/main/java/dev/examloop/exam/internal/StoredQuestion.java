package dev.examloop.exam.internal;

import dev.examloop.core.pack.Question;
import dev.examloop.core.pack.Scenario;

/** What an attempt keeps of each question it was drawn: the question and its case-study scenario, if any. */
public record StoredQuestion(Question question, Scenario scenario) {}
