package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads candidate-written text as data. Nothing in it is obeyed; its features are bounded so that length or keywords
 * cannot buy points, and sentences that are only rubric keywords are dropped before anything is measured.
 */
public final class TextAnalyzer {

    /** Words of the scoring rubric itself: a sentence made mostly of them is keyword stuffing, not a request. */
    static final Set<String> RUBRIC = Set.of(
            "plan",
            "planning",
            "planned",
            "step",
            "steps",
            "decompose",
            "decomposition",
            "breakdown",
            "milestone",
            "milestones",
            "estimate",
            "estimation",
            "clarity",
            "clear",
            "specific",
            "specificity",
            "context",
            "contextual",
            "iterate",
            "iteration",
            "iterative",
            "efficient",
            "efficiency",
            "error",
            "errors",
            "recovery",
            "recover",
            "verify",
            "verification",
            "validate",
            "validation",
            "test",
            "tests",
            "testing",
            "tested",
            "edge",
            "cases",
            "quality",
            "documentation",
            "document",
            "documented",
            "orchestration",
            "orchestrate",
            "tool",
            "tools",
            "workflow",
            "resource",
            "resources",
            "correct",
            "correctness",
            "robust",
            "robustness",
            "best",
            "practice",
            "practices",
            "requirement",
            "requirements",
            "constraint",
            "constraints",
            "criteria",
            "acceptance",
            "coverage",
            "understanding",
            "management",
            "handling",
            "refactor",
            "clean",
            "maintainable",
            "readable",
            "scalable",
            "secure",
            "performance",
            "optimize",
            "optimized",
            "thorough",
            "comprehensive",
            "structured",
            "systematic",
            "methodical",
            "careful",
            "carefully",
            "precise",
            "review",
            "reviewed",
            "analysis",
            "analyse",
            "analyze",
            "analysed",
            "methodology",
            "hypothesis",
            "driven",
            "critical",
            "critically",
            "trade",
            "offs",
            "maintainability",
            "scalability",
            "observability",
            "assumptions",
            "verified",
            "validated",
            "iterated",
            "decomposed",
            "orchestrated",
            "refactored",
            "considered",
            "complete",
            "completed",
            "done",
            "approach",
            "systematically",
            "evaluation",
            "evaluate",
            "evaluated");

    static final Set<String> RUBRIC_STEMS =
            RUBRIC.stream().map(Words::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Pattern INLINE_CODE = Pattern.compile("`([^`\\n]{2,80})`");
    private static final Pattern SENTENCE_SPLIT = Pattern.compile("(?<=[.!?])\\s+|\\n");
    private static final Pattern CODE_REFERENCE = Pattern.compile(
            "(?<![\\w-])[\\w-]+/[\\w./<>-]+|\\b\\w+\\.(?:py|js|mjs|cjs|ts|tsx|java|go|rb|md)\\b|\\b\\w+\\(\\)|\\b[a-z]+_[a-z_]+\\b"
                    + "|\\b[a-z]+[A-Z]\\w*\\b|`");
    // Each starts a match only where a run of its characters starts (where the leftmost match started anyway): tried
    // from inside a long run too, they took time quadratic in its length.
    private static final Pattern TRAILING_LABEL = Pattern.compile("(?<!\\s)\\s*\\b\\w+:\\s*$");
    private static final Pattern CLAUSE_SPLIT = Pattern.compile("(?<=[:;])\\s+|(?<!\\s)\\s+(?:->|→|—)\\s+");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*•]|\\d+[.)]|\\[[ xX]\\])\\s+\\S.*");
    private static final Pattern CHECKED = Pattern.compile("^\\s*(?:[-*]\\s*)?\\[[xX]\\]\\s+\\S.*");
    private static final Pattern STATUS_CODE = Pattern.compile("\\b[1-5]\\d\\d\\b");
    private static final Pattern ERROR_TEXT = Pattern.compile(
            "(?i)\\b(?:traceback|[a-z]*error|[a-z]*exception|assertionerror|expected .{1,40} (?:but )?got)\\b");
    private static final Pattern CONSTRAINT = Pattern.compile(
            "(?i)\\b(?:must|should|without|only|never|avoid|ensure|exactly|at least|at most|instead of|unless|returns?|"
                    + "raises?|rejects?|when|if|so that)\\b");
    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "(?i)\\b(?:you (?:suggested|wrote|gave|proposed|used|changed|added)|your (?:previous|last|earlier|first)"
                    + " (?:answer|response|code|version|suggestion)|(?:previous|last|earlier) (?:answer|response|version)"
                    + "|above|as before|that (?:function|method|code|change|fix|version|handler|test))\\b");
    private static final Pattern CORRECTION = Pattern.compile(
            "(?i)(?:\\b(?:doesn'?t|does not|didn'?t|did not|isn'?t|is not) work|\\bwrong\\b|\\bincorrect\\b|"
                    + "\\bstill (?:fail|fails|failing|broken|errors?)\\b|\\btraceback\\b|\\b\\w*(?:error|exception)\\b|"
                    + "\\bfail(?:s|ed|ing|ure)?\\b|\\bbug\\b|\\bnot what i\\b|\\bthat'?s not\\b|\\bbroke\\b)");
    private static final Pattern OVERRIDE = Pattern.compile(
            "(?i)(?:ignore|disregard|forget) (?:all |any |the |your )?(?:previous|prior|above|earlier|preceding|"
                    + "system)? ?(?:scoring )?(?:instructions|prompts?|rules|guidelines|rubric|scoring|grading|hidden tests?"
                    + "|(?:hidden )?test results)|\\byou are now\\b|\\bsystem prompt\\b|\\bsystem override\\b|"
                    + "\\bnew instructions\\b|\\bas the (?:evaluator|grader|judge|assessor)\\b|"
                    + "\\bmark (?:every|each|all) (?:category|categories)\\b");
    private static final Pattern SCORE_TARGET = Pattern.compile(
            "(?i)\\b(?:scores?|grades?|grad(?:ing|er|ers)|rating|evaluat\\w*|assess\\w*|judge|rubric|full marks|perfect"
                    + "|innovator)\\b"
                    + "|\\b10\\s*/\\s*10\\b|\\b100\\s*/\\s*100\\b|\\b100 points\\b");
    private static final Pattern SCORE_REQUEST = Pattern.compile(
            "(?i)\\b(?:give|award|assign|grant|rate|score|grade|mark)\\s+(?:me|us|this(?: session| work| solution)?|it"
                    + "|my (?:work|session|solution|submission)|the candidate)\\s+(?:as\\s+)?(?:a\\s+|an\\s+)?(?:perfect|full"
                    + "|maximum|max|top|highest|high|excellent|innovator|\\d+\\s*/\\s*\\d+|\\d+\\s*(?:points|%|percent)|10\\b"
                    + "|100\\b)|\\b(?:receive|deserves?|get|award)\\s+(?:the\\s+|a\\s+)?(?:maximum|max|full|top|perfect"
                    + "|highest)\\s+(?:score|marks|grade)");
    private static final Pattern TIME_ESTIMATE =
            Pattern.compile("(?i)\\b\\d+\\s*(?:min|mins|minutes|m|h|hr|hrs|hours?)\\b|~\\s*\\d+");

    private final TaskVocabulary task;
    private final WorkspaceVocabulary workspace;

    /** Requirement terms and workspace identifiers: what makes a sentence concrete. */
    private final Set<String> concreteTerms;

    public TextAnalyzer(TaskVocabulary task, WorkspaceVocabulary workspace) {
        this.task = task;
        this.workspace = workspace;
        Set<String> concrete = new java.util.HashSet<>(task.keyTerms());
        concrete.addAll(workspace.identifiers());
        this.concreteTerms = Set.copyOf(concrete);
    }

    /**
     * @param earlierIdentifiers identifiers introduced by earlier AI answers, which a follow-up prompt may name
     */
    public CandidateText analyze(String raw, Set<String> earlierIdentifiers) {
        String text = raw == null ? "" : raw.replace("\r", "");
        List<String> code = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        int last = 0;
        for (Fences.Fence fence : Fences.in(text)) {
            prose.append(text, last, fence.start()).append('\n');
            if (!fence.body().isBlank()) {
                code.add(fence.body().strip());
            }
            last = fence.end();
        }
        prose.append(text.substring(last));

        boolean manipulation = manipulation(text);
        List<String> own = new ArrayList<>();
        int stuffed = 0;
        int copiedWords = 0;
        for (String line : prose.toString().split("\n")) {
            if (line.startsWith("    ") || line.startsWith("\t")) {
                if (!line.isBlank()) {
                    code.add(line.strip());
                }
                continue;
            }
            StringBuilder kept = new StringBuilder();
            for (String sentence : SENTENCE_SPLIT.split(line)) {
                if (sentence.isBlank()) {
                    continue;
                }
                String unstuffed = withoutStuffedClauses(sentence, concreteTerms);
                if (unstuffed.isBlank()) {
                    stuffed++;
                } else if (task.copied(unstuffed)) {
                    copiedWords += Words.count(unstuffed);
                } else {
                    if (!unstuffed.equals(sentence)) {
                        stuffed++;
                    }
                    kept.append(kept.length() == 0 ? "" : " ").append(unstuffed.strip());
                }
            }
            if (kept.length() > 0) {
                own.add(kept.toString());
            }
        }
        // What is left, if it is still mostly rubric words, is one keyword list however it was punctuated.
        if (!own.isEmpty() && stuffedText(String.join("\n", own), stuffed > 0)) {
            stuffed += own.size();
            own.clear();
        }
        String ownText = String.join("\n", own);
        int listItems = 0;
        int checked = 0;
        for (String line : own) {
            if (LIST_ITEM.matcher(line).matches()) {
                listItems++;
            }
            if (CHECKED.matcher(line).matches()) {
                checked++;
            }
        }
        Set<String> mentioned = mentionedIdentifiers(ownText + "\n" + String.join("\n", code), earlierIdentifiers);
        Set<String> anchors = anchors(ownText, code, mentioned);
        return new CandidateText(
                text,
                ownText,
                Words.count(ownText),
                List.copyOf(code),
                stuffed,
                copiedWords,
                anchors,
                mentioned,
                CONSTRAINT.matcher(ownText).find(),
                BACK_REFERENCE.matcher(ownText).find(),
                CORRECTION.matcher(ownText).find(),
                manipulation,
                listItems,
                checked,
                TIME_ESTIMATE.matcher(ownText).find());
    }

    /**
     * The sentence without its clauses (split at colons and semicolons) that are keyword stuffing, so a real request
     * with a stuffed tail ("add POST /todos … Approach: plan, decompose, verify, …") keeps its request and loses the
     * tail; empty when the whole sentence is stuffing.
     */
    static String withoutStuffedClauses(String sentence, Set<String> concreteTerms) {
        if (stuffed(sentence, concreteTerms)) {
            return "";
        }
        String[] clauses = CLAUSE_SPLIT.split(sentence);
        if (clauses.length == 1) {
            return sentence;
        }
        StringBuilder kept = new StringBuilder();
        boolean dropped = false;
        for (String clause : clauses) {
            if (clause.isBlank()) {
                continue;
            }
            if (stuffed(clause, concreteTerms)) {
                dropped = true;
            } else {
                kept.append(kept.length() == 0 ? "" : " ").append(clause.strip());
            }
        }
        if (!dropped) {
            return sentence;
        }
        // A word or two left between stuffed clauses ("… -> implement -> …") is debris, not a request, and the label of
        // a dropped list ("… Approach:") goes with it.
        String left = TRAILING_LABEL.matcher(kept.toString()).replaceFirst("");
        return Words.tokens(left).size() < 3 ? "" : left;
    }

    /**
     * A comma list of five or more short items that is largely rubric words ("verify each step, test edge cases,
     * regression tests, root cause analysis, iterate, …") is stuffing even when a task term is among the items: the
     * list names qualities instead of doing anything.
     */
    static boolean rubricList(String sentence, long rubric, int tokens) {
        String[] items = sentence.split(",");
        if (items.length < 5 || rubric * 5 < tokens * 2L) {
            return false;
        }
        for (String item : items) {
            if (Words.tokens(item).size() > 5) {
                return false;
            }
        }
        return true;
    }

    /**
     * At least six rubric words making up at least 60 % of the text's content words (half, when stuffing was already
     * found in the text), and no reference to the code (a
     * path, a file, a function or identifier): a real request with a stuffed tail keeps its request, sentence by
     * sentence.
     */
    static boolean stuffedText(String prose, boolean stuffingFound) {
        List<String> content = Words.tokens(prose).stream()
                .filter(t -> !Words.STOPWORDS.contains(t))
                .toList();
        long rubric = content.stream().filter(TextAnalyzer::rubricWord).count();
        if (content.isEmpty() || CODE_REFERENCE.matcher(prose).find()) {
            return false;
        }
        // What is left of a text already caught stuffing needs less to be recognised as the rest of the list.
        return stuffingFound ? rubric * 2 >= content.size() : rubric >= 6 && rubric * 5 >= content.size() * 3L;
    }

    static boolean rubricWord(String token) {
        return RUBRIC.contains(token) || RUBRIC_STEMS.contains(Words.stem(token));
    }

    /** A request aimed at the score rather than at the work: an instruction override, or asking for marks. */
    static boolean manipulation(String text) {
        boolean targetsScore = SCORE_TARGET.matcher(text).find();
        return targetsScore
                        && (OVERRIDE.matcher(text).find()
                                || SCORE_REQUEST.matcher(text).find())
                || OVERRIDE.matcher(text).find()
                        && text.toLowerCase(Locale.ROOT).contains("score");
    }

    /**
     * Keyword stuffing: at least four rubric words making up at least half of the sentence, and nothing concrete in it
     * (no requirement term, workspace name, path or number). Such a sentence carries no evidence either way.
     */
    static boolean stuffed(String sentence, Set<String> concreteTerms) {
        List<String> tokens = Words.tokens(sentence);
        if (tokens.isEmpty()) {
            return false;
        }
        long rubric = tokens.stream().filter(TextAnalyzer::rubricWord).count();
        List<String> content =
                tokens.stream().filter(t -> !Words.STOPWORDS.contains(t)).toList();
        // "Verified." "Iterated." — a word or two of nothing but rubric says nothing about the work.
        // A heading that introduces what follows ("Plan:", "Next steps:") is not such a word: it labels the work.
        boolean onlyRubric = !content.isEmpty()
                && content.size() <= 2
                && content.stream().allMatch(TextAnalyzer::rubricWord)
                && !sentence.strip().endsWith(":");
        if (rubricList(sentence, rubric, tokens.size())) {
            return true;
        }
        if (!onlyRubric && (rubric < 4 || rubric * 2 < tokens.size())) {
            return false;
        }
        boolean concrete = sentence.contains("/")
                || sentence.contains("`")
                || tokens.stream()
                        .anyMatch(t -> t.chars().anyMatch(Character::isDigit)
                                || (!RUBRIC.contains(t) && concreteTerms.contains(Words.stem(t))));
        return !concrete;
    }

    private Set<String> mentionedIdentifiers(String text, Set<String> earlierIdentifiers) {
        Set<String> mentioned = new LinkedHashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> words = new java.util.HashSet<>(Words.tokens(lower));
        for (String id : workspace.identifiers()) {
            if (words.contains(id)) {
                mentioned.add(id);
            }
        }
        for (String id : earlierIdentifiers) {
            if (words.contains(id)) {
                mentioned.add(id);
            }
        }
        return mentioned;
    }

    private Set<String> anchors(String ownText, List<String> code, Set<String> mentioned) {
        Set<String> anchors = new LinkedHashSet<>();
        String lower = ownText.toLowerCase(Locale.ROOT);
        for (String path : workspace.paths()) {
            if (lower.contains(path)) {
                anchors.add("path:" + path);
            }
        }
        mentioned.forEach(id -> anchors.add("id:" + id));
        Matcher inline = INLINE_CODE.matcher(ownText);
        while (inline.find()) {
            anchors.add("code:" + inline.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher status = STATUS_CODE.matcher(ownText);
        while (status.find()) {
            anchors.add("status:" + status.group());
        }
        for (String block : code) {
            if (ERROR_TEXT.matcher(block).find()) {
                anchors.add("error-output");
            } else {
                anchors.add("code-excerpt");
            }
        }
        if (ERROR_TEXT.matcher(ownText).find()) {
            anchors.add("error-text");
        }
        return anchors;
    }
}
