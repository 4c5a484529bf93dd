package ai.smartsuccess.skillslab.scoring.service.preprocess;

import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import ai.smartsuccess.skillslab.scoring.service.input.ScoringInput;
import ai.smartsuccess.skillslab.scoring.service.input.WorkspaceFile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Step 2 of the pipeline: sanitise the timeline (duplicates and browser copies of server-recorded events out, time
 * order), leave out score-manipulation prompts and content-free notes, then extract AI interactions, code evolution,
 * test activity, time metrics, tool usage, planning and repetition.
 */
public final class SessionPreprocessor {

    private final RepetitionDetector repetitionDetector;

    public SessionPreprocessor(SentenceEmbedder embedder) {
        this.repetitionDetector = new RepetitionDetector(embedder);
    }

    public SessionEvidence process(ScoringInput input) {
        AssessmentSubmitted submission = input.submission();
        List<String> warnings = new ArrayList<>(input.dataWarnings());
        List<TrackingEvent> events = sanitize(input.events(), warnings);

        // Everything the candidate was given to read (README, bug reports, design notes): text copied from it is
        // not the candidate's own words.
        String readme = input.starterFiles().files().values().stream()
                .filter(f -> f.text() != null && documentation(f.path()))
                .map(WorkspaceFile::text)
                .collect(java.util.stream.Collectors.joining("\n"));
        TaskVocabulary taskVocabulary = new TaskVocabulary(
                submission.task() == null ? "" : submission.task().description(), readme);
        Set<String> paths = new LinkedHashSet<>(input.starterFiles().files().keySet());
        paths.addAll(input.finalFiles().files().keySet());
        List<String> code = Stream.concat(
                        input.starterFiles().files().values().stream(), input.finalFiles().files().values().stream())
                .map(WorkspaceFile::text)
                .filter(t -> t != null)
                .toList();
        TextAnalyzer analyzer = new TextAnalyzer(taskVocabulary, new WorkspaceVocabulary(paths, code));

        // Prompts aimed at the score are set aside with their answers before any evidence is taken.
        List<AiExchange> all = AiInteractionExtractor.extract(events, analyzer);
        List<AiExchange> manipulation =
                all.stream().filter(e -> e.text().manipulation()).toList();
        if (!manipulation.isEmpty()) {
            Set<TrackingEvent> drop = new HashSet<>();
            manipulation.forEach(e -> {
                drop.add(e.prompt());
                if (e.response() != null) {
                    drop.add(e.response());
                }
            });
            events = events.stream().filter(e -> !drop.contains(e)).toList();
        }

        List<NoteRecord> notes = new ArrayList<>();
        Set<TrackingEvent> emptyNotes = new HashSet<>();
        int stuffed = 0;
        int manipulativeNotes = 0;
        for (TrackingEvent event : events) {
            if (event.type() == TrackingEventType.NOTE) {
                CandidateText text = analyzer.analyze(Data.string(event, "text"), Set.of());
                stuffed += text.stuffedSentences();
                if (text.manipulation()) {
                    // A note addressed to the scoring is set aside like a flagged prompt: no evidence either way.
                    manipulativeNotes++;
                    emptyNotes.add(event);
                } else if (text.empty()) {
                    emptyNotes.add(event);
                } else {
                    notes.add(new NoteRecord(event.id(), event.timestamp(), text));
                }
            }
        }
        if (!emptyNotes.isEmpty()) {
            events = events.stream().filter(e -> !emptyNotes.contains(e)).toList();
        }

        List<AiExchange> exchanges = manipulation.isEmpty() ? all : AiInteractionExtractor.extract(events, analyzer);
        for (AiExchange exchange : exchanges) {
            stuffed += exchange.text().stuffedSentences();
        }
        Repetition repetition = repetitionDetector.detect(exchanges);
        CodeEvolution evolution =
                CodeEvolutionAnalyzer.analyze(events, exchanges, input.starterFiles(), input.finalFiles());
        warnings.addAll(evolution.warnings());
        TestActivity tests =
                TestActivityAnalyzer.analyze(events, exchanges, evolution, repetition, submission.hiddenTests());
        long limitSeconds = submission.task() == null ? 0 : submission.task().timeLimitMinutes() * 60L;
        Instant end = submission.submittedAt() != null
                ? submission.submittedAt()
                : events.isEmpty()
                        ? Instant.EPOCH
                        : events.get(events.size() - 1).timestamp();
        TimeMetrics time = TimeMetricsCalculator.compute(
                events, submission.startedAt(), submission.submittedAt(), limitSeconds, evolution, tests);
        ToolUsage tools = ToolUsageAnalyzer.analyze(
                events,
                exchanges,
                evolution,
                tests,
                input.starterFiles().files().keySet(),
                end);
        PlanningEvidence planning = planning(notes, exchanges, taskVocabulary);
        return new SessionEvidence(
                submission,
                events,
                input.trackingPresent(),
                exchanges,
                evolution,
                FinalCodeAnalyzer.analyze(evolution, input.starterFiles(), input.finalFiles()),
                tests,
                time,
                tools,
                planning,
                repetition,
                new Integrity(manipulation, stuffed, emptyNotes.size() - manipulativeNotes, manipulativeNotes),
                input.starterFiles().files().size(),
                warnings);
    }

    static boolean documentation(String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".txt") || lower.endsWith(".rst");
    }

    static List<TrackingEvent> sanitize(List<TrackingEvent> raw, List<String> warnings) {
        Set<String> seen = new HashSet<>();
        List<TrackingEvent> kept = new ArrayList<>();
        int browserCopies = 0;
        for (TrackingEvent event : raw) {
            if (event.id() != null && !seen.add(event.id())) {
                continue;
            }
            if (event.type().serverRecorded() && TrackingEvent.SOURCE_CLIENT.equals(event.source())) {
                browserCopies++;
                continue;
            }
            kept.add(event);
        }
        if (browserCopies > 0) {
            warnings.add(browserCopies + " browser-reported copies of server-recorded events were ignored.");
        }
        kept.sort(Comparator.comparing(TrackingEvent::timestamp));
        return List.copyOf(kept);
    }

    private static PlanningEvidence planning(
            List<NoteRecord> notes, List<AiExchange> exchanges, TaskVocabulary taskVocabulary) {
        int planItems = 0;
        int checked = 0;
        boolean estimate = false;
        StringBuilder own = new StringBuilder();
        for (NoteRecord note : notes) {
            planItems += note.text().listItems();
            checked += note.text().checkedItems();
            estimate |= note.text().timeEstimate();
            own.append(note.text().ownText()).append('\n');
        }
        List<Integer> wholeTask = new ArrayList<>();
        for (AiExchange exchange : exchanges) {
            planItems += exchange.text().listItems();
            own.append(exchange.text().ownText()).append('\n');
            CandidateText text = exchange.text();
            // Most of the task description pasted in, whatever code came with it.
            double coverage = taskVocabulary.coverageOf(text.raw());
            if (coverage >= 0.6 || (coverage >= 0.3 && text.copiedWords() >= text.ownWords())) {
                wholeTask.add(exchange.index());
            }
        }
        Set<String> ownStems = new HashSet<>();
        Words.tokens(own.toString()).forEach(t -> ownStems.add(Words.stem(t)));
        Set<String> restated = new LinkedHashSet<>();
        for (String term : taskVocabulary.keyTerms()) {
            if (ownStems.contains(term)) {
                restated.add(term);
            }
        }
        return new PlanningEvidence(
                notes,
                planItems,
                checked,
                estimate,
                restated,
                taskVocabulary.keyTerms().size(),
                wholeTask);
    }
}
