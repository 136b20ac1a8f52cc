package dev.examloop.review;

/** The review session page: the queue, the card in front, and whether its answer is shown. */
public record ReviewSession(QueueView queue, ReviewPrompt prompt, boolean reveal, boolean everything) {}
