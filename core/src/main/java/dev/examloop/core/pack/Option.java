package dev.examloop.core.pack;

/** An answer option (or an ordering step, or a matching item) with the explanation of why it is or is not right. */
public record Option(String id, String text, String why) {}
