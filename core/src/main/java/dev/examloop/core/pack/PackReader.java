package dev.examloop.core.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads an exam pack from the text of its files and checks it, collecting every problem instead of
 * stopping at the first. The rules are those of {@code docs/pack-format.md}.
 *
 * <p>Reading checks the shape of every file and the rules between fields; a pack that reads without an error
 * then goes through the quality checks of {@link PackLint} (distribution, coverage, near-duplicate stems, length
 * cues, links, reviews), whose findings are warnings or errors depending on the {@link Strictness}.
 */
public final class PackReader {
    public static final String FORMAT = "examloop-pack/1";
    static final String BLUEPRINT_FILE = "pack.yaml";
    static final String REVIEW_FOLDER = "review/";

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]*");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern OPTION_ID = Pattern.compile("[a-z0-9]+");
    private static final Pattern SHORT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*");
    private static final Pattern HOST_SUFFIX =
            Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    private static final Set<String> PACK_FIELDS = Set.of(
            "format",
            "code",
            "title",
            "vendor",
            "version",
            "versionDate",
            "licence",
            "status",
            "retiredOn",
            "notice",
            "officialGuide",
            "referenceDomains",
            "importedFrom",
            "exam",
            "domains");
    private static final Set<String> EXAM_FIELDS =
            Set.of("durationMinutes", "questionCount", "scoredCount", "scale", "passingScore", "questionTypes");
    private static final Set<String> SCALE_FIELDS = Set.of("min", "max");
    private static final Set<String> DOMAIN_FIELDS = Set.of("id", "title", "weight", "tasks");
    private static final Set<String> TASK_FIELDS = Set.of("id", "title");
    private static final Set<String> FILE_FIELDS = Set.of("questions", "scenarios");
    private static final Set<String> SCENARIO_FIELDS = Set.of("id", "title", "text");
    private static final Set<String> QUESTION_FIELDS = Set.of(
            "id",
            "type",
            "domain",
            "task",
            "tags",
            "difficulty",
            "scenario",
            "stem",
            "choose",
            "options",
            "targets",
            "answer",
            "explanation",
            "references",
            "source",
            "licence");
    private static final Set<String> OPTION_FIELDS = Set.of("id", "text", "why");
    private static final Set<String> TARGET_FIELDS = Set.of("id", "text");

    /** Reads the pack made of {@code files} as the application loads it: quality findings are warnings. */
    public LintResult read(String packName, List<PackFile> files) {
        return read(packName, files, Strictness.NORMAL);
    }

    /** Reads the pack made of {@code files}; the result holds the pack only when it has no error. */
    public LintResult read(String packName, List<PackFile> files, Strictness strictness) {
        List<Problem> problems = new ArrayList<>();
        SourceMap sources = new SourceMap(packName);
        Optional<PackFile> blueprintFile = files.stream()
                .filter(f -> f.relativePath().equals(BLUEPRINT_FILE))
                .findFirst();
        if (blueprintFile.isEmpty()) {
            problems.add(new Problem(packName, 0, "", "has no " + BLUEPRINT_FILE + " (the blueprint)"));
            return new LintResult(packName, Optional.empty(), problems);
        }
        Optional<Blueprint> blueprint = compose(blueprintFile.get(), problems)
                .flatMap(root ->
                        readBlueprint(YamlCursor.root(blueprintFile.get().name(), root, problems), sources));

        List<PackFile> questionFiles = files.stream()
                .filter(f -> f.relativePath().startsWith("questions/"))
                .filter(f ->
                        f.relativePath().endsWith(".yaml") || f.relativePath().endsWith(".yml"))
                .sorted(Comparator.comparing(PackFile::relativePath))
                .toList();
        QuestionsReader questionsReader = new QuestionsReader(blueprint.orElse(null), problems, sources);
        for (PackFile file : questionFiles) {
            compose(file, problems)
                    .ifPresent(root -> questionsReader.readFile(YamlCursor.root(file.name(), root, problems)));
        }
        dev.examloop.core.map.StarterMap starterMap = files.stream()
                .filter(f -> f.relativePath().equals(StarterMapReader.FILE))
                .findFirst()
                .flatMap(file -> compose(file, problems)
                        .map(root -> StarterMapReader.read(YamlCursor.root(file.name(), root, problems))))
                .orElse(dev.examloop.core.map.StarterMap.EMPTY);
        if (questionsReader.itemsSeen == 0) {
            problems.add(new Problem(packName, 0, "", "has no questions (question files go under questions/*.yaml)"));
        }
        List<ReviewRecord> reviews = new ReviewsReader(problems, sources)
                .read(
                        files.stream()
                                .filter(f -> f.relativePath().startsWith(REVIEW_FOLDER))
                                .toList(),
                        questionsReader.questionIdsSeenIn.keySet());
        List<StarterResource> resources = files.stream()
                .filter(f -> f.relativePath().equals(StarterResourceReader.FILE))
                .findFirst()
                .flatMap(file -> compose(file, problems)
                        .map(root -> StarterResourceReader.read(
                                YamlCursor.root(file.name(), root, problems), blueprint.orElse(null), problems)))
                .orElse(List.of());
        if (!problems.isEmpty() || blueprint.isEmpty()) {
            return new LintResult(packName, Optional.empty(), problems);
        }
        Pack pack = new Pack(
                blueprint.get(), questionsReader.questions, questionsReader.scenarios, reviews, resources, starterMap);
        problems.addAll(PackLint.check(pack, sources, strictness));
        Optional<BankSummary> summary = Optional.of(BankSummary.of(pack));
        boolean loads = problems.stream().noneMatch(Problem::isError);
        return new LintResult(packName, loads ? Optional.of(pack) : Optional.empty(), problems, summary);
    }

    static Optional<Node> compose(PackFile file, List<Problem> problems) {
        if (file.unreadable() != null) {
            problems.add(new Problem(file.name(), 0, "", file.unreadable()));
            return Optional.empty();
        }
        if (file.text() == null) {
            problems.add(new Problem(file.name(), 0, "", "is not UTF-8 text"));
            return Optional.empty();
        }
        LoadSettings settings = YamlLimits.settings(file.name());
        try {
            Optional<Node> root = new Composer(settings, YamlLimits.parser(settings, file.text())).getSingleNode();
            if (root.isEmpty()) {
                problems.add(new Problem(file.name(), 0, "", "is empty"));
            }
            return root;
        } catch (YamlLimits.Exceeded e) {
            problems.add(new Problem(file.name(), e.line(), "", String.valueOf(e.getMessage())));
            return Optional.empty();
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            problems.add(new Problem(file.name(), line, "", "is not valid YAML: " + e.getProblem()));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add(new Problem(file.name(), 0, "", "is not valid YAML: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static Optional<Blueprint> readBlueprint(YamlCursor root, SourceMap sources) {
        Map<String, YamlCursor> f = root.mapping(PACK_FIELDS);
        if (!root.isMapping()) {
            return Optional.empty();
        }
        YamlCursor format = root.field(f, "format");
        format.requiredText()
                .filter(v -> !v.equals(FORMAT))
                .ifPresent(v -> format.problem("is '" + v + "', this version of Examloop reads '" + FORMAT + "'"));
        Optional<String> code =
                root.field(f, "code").requiredMatching(CODE, "an exam code (capital letters, digits and '-')", 64);
        Optional<String> title = root.field(f, "title").requiredText();
        Optional<String> vendor = root.field(f, "vendor").requiredText();
        Optional<String> version = root.field(f, "version").requiredText(64);
        var versionDate = root.field(f, "versionDate").requiredDate();
        Optional<String> licence = root.field(f, "licence").requiredText();
        YamlCursor statusField = root.field(f, "status");
        Optional<PackStatus> status = statusField.requiredText().flatMap(s -> switch (s) {
            case "active" -> Optional.of(PackStatus.ACTIVE);
            case "retired" -> Optional.of(PackStatus.RETIRED);
            default -> {
                statusField.problem("is '" + s + "', it must be 'active' or 'retired'");
                yield Optional.empty();
            }
        });
        YamlCursor retiredOnField = root.field(f, "retiredOn");
        var retiredOn = retiredOnField.optionalDate();
        if (status.orElse(null) == PackStatus.RETIRED && !retiredOnField.present()) {
            retiredOnField.problem("is required when status is 'retired'");
        }
        String notice = root.field(f, "notice").optionalText().orElse(null);
        YamlCursor guideField = root.field(f, "officialGuide");
        String guide = guideField.present() ? guideField.requiredHttpsUrl().orElse(null) : null;
        List<String> referenceDomains = new ArrayList<>();
        for (YamlCursor item : root.field(f, "referenceDomains").items()) {
            item.requiredMatching(
                            HOST_SUFFIX, "a host name such as docs.aws.amazon.com (lower case, no scheme or path)", 253)
                    .ifPresent(referenceDomains::add);
        }
        String importedFrom = root.field(f, "importedFrom").optionalText().orElse(null);
        Optional<ExamSpec> exam = readExam(root.field(f, "exam"));
        List<Domain> domains = readDomains(root.field(f, "domains"), sources);

        if (code.isEmpty()
                || title.isEmpty()
                || vendor.isEmpty()
                || version.isEmpty()
                || versionDate.isEmpty()
                || licence.isEmpty()
                || status.isEmpty()
                || exam.isEmpty()
                || domains.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Blueprint(
                code.get(),
                title.get(),
                vendor.get(),
                version.get(),
                versionDate.get(),
                licence.get(),
                status.get(),
                retiredOn.orElse(null),
                notice,
                guide,
                exam.get(),
                domains,
                referenceDomains,
                importedFrom));
    }

    private static Optional<ExamSpec> readExam(YamlCursor exam) {
        if (!exam.present()) {
            exam.problem(
                    "is required (durationMinutes, questionCount, scoredCount, scale, passingScore, questionTypes)");
            return Optional.empty();
        }
        Map<String, YamlCursor> f = exam.mapping(EXAM_FIELDS);
        var duration = exam.field(f, "durationMinutes").requiredInt(1, 24 * 60);
        var count = exam.field(f, "questionCount").requiredInt(1, 500);
        YamlCursor scoredField = exam.field(f, "scoredCount");
        var scored = scoredField.requiredInt(1, 500);
        if (scored.isPresent() && count.isPresent() && scored.get() > count.get()) {
            scoredField.problem("is " + scored.get() + ", more than questionCount " + count.get());
        }
        YamlCursor scale = exam.field(f, "scale");
        Map<String, YamlCursor> s = scale.mapping(SCALE_FIELDS);
        if (!scale.present()) {
            scale.problem("is required ({min: 100, max: 1000} for example)");
        }
        var min = scale.field(s, "min").requiredInt(0, 1_000_000);
        YamlCursor maxField = scale.field(s, "max");
        var max = maxField.requiredInt(1, 1_000_000);
        if (min.isPresent() && max.isPresent() && min.get() >= max.get()) {
            maxField.problem("is " + max.get() + ", it must be greater than min " + min.get());
        }
        YamlCursor passingField = exam.field(f, "passingScore");
        var passing = passingField.requiredInt(0, 1_000_000);
        if (passing.isPresent()
                && min.isPresent()
                && max.isPresent()
                && (passing.get() <= min.get() || passing.get() > max.get())) {
            passingField.problem("is " + passing.get() + ", it must lie above scale.min " + min.get()
                    + " and at most scale.max " + max.get());
        }
        YamlCursor typesField = exam.field(f, "questionTypes");
        Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
        for (YamlCursor item : typesField.items()) {
            item.requiredText()
                    .ifPresent(word -> QuestionType.fromWord(word)
                            .ifPresentOrElse(
                                    types::add,
                                    () -> item.problem("'" + word + "' is not a question type ("
                                            + QuestionType.allWords() + ")")));
        }
        if (types.isEmpty()) {
            typesField.problem("must list at least one question type (" + QuestionType.allWords() + ")");
        }
        if (duration.isEmpty()
                || count.isEmpty()
                || scored.isEmpty()
                || min.isEmpty()
                || max.isEmpty()
                || passing.isEmpty()
                || types.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new ExamSpec(duration.get(), count.get(), scored.get(), min.get(), max.get(), passing.get(), types));
    }

    private static List<Domain> readDomains(YamlCursor domainsField, SourceMap sources) {
        if (!domainsField.present()) {
            domainsField.problem("is required: the exam's content domains with weights and task statements");
            return List.of();
        }
        List<Domain> domains = new ArrayList<>();
        Set<String> domainIds = new HashSet<>();
        Set<String> taskIds = new HashSet<>();
        int weightSum = 0;
        boolean complete = true;
        for (YamlCursor item : domainsField.items()) {
            Map<String, YamlCursor> f = item.mapping(DOMAIN_FIELDS);
            YamlCursor idField = item.field(f, "id");
            var id = idField.requiredMatching(SHORT_ID, "a short id (letters, digits, '.' and '-')", 32);
            id.filter(v -> !domainIds.add(v))
                    .ifPresent(v -> idField.problem("'" + v + "' is the id of another domain too"));
            var title = item.field(f, "title").requiredText();
            var weight = item.field(f, "weight").requiredInt(1, 100);
            weightSum += weight.orElse(0);
            List<TaskStatement> tasks = new ArrayList<>();
            YamlCursor tasksField = item.field(f, "tasks");
            if (!tasksField.present()) {
                tasksField.problem("is required: the domain's task statements");
            }
            for (YamlCursor taskItem : tasksField.items()) {
                Map<String, YamlCursor> t = taskItem.mapping(TASK_FIELDS);
                YamlCursor taskIdField = taskItem.field(t, "id");
                var taskId = taskIdField.requiredMatching(SHORT_ID, "a short id such as 1.2", 32);
                taskId.filter(v -> !taskIds.add(v))
                        .ifPresent(v -> taskIdField.problem("'" + v + "' is the id of another task statement too"));
                var taskTitle = taskItem.field(t, "title").requiredText();
                if (taskId.isPresent() && taskTitle.isPresent()) {
                    tasks.add(new TaskStatement(taskId.get(), taskTitle.get()));
                    sources.putTask(taskId.get(), taskItem.site());
                } else {
                    complete = false;
                }
            }
            if (id.isPresent() && title.isPresent() && weight.isPresent() && !tasks.isEmpty()) {
                domains.add(new Domain(id.get(), title.get(), weight.get(), tasks));
                sources.putDomain(id.get(), item.site());
            } else {
                complete = false;
            }
        }
        if (domainsField.isSequence() && weightSum != 100) {
            domainsField.problem("weights add up to " + weightSum + ", they must add up to 100");
            complete = false;
        }
        return complete ? domains : List.of();
    }

    /** Reads question files one after the other, checking ids across all of them. */
    private static final class QuestionsReader {
        private final @Nullable Blueprint blueprint;
        private final List<Problem> problems;
        final List<Question> questions = new ArrayList<>();
        final List<Scenario> scenarios = new ArrayList<>();
        int itemsSeen;
        final Map<String, String> questionIdsSeenIn = new HashMap<>();
        private final Set<String> scenarioIds = new HashSet<>();
        private final SourceMap sources;

        QuestionsReader(@Nullable Blueprint blueprint, List<Problem> problems, SourceMap sources) {
            this.blueprint = blueprint;
            this.problems = problems;
            this.sources = sources;
        }

        void readFile(YamlCursor root) {
            Map<String, YamlCursor> f = root.mapping(FILE_FIELDS);
            if (!root.isMapping()) {
                return;
            }
            Set<String> scenariosOfFile = new HashSet<>();
            for (YamlCursor item : root.field(f, "scenarios").items()) {
                readScenario(item).ifPresent(s -> {
                    scenarios.add(s);
                    scenariosOfFile.add(s.id());
                    sources.putScenario(s.id(), item.site().child(".text"));
                });
            }
            YamlCursor questionsField = root.field(f, "questions");
            if (!questionsField.present()) {
                questionsField.problem("is required: the list of questions of this file");
            }
            for (YamlCursor item : questionsField.items()) {
                itemsSeen++;
                readQuestion(item, scenariosOfFile).ifPresent(questions::add);
            }
        }

        private Optional<Scenario> readScenario(YamlCursor item) {
            Map<String, YamlCursor> f = item.mapping(SCENARIO_FIELDS);
            YamlCursor idField = item.field(f, "id");
            var id = idField.requiredMatching(ID, "an id of lower-case letters, digits and '-'");
            id.filter(v -> !scenarioIds.add(v))
                    .ifPresent(v -> idField.problem("'" + v + "' is the id of another scenario too"));
            var title = item.field(f, "title").requiredText();
            var text = item.field(f, "text").requiredText();
            if (id.isEmpty() || title.isEmpty() || text.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Scenario(id.get(), title.get(), text.get()));
        }

        private Optional<Question> readQuestion(YamlCursor item, Set<String> scenariosOfFile) {
            int before = problems.size();
            Map<String, YamlCursor> f = item.mapping(QUESTION_FIELDS);
            if (!item.isMapping()) {
                return Optional.empty();
            }
            YamlCursor idField = item.field(f, "id");
            var id = idField.requiredMatching(ID, "an id of lower-case letters, digits and '-'", 128);
            id.ifPresent(v -> {
                String previous = questionIdsSeenIn.putIfAbsent(v, idField.path());
                if (previous != null) {
                    idField.problem("'" + v + "' is the id of another question too");
                }
            });
            YamlCursor typeField = item.field(f, "type");
            Optional<QuestionType> type = typeField.requiredText().flatMap(word -> {
                Optional<QuestionType> t = QuestionType.fromWord(word);
                if (t.isEmpty()) {
                    typeField.problem("'" + word + "' is not a question type (" + QuestionType.allWords() + ")");
                } else if (blueprint != null
                        && !blueprint.exam().questionTypes().contains(t.get())) {
                    typeField.problem("'" + word + "' is not among the exam's questionTypes in pack.yaml");
                }
                return t;
            });
            YamlCursor domainField = item.field(f, "domain");
            Optional<String> domain = domainField.requiredText();
            Optional<Domain> knownDomain = domain.flatMap(d -> {
                if (blueprint == null) {
                    return Optional.empty();
                }
                Optional<Domain> found = blueprint.domain(d);
                if (found.isEmpty()) {
                    domainField.problem("'" + d + "' is not a domain of the blueprint ("
                            + String.join(
                                    ", ",
                                    blueprint.domains().stream().map(Domain::id).toList()) + ")");
                }
                return found;
            });
            YamlCursor taskField = item.field(f, "task");
            Optional<String> task = taskField.requiredText();
            if (task.isPresent()
                    && knownDomain.isPresent()
                    && knownDomain.get().task(task.get()).isEmpty()) {
                taskField.problem("'" + task.get() + "' is not a task statement of domain "
                        + knownDomain.get().id() + " ("
                        + String.join(
                                ", ",
                                knownDomain.get().tasks().stream()
                                        .map(TaskStatement::id)
                                        .toList()) + ")");
            }
            List<String> tags = readTags(item.field(f, "tags"));
            Optional<Integer> difficulty = item.field(f, "difficulty").optionalInt(1, 5);
            YamlCursor scenarioField = item.field(f, "scenario");
            Optional<String> scenario = scenarioField.optionalText();
            scenario.filter(s -> !scenariosOfFile.contains(s))
                    .ifPresent(s -> scenarioField.problem("'" + s + "' is not a scenario of this file"));
            YamlCursor stemField = item.field(f, "stem");
            Optional<String> stem = stemField.requiredText();
            YamlCursor optionsField = item.field(f, "options");
            List<Option> options = readOptions(optionsField, imported());
            List<Target> targets = readTargets(item.field(f, "targets"), type.orElse(null));
            YamlCursor chooseField = item.field(f, "choose");
            Optional<Integer> choose = chooseField.optionalInt(2, 20);
            List<String> key = type.map(
                            t -> readKey(item.field(f, "answer"), t, options, targets, chooseField, choose, imported()))
                    .orElse(List.of());
            YamlCursor explanationField = item.field(f, "explanation");
            Optional<String> explanation = imported()
                    ? Optional.of(explanationField.optionalText().orElse(""))
                    : explanationField.requiredText();
            YamlCursor referencesField = item.field(f, "references");
            List<String> references = readReferences(referencesField, imported());
            Optional<String> source = item.field(f, "source").requiredText();
            Optional<String> licence = item.field(f, "licence").optionalText();

            if (problems.size() > before) {
                return Optional.empty();
            }
            String questionId = id.get();
            sources.putQuestion(questionId, item.site());
            sources.putQuestionField(questionId, "stem", stemField.site());
            sources.putQuestionField(questionId, "options", optionsField.site());
            sources.putQuestionField(questionId, "explanation", explanationField.site());
            List<YamlCursor> optionItems = optionsField.items();
            for (int i = 0; i < optionItems.size(); i++) {
                sources.putQuestionField(
                        questionId, "options[" + i + "]", optionItems.get(i).site());
            }
            List<YamlCursor> referenceItems = referencesField.items();
            for (int i = 0; i < referenceItems.size(); i++) {
                sources.putQuestionField(
                        questionId,
                        "references[" + i + "]",
                        referenceItems.get(i).site());
            }
            return Optional.of(new Question(
                    id.get(),
                    type.get(),
                    domain.get(),
                    task.get(),
                    tags,
                    difficulty.orElse(null),
                    scenario.orElse(null),
                    stem.get(),
                    choose.orElse(null),
                    options,
                    targets,
                    key,
                    explanation.get(),
                    references,
                    source.get(),
                    licence.orElse(blueprint == null ? null : blueprint.licence())));
        }

        private static List<String> readTags(YamlCursor field) {
            List<String> tags = new ArrayList<>();
            if (!field.present()) {
                field.problem("is required: one or more sub-concept tags");
                return tags;
            }
            for (YamlCursor item : field.items()) {
                item.requiredMatching(ID, "a tag of lower-case letters, digits and '-'")
                        .ifPresent(tags::add);
            }
            if (field.isSequence() && tags.isEmpty()) {
                field.problem("must list at least one sub-concept tag");
            }
            return tags;
        }

        /**
         * An imported bank (docs/interchange.md) keeps to the structure but not to the authoring rules of a bundled
         * pack: its options may come without a why, its questions without an explanation or references, a
         * true/false question has two options and a multiple-response question one distractor.
         */
        private boolean imported() {
            return blueprint != null && blueprint.imported();
        }

        private static List<Option> readOptions(YamlCursor field, boolean imported) {
            List<Option> options = new ArrayList<>();
            if (!field.present()) {
                field.problem("is required");
                return options;
            }
            Set<String> ids = new HashSet<>();
            for (YamlCursor item : field.items()) {
                Map<String, YamlCursor> f = item.mapping(OPTION_FIELDS);
                YamlCursor idField = item.field(f, "id");
                var id = idField.requiredMatching(OPTION_ID, "an option id of lower-case letters and digits");
                id.filter(v -> !ids.add(v))
                        .ifPresent(v -> idField.problem("'" + v + "' is the id of another option too"));
                var text = item.field(f, "text").requiredText();
                YamlCursor whyField = item.field(f, "why");
                var why = imported ? Optional.of(whyField.optionalText().orElse("")) : whyField.requiredText();
                if (id.isPresent() && text.isPresent() && why.isPresent()) {
                    options.add(new Option(id.get(), text.get(), why.get()));
                }
            }
            return options;
        }

        private static List<Target> readTargets(YamlCursor field, @Nullable QuestionType type) {
            List<Target> targets = new ArrayList<>();
            if (type != QuestionType.MATCHING) {
                if (field.present()) {
                    field.problem("only matching questions have targets");
                }
                return targets;
            }
            if (!field.present()) {
                field.problem("is required for a matching question: the right-hand column");
                return targets;
            }
            Set<String> ids = new HashSet<>();
            for (YamlCursor item : field.items()) {
                Map<String, YamlCursor> f = item.mapping(TARGET_FIELDS);
                YamlCursor idField = item.field(f, "id");
                var id = idField.requiredMatching(OPTION_ID, "a target id of lower-case letters and digits");
                id.filter(v -> !ids.add(v))
                        .ifPresent(v -> idField.problem("'" + v + "' is the id of another target too"));
                var text = item.field(f, "text").requiredText();
                if (id.isPresent() && text.isPresent()) {
                    targets.add(new Target(id.get(), text.get()));
                }
            }
            return targets;
        }

        private static List<String> readKey(
                YamlCursor answer,
                QuestionType type,
                List<Option> options,
                List<Target> targets,
                YamlCursor chooseField,
                Optional<Integer> choose,
                boolean imported) {
            Set<String> optionIds =
                    new LinkedHashSet<>(options.stream().map(Option::id).toList());
            String optionList = String.join(", ", optionIds);
            if (!answer.present()) {
                answer.problem("is required: the key");
                return List.of();
            }
            if (type != QuestionType.MULTIPLE && chooseField.present()) {
                chooseField.problem("only multiple-response questions have choose");
            }
            if (type == QuestionType.MATCHING) {
                return readMatchingKey(answer, optionIds, targets);
            }
            List<String> key = new ArrayList<>();
            List<YamlCursor> items = answer.items();
            for (YamlCursor item : items) {
                item.requiredText().ifPresent(id -> {
                    if (!optionIds.contains(id)) {
                        answer.problem("names option '" + id + "', which the question does not have (options: "
                                + optionList + ")");
                    } else if (key.contains(id)) {
                        answer.problem("names option '" + id + "' twice");
                    } else {
                        key.add(id);
                    }
                });
            }
            if (!answer.isSequence() || key.size() < items.size()) {
                return key; // the bad items are reported; counting them again would only repeat it
            }
            switch (type) {
                case SINGLE -> {
                    int fewest = imported ? 2 : 3;
                    if (options.size() < fewest) {
                        answer.problem("a single-choice question needs at least " + fewest + " options, it has "
                                + options.size());
                    }
                    if (key.size() != 1) {
                        answer.problem("a single-choice question has exactly one key, this one has " + key.size());
                    }
                }
                case MULTIPLE -> {
                    if (choose.isEmpty()) {
                        chooseField.problem("is required for a multiple-response question: how many options to select");
                    } else {
                        if (key.size() != choose.get()) {
                            answer.problem("names " + key.size() + " options but choose is " + choose.get());
                        }
                        int fewest = choose.get() + (imported ? 1 : 2);
                        if (options.size() < fewest) {
                            answer.problem("a choose-" + choose.get() + " question needs at least " + fewest
                                    + " options, it has " + options.size());
                        }
                    }
                }
                case ORDERING -> {
                    if (options.size() < 3 || options.size() > 6) {
                        answer.problem("an ordering question has 3 to 6 steps, this one has " + options.size());
                    }
                    if (!new HashSet<>(key).equals(optionIds)) {
                        answer.problem("must list every option exactly once, in the right order (options: " + optionList
                                + ")");
                    } else if (key.equals(new ArrayList<>(optionIds))) {
                        answer.problem("is the order the options are listed in; list the steps shuffled, so that their "
                                + "ids do not give the order away");
                    }
                }
                case MATCHING -> throw new IllegalStateException("handled above");
            }
            return key;
        }

        private static List<String> readMatchingKey(YamlCursor answer, Set<String> optionIds, List<Target> targets) {
            Set<String> targetIds =
                    new HashSet<>(targets.stream().map(Target::id).toList());
            Map<String, YamlCursor> pairs = answer.mapping(optionIds);
            if (!answer.isMapping()) {
                answer.problem("must map every option id to a target id, such as {a: t1, b: t2}");
                return List.of();
            }
            if (optionIds.size() < 3 || optionIds.size() > 6) {
                answer.problem("a matching question has 3 to 6 items, this one has " + optionIds.size());
            }
            List<String> key = new ArrayList<>();
            List<String> targetOrder = targets.stream().map(Target::id).toList();
            for (String optionId : optionIds) {
                YamlCursor target = answer.field(pairs, optionId);
                if (!target.present()) {
                    answer.problem("does not say which target option '" + optionId + "' goes with");
                    continue;
                }
                target.requiredText().ifPresent(t -> {
                    if (!targetIds.contains(t)) {
                        target.problem("names target '" + t + "', which the question does not have");
                    } else {
                        key.add(optionId + ":" + t);
                    }
                });
            }
            List<String> listedPairs = new ArrayList<>();
            List<String> options = new ArrayList<>(optionIds);
            for (int i = 0; i < Math.min(options.size(), targetOrder.size()); i++) {
                listedPairs.add(options.get(i) + ":" + targetOrder.get(i));
            }
            if (key.size() == optionIds.size() && key.equals(listedPairs)) {
                answer.problem("pairs each item with the target listed at the same place; shuffle the targets, so that "
                        + "their order does not give the key away");
            }
            return key;
        }

        private static List<String> readReferences(YamlCursor field, boolean imported) {
            List<String> references = new ArrayList<>();
            if (!field.present() && imported) {
                return references;
            }
            if (!field.present()) {
                field.problem("is required: at least one link to official documentation");
                return references;
            }
            for (YamlCursor item : field.items()) {
                item.requiredHttpsUrl().ifPresent(references::add);
            }
            if (field.isSequence() && references.isEmpty() && field.items().isEmpty()) {
                field.problem("must list at least one link to official documentation");
            }
            return references;
        }
    }
}
