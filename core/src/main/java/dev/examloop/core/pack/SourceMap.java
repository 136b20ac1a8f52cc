package dev.examloop.core.pack;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each question, its fields, each scenario and each review record of a pack were read, so that the quality
 * rules, which work on the loaded {@link Pack}, report problems with file, line and field like the reader does.
 *
 * <p>A place that was not recorded (a pack built in code, as in tests) falls back to the pack's name, line 0, and
 * a field path naming the question by id.
 */
final class SourceMap {
    private final String packName;
    private final Map<String, Site> questions = new HashMap<>();
    private final Map<String, Site> questionFields = new HashMap<>();
    private final Map<String, Site> scenarios = new HashMap<>();
    private final Map<Integer, Site> reviews = new HashMap<>();
    private final Map<String, Site> domains = new HashMap<>();
    private final Map<String, Site> tasks = new HashMap<>();

    SourceMap(String packName) {
        this.packName = packName;
    }

    void putDomain(String domainId, Site site) {
        domains.put(domainId, site);
    }

    void putTask(String taskId, Site site) {
        tasks.put(taskId, site);
    }

    /** The pack as a whole, for findings about the bank rather than one question. */
    Site pack() {
        return new Site(packName, 0, "");
    }

    Site domain(String domainId) {
        return domains.getOrDefault(domainId, new Site(packName, 0, "domains[" + domainId + "]"));
    }

    Site task(String taskId) {
        return tasks.getOrDefault(taskId, new Site(packName, 0, "tasks[" + taskId + "]"));
    }

    void putQuestion(String questionId, Site site) {
        questions.put(questionId, site);
    }

    /** Records where {@code field} (relative to the question, such as {@code stem} or {@code references[1]}) was read. */
    void putQuestionField(String questionId, String field, Site site) {
        questionFields.put(questionId + "#" + field, site);
    }

    void putScenario(String scenarioId, Site site) {
        scenarios.put(scenarioId, site);
    }

    void putReview(int index, Site site) {
        reviews.put(index, site);
    }

    Site question(String questionId) {
        return questions.getOrDefault(questionId, new Site(packName, 0, "questions[" + questionId + "]"));
    }

    Site questionField(String questionId, String field) {
        Site site = questionFields.get(questionId + "#" + field);
        return site != null ? site : question(questionId).child("." + field);
    }

    Site scenario(String scenarioId) {
        return scenarios.getOrDefault(scenarioId, new Site(packName, 0, "scenarios[" + scenarioId + "]"));
    }

    /** Where the {@code index}-th review record of {@link Pack#reviews()} was read. */
    Site review(int index) {
        return reviews.getOrDefault(index, new Site(packName, 0, "reviews[" + index + "]"));
    }

    static SourceMap empty(String packName) {
        return new SourceMap(packName);
    }
}
