package dev.examloop.postmortem;

import java.util.List;

/**
 * What the learner writes for one question: why the right answer is right and what they misunderstood, the
 * domain (confirmed or corrected), the sub-concept tag (picked or new), the documentation links and a
 * confidence from 1 to 5.
 */
public record EntryForm(String explanation, String domainId, String topic, List<String> links, Integer confidence) {}
