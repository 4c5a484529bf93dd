package ai.smartsuccess.skillslab.assessment.service.report;

import ai.smartsuccess.skillslab.assessment.config.ReportConfig;
import ai.smartsuccess.skillslab.assessment.model.Assessment;
import ai.smartsuccess.skillslab.assessment.model.AssessmentStatus;
import ai.smartsuccess.skillslab.assessment.model.ChatMessage;
import ai.smartsuccess.skillslab.assessment.model.Score;
import ai.smartsuccess.skillslab.assessment.model.ScoreReportDocument;
import ai.smartsuccess.skillslab.assessment.model.TrackingObject;
import ai.smartsuccess.skillslab.assessment.repository.AssessmentRepository;
import ai.smartsuccess.skillslab.assessment.repository.ChatMessageRepository;
import ai.smartsuccess.skillslab.assessment.repository.ScoreRepository;
import ai.smartsuccess.skillslab.assessment.repository.ScoreRevisionRepository;
import ai.smartsuccess.skillslab.assessment.repository.TrackingObjectRepository;
import ai.smartsuccess.skillslab.assessment.service.AssessmentMapper;
import ai.smartsuccess.skillslab.assessment.service.PersonalData;
import ai.smartsuccess.skillslab.assessment.service.ScoreFigures;
import ai.smartsuccess.skillslab.assessment.service.report.EvidenceReportViews.EvidenceReport;
import ai.smartsuccess.skillslab.assessment.service.report.EvidenceReportViews.OwnTimeline;
import ai.smartsuccess.skillslab.assessment.service.report.EvidenceReportViews.ReportAiUsage;
import ai.smartsuccess.skillslab.assessment.service.report.EvidenceReportViews.ReportCandidate;
import ai.smartsuccess.skillslab.assessment.service.report.EvidenceReportViews.ReportHiddenTest;
import ai.smartsuccess.skillslab.assessment.service.report.EvidenceReportViews.ReportHiddenTests;
import ai.smartsuccess.skillslab.assessment.service.report.EvidenceReportViews.ReportScoreVersion;
import ai.smartsuccess.skillslab.assessment.service.report.EvidenceReportViews.ReportTask;
import ai.smartsuccess.skillslab.assessment.service.report.EvidenceReportViews.TimelineSummary;
import ai.smartsuccess.skillslab.assessment.storage.ReportObjectStorage;
import ai.smartsuccess.skillslab.assessment.storage.TrackingObjectStorage;
import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The business's evidence report of an attempt on one of its own tasks: the attempt, its score report in full, the
 * hidden test run, AI usage, the chat, and the timeline built from the session's tracking objects. Anyone but the
 * task's creator: 404, as if the attempt did not exist.
 */
@ApplicationScoped
public class EvidenceReportService {

    private static final Logger LOG = Logger.getLogger(EvidenceReportService.class);

    /** Stored data may carry newer, additive fields: read tolerantly (the REST mapper refuses unknown fields). */
    static final ObjectMapper STORED = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Tracking objects read at once. */
    private static final int READ_CONCURRENCY = 8;

    private final AssessmentRepository assessments;
    private final ScoreRepository scores;
    private final ScoreRevisionRepository revisions;
    private final ChatMessageRepository chat;
    private final TrackingObjectRepository trackingObjects;
    private final TrackingObjectStorage tracking;
    private final ReportObjectStorage storage;
    private final ReportConfig config;

    EvidenceReportService(
            AssessmentRepository assessments,
            ScoreRepository scores,
            ScoreRevisionRepository revisions,
            ChatMessageRepository chat,
            TrackingObjectRepository trackingObjects,
            TrackingObjectStorage tracking,
            ReportObjectStorage storage,
            ReportConfig config) {
        this.assessments = assessments;
        this.scores = scores;
        this.revisions = revisions;
        this.chat = chat;
        this.trackingObjects = trackingObjects;
        this.tracking = tracking;
        this.storage = storage;
        this.config = config;
    }

    /** What the database holds of an attempt for its report. */
    record Stored(
            Assessment assessment,
            Score score,
            long earlierRevisions,
            List<ChatMessage> chat,
            List<TrackingObject> trackingObjects) {}

    public Uni<EvidenceReport> report(Caller caller, UUID assessmentId) {
        return Panache.withSession(() -> owned(caller, assessmentId)
                        .flatMap(a -> scores.findById(assessmentId)
                                .flatMap(score -> revisions
                                        .count("assessmentId", assessmentId)
                                        .flatMap(count -> chat.history(assessmentId)
                                                .flatMap(messages -> trackingObjects
                                                        .inOrder(assessmentId)
                                                        .map(objects ->
                                                                new Stored(a, score, count, messages, objects)))))))
                .flatMap(this::withTimeline);
    }

    /** The attempt with its current score, when it is on one of the caller's tasks and scored (else 404, 409). */
    public Uni<Scored> scored(Caller caller, UUID assessmentId) {
        return Panache.withSession(() -> owned(caller, assessmentId)
                .flatMap(a -> scores.findById(assessmentId).map(score -> {
                    if (a.status != AssessmentStatus.SCORED || score == null || score.report == null) {
                        throw new ConflictException(
                                "not-scored",
                                "The attempt " + assessmentId + " is not scored yet (status " + a.status.value()
                                        + "); its PDF report is made once it is.",
                                Map.of("assessmentIds", List.of(assessmentId.toString())));
                    }
                    return new Scored(a, score);
                })));
    }

    /** A scored attempt and its current score report. */
    public record Scored(Assessment assessment, Score score) {}

    /** The attempt, when it is on one of the caller's tasks; anything else is not found. */
    private Uni<Assessment> owned(Caller caller, UUID assessmentId) {
        return assessments.findById(assessmentId).map(a -> {
            if (a == null || a.taskCreatorId == null || !a.taskCreatorId.equals(caller.subject())) {
                // Another business's attempt and one that does not exist look the same.
                throw new NotFoundException("No candidate attempt " + assessmentId + " on your tasks.");
            }
            return a;
        });
    }

    /**
     * The session's timeline for its own candidate, once scored: what the business's report holds, less what the
     * candidate's own report leaves out (see {@link CandidateTimeline}). Someone else's attempt: 404; not scored yet:
     * 409 not-scored.
     */
    public Uni<OwnTimeline> ownTimeline(Caller caller, UUID assessmentId) {
        return Panache.withSession(() -> assessments
                        .findById(assessmentId)
                        .map(a -> {
                            if (a == null || !a.isOwnedBy(caller.subject())) {
                                throw new NotFoundException("Assessment " + assessmentId + " was not found");
                            }
                            return a;
                        })
                        .flatMap(a -> scores.findById(assessmentId).flatMap(score -> {
                            if (a.status != AssessmentStatus.SCORED || score == null || score.report == null) {
                                throw new ConflictException(
                                        "not-scored",
                                        "The assessment " + assessmentId + " is not scored yet (status "
                                                + a.status.value() + "); its replay is ready once it is.",
                                        Map.of("assessmentIds", List.of(assessmentId.toString())));
                            }
                            return chat.history(assessmentId)
                                    .flatMap(messages -> trackingObjects
                                            .inOrder(assessmentId)
                                            .map(objects -> new Stored(a, score, 0, messages, objects)));
                        })))
                .flatMap(stored -> timeline(stored)
                        .map(built -> CandidateTimeline.of(
                                stored.assessment().id,
                                built.entries(),
                                built.summary(),
                                stored.chat().stream()
                                        .map(AssessmentMapper::chat)
                                        .toList(),
                                AssessmentMapper.candidateScore(stored.score().report)
                                        .detailedAnalysis())));
    }

    private Uni<EvidenceReport> withTimeline(Stored stored) {
        return timeline(stored).map(built -> report(stored, built.timeline(), built.summary()));
    }

    /** A built timeline and what it was built from. */
    private record BuiltTimeline(Timeline.Built timeline, TimelineSummary summary) {

        List<EvidenceReportViews.TimelineEntry> entries() {
            return timeline.entries();
        }
    }

    private Uni<BuiltTimeline> timeline(Stored stored) {
        List<String> warnings = new ArrayList<>();
        Uni<List<ReadObject>> objects = readTracking(stored.trackingObjects());
        Uni<Map<String, String>> starter = starterFiles(stored.assessment(), warnings);
        return Uni.combine()
                .all()
                .unis(objects, starter)
                .asTuple()
                .flatMap(read -> OnContext.blocking(() -> {
                    List<TrackingEvent> events = new ArrayList<>();
                    int unreadable = 0;
                    for (ReadObject object : read.getItem1()) {
                        if (object.ndjson() == null) {
                            warnings.add("The tracking object " + object.key() + " could not be read.");
                            continue;
                        }
                        unreadable += parse(object.ndjson(), events);
                    }
                    Assessment a = stored.assessment();
                    Timeline.Built built = Timeline.build(
                            events,
                            new Timeline.Session(
                                    instant(a.startedAt),
                                    instant(a.submittedAt),
                                    a.autoSubmitted,
                                    a.notes,
                                    a.submission == null ? null : a.submission.hiddenTests(),
                                    read.getItem2()),
                            Timeline.Limits.of(config.timeline()));
                    if (unreadable > 0) {
                        warnings.add(unreadable + " tracking line(s) could not be read and were skipped.");
                    }
                    warnings.addAll(built.warnings());
                    if (a.is(AssessmentStatus.IN_PROGRESS)) {
                        warnings.add(
                                "The session is still running: events of the last 30 seconds may not be stored yet.");
                    }
                    TimelineSummary summary = new TimelineSummary(
                            stored.trackingObjects().size(),
                            events.size(),
                            built.entries().size(),
                            built.skippedEvents() + unreadable,
                            built.contentTruncated(),
                            List.copyOf(warnings));
                    return new BuiltTimeline(built, summary);
                }));
    }

    private static EvidenceReport report(Stored stored, Timeline.Built timeline, TimelineSummary summary) {
        Assessment a = stored.assessment();
        Score score = stored.score();
        ScoreReportDocument r = score == null ? null : score.report;
        JsonObject analysis = r == null || r.detailedAnalysis() == null ? null : new JsonObject(r.detailedAnalysis());
        return new EvidenceReport(
                a.id,
                a.candidate == null
                        ? new ReportCandidate(PersonalData.DELETED_NAME, null)
                        : new ReportCandidate(a.candidate.name(), a.candidate.email()),
                new ReportTask(
                        a.taskSnapshot.id(),
                        a.taskSnapshot.title(),
                        a.taskSnapshot.taskType(),
                        a.taskSnapshot.difficulty(),
                        a.taskSnapshot.timeLimitMinutes(),
                        a.taskSnapshot.runtime()),
                a.status.value(),
                a.attemptNumber,
                a.invitationId,
                a.startedAt,
                a.submittedAt,
                a.autoSubmitted,
                a.timeSpentSeconds,
                a.scoredAt,
                a.notes,
                r == null ? null : AssessmentMapper.fullScore(r),
                r == null
                        ? null
                        : new ReportScoreVersion(
                                score.eventId, score.receivedAt, r.scoringVersion(), stored.earlierRevisions()),
                hiddenTests(a.submission == null ? null : a.submission.hiddenTests()),
                aiUsage(ScoreFigures.object(analysis, "aiUsageAnalysis"), stored.chat()),
                r == null ? null : ScoreFigures.integrityFlags(ScoreFigures.object(analysis, "integrity")),
                stored.chat().stream().map(AssessmentMapper::chat).toList(),
                timeline.entries(),
                summary);
    }

    private static ReportHiddenTests hiddenTests(HiddenTestResults run) {
        if (run == null) {
            return null;
        }
        return new ReportHiddenTests(
                run.runner(),
                run.total(),
                run.passed(),
                run.failed(),
                run.durationMs(),
                run.timedOut(),
                run.error(),
                run.integrityFlags().isEmpty(),
                run.tests().stream()
                        .map(t -> new ReportHiddenTest(t.name(), t.passed(), t.message()))
                        .toList(),
                run.integrityFlags());
    }

    /** The scorer's figures; before scoring, what the stored chat shows (prompts sent, models that answered). */
    private static ReportAiUsage aiUsage(JsonObject ai, List<ChatMessage> chat) {
        if (ai != null) {
            return new ReportAiUsage(
                    "score-report",
                    ScoreFigures.prompts(ai),
                    ScoreFigures.modelsUsed(ai),
                    ScoreFigures.aiCodeShare(ai),
                    ScoreFigures.inputTokens(ai),
                    ScoreFigures.outputTokens(ai));
        }
        LinkedHashSet<String> models = new LinkedHashSet<>();
        int prompts = 0;
        for (ChatMessage m : chat) {
            if ("user".equals(m.role)) {
                prompts++;
            }
            if (m.model != null) {
                models.add(m.model);
            }
        }
        return new ReportAiUsage("chat", prompts, List.copyOf(models), null, null, null);
    }

    private record ReadObject(String key, String ndjson) {}

    private Uni<List<ReadObject>> readTracking(List<TrackingObject> objects) {
        if (objects.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<ReadObject>> reads = objects.stream()
                .map(o -> tracking.get(o.objectKey)
                        .map(ndjson -> new ReadObject(o.objectKey, ndjson))
                        .onFailure()
                        .recoverWithItem(e -> {
                            LOG.warnf(e, "tracking object %s could not be read for a report", o.objectKey);
                            return new ReadObject(o.objectKey, null);
                        }))
                .toList();
        return OnContext.resume(
                Uni.join().all(reads).usingConcurrencyOf(READ_CONCURRENCY).andFailFast());
    }

    /** One event per readable line, in stored order; answers how many lines could not be read. */
    static int parse(String ndjson, List<TrackingEvent> into) {
        int unreadable = 0;
        for (String line : ndjson.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                TrackingEvent event = STORED.readValue(line, TrackingEvent.class);
                if (event == null || event.type() == null || event.timestamp() == null) {
                    unreadable++;
                } else {
                    into.add(event);
                }
            } catch (IOException | RuntimeException e) {
                unreadable++;
            }
        }
        return unreadable;
    }

    /** The submission's starter files as text by path (binary files left out); empty when there are none. */
    private Uni<Map<String, String>> starterFiles(Assessment a, List<String> warnings) {
        if (a.submission == null || a.submission.starterFiles() == null) {
            return Uni.createFrom().item(Map.of());
        }
        return storage.submissionObject(
                        a.submission.starterFiles(), config.timeline().maxStarterBytes())
                .map(bytes -> {
                    if (bytes.isEmpty()) {
                        warnings.add("The starter files were not found: first changes are diffed against empty files.");
                        return Map.<String, String>of();
                    }
                    return starterFiles(bytes.get(), warnings);
                })
                .onFailure()
                .recoverWithItem(e -> {
                    LOG.warnf(e, "starter files of %s could not be read for a report", a.id);
                    warnings.add("The starter files could not be read: first changes are diffed against empty files.");
                    return Map.of();
                });
    }

    /** {@code {"files": [{"path", "encoding": "utf-8"|"base64", "content"}]}}, as the sandbox writes them. */
    static Map<String, String> starterFiles(byte[] json, List<String> warnings) {
        Map<String, String> files = new LinkedHashMap<>();
        try {
            JsonNode root = STORED.readTree(json);
            for (JsonNode node : root.path("files")) {
                String path = node.path("path").asText("");
                if (path.isBlank()) {
                    continue;
                }
                String content = node.path("content").asText("");
                if ("base64".equalsIgnoreCase(node.path("encoding").asText("utf-8"))) {
                    Optional<String> text = utf8(content);
                    text.ifPresent(t -> files.put(path, t));
                } else {
                    files.put(path, content);
                }
            }
        } catch (IOException | RuntimeException e) {
            warnings.add("The starter files could not be parsed: first changes are diffed against empty files.");
            return Map.of();
        }
        return files;
    }

    private static Optional<String> utf8(String base64) {
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(base64);
            for (byte b : bytes) {
                if (b == 0) {
                    return Optional.empty();
                }
            }
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
