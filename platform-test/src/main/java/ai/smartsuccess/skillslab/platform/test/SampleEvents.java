package ai.smartsuccess.skillslab.platform.test;

import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig;
import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.events.ObjectRef;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.contracts.events.TaskSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Contract events as their producers publish them, for the tests of the services that consume them. The envelope (a
 * new event id, the type, the schema version of this build, the time) is filled in and every other field has a
 * plausible default: a test sets what it is about and leaves the rest.
 */
public final class SampleEvents {

    private SampleEvents() {}

    /** A session of {@code assessmentId} submitted now, an hour after it started, as assessment-service announces it. */
    public static Submission submitted(UUID assessmentId) {
        return new Submission(assessmentId);
    }

    /** A score of {@code assessmentId} as scoring-service publishes it, with no detail beyond its level. */
    public static Score scoreComputed(UUID assessmentId, double finalScore, String level) {
        return new Score(assessmentId, finalScore, level);
    }

    /** A published task as a session snapshots it. */
    public static TaskSnapshot task(UUID taskId, String title, String description) {
        return new TaskSnapshot(taskId, title, description, "code_generation", "basic", 120, true, null);
    }

    /** Builds an {@link AssessmentSubmitted}. */
    public static final class Submission {

        private final UUID assessmentId;
        private int schemaVersion = AssessmentSubmitted.SCHEMA_VERSION;
        private int attemptNumber = 1;
        private UUID invitationId;
        private AssessmentSubmitted.Candidate candidate;
        private TaskSnapshot task =
                SampleEvents.task(UUID.randomUUID(), "Build a REST API with AI Assistance", "Build a todo API.");
        private EvaluationConfig evaluationConfig;
        private List<ObjectRef> trackingObjects;
        private ObjectRef finalFiles;
        private ObjectRef starterFiles;
        private HiddenTestResults hiddenTests = HiddenTestResults.none();
        private Instant submittedAt = Instant.now();
        private Instant startedAt = submittedAt.minusSeconds(3600);
        private boolean autoSubmitted;
        private String notes;

        private Submission(UUID assessmentId) {
            this.assessmentId = assessmentId;
            this.candidate = new AssessmentSubmitted.Candidate(
                    "user-" + assessmentId, "candidate@example.test", "Casey Candidate", "individual");
            this.trackingObjects =
                    List.of(new ObjectRef("tracking", "assessments/" + assessmentId + "/events-000001.ndjson"));
            this.finalFiles = new ObjectRef("submissions", assessmentId + "/final-files.json");
            this.starterFiles = new ObjectRef("submissions", assessmentId + "/starter-files.json");
        }

        /** A version other than this build's, for the tests of what a consumer does with one it does not know. */
        public Submission schemaVersion(int schemaVersion) {
            this.schemaVersion = schemaVersion;
            return this;
        }

        public Submission attemptNumber(int attemptNumber) {
            this.attemptNumber = attemptNumber;
            return this;
        }

        public Submission invitationId(UUID invitationId) {
            this.invitationId = invitationId;
            return this;
        }

        public Submission candidate(String userId, String email, String name, String userType) {
            this.candidate = new AssessmentSubmitted.Candidate(userId, email, name, userType);
            return this;
        }

        public Submission task(TaskSnapshot task) {
            this.task = task;
            return this;
        }

        /** None by default: the consumer falls back to the standard weights and bands. */
        public Submission evaluationConfig(EvaluationConfig evaluationConfig) {
            this.evaluationConfig = evaluationConfig;
            return this;
        }

        public Submission objects(List<ObjectRef> trackingObjects, ObjectRef finalFiles, ObjectRef starterFiles) {
            this.trackingObjects = trackingObjects;
            this.finalFiles = finalFiles;
            this.starterFiles = starterFiles;
            return this;
        }

        public Submission hiddenTests(HiddenTestResults hiddenTests) {
            this.hiddenTests = hiddenTests;
            return this;
        }

        /** When the session started and ended; the time spent is the difference. */
        public Submission session(Instant startedAt, Instant submittedAt) {
            this.startedAt = startedAt;
            this.submittedAt = submittedAt;
            return this;
        }

        public Submission autoSubmitted(boolean autoSubmitted) {
            this.autoSubmitted = autoSubmitted;
            return this;
        }

        public Submission notes(String notes) {
            this.notes = notes;
            return this;
        }

        public AssessmentSubmitted build() {
            return new AssessmentSubmitted(
                    UUID.randomUUID(),
                    AssessmentSubmitted.TYPE,
                    schemaVersion,
                    submittedAt,
                    assessmentId,
                    attemptNumber,
                    invitationId,
                    candidate,
                    task,
                    evaluationConfig,
                    trackingObjects,
                    finalFiles,
                    starterFiles,
                    hiddenTests,
                    startedAt,
                    submittedAt,
                    submittedAt.getEpochSecond() - startedAt.getEpochSecond(),
                    autoSubmitted,
                    notes);
        }
    }

    /** Builds a {@link ScoreComputed}. */
    public static final class Score {

        private final UUID assessmentId;
        private final double finalScore;
        private final String level;
        private UUID eventId = UUID.randomUUID();
        private Instant occurredAt = Instant.now();
        private String userId;
        private UUID scoringRunId = UUID.randomUUID();
        private String scoringVersion = "1.0.0";
        private List<String> scoringModels = List.of("evidence-v1");
        private Map<String, Double> categoryScores = Map.of();
        private Map<String, Map<String, ScoreComputed.SubitemScore>> subitemScores = Map.of();
        private List<ScoreComputed.Feedback> strengths = List.of();
        private List<ScoreComputed.Feedback> improvements = List.of();
        private List<ScoreComputed.Highlight> aiHighlights = List.of();
        private Map<String, Object> detailedAnalysis = Map.of();

        private Score(UUID assessmentId, double finalScore, String level) {
            this.assessmentId = assessmentId;
            this.finalScore = finalScore;
            this.level = level;
            this.userId = "user-" + assessmentId;
        }

        /** The envelope of an event already sent, for a redelivery of it. */
        public Score redeliveryOf(ScoreComputed sent) {
            this.eventId = sent.eventId();
            this.occurredAt = sent.occurredAt();
            this.scoringRunId = sent.scoringRunId();
            return this;
        }

        public Score userId(String userId) {
            this.userId = userId;
            return this;
        }

        public Score scoringVersion(String scoringVersion) {
            this.scoringVersion = scoringVersion;
            return this;
        }

        public Score scoringModels(List<String> scoringModels) {
            this.scoringModels = scoringModels;
            return this;
        }

        public Score categoryScores(Map<String, Double> categoryScores) {
            this.categoryScores = categoryScores;
            return this;
        }

        public Score subitemScores(Map<String, Map<String, ScoreComputed.SubitemScore>> subitemScores) {
            this.subitemScores = subitemScores;
            return this;
        }

        public Score strengths(List<ScoreComputed.Feedback> strengths) {
            this.strengths = strengths;
            return this;
        }

        public Score improvements(List<ScoreComputed.Feedback> improvements) {
            this.improvements = improvements;
            return this;
        }

        public Score aiHighlights(List<ScoreComputed.Highlight> aiHighlights) {
            this.aiHighlights = aiHighlights;
            return this;
        }

        public Score detailedAnalysis(Map<String, Object> detailedAnalysis) {
            this.detailedAnalysis = detailedAnalysis;
            return this;
        }

        public ScoreComputed build() {
            return new ScoreComputed(
                    eventId,
                    ScoreComputed.TYPE,
                    ScoreComputed.SCHEMA_VERSION,
                    occurredAt,
                    assessmentId,
                    userId,
                    scoringRunId,
                    scoringVersion,
                    scoringModels,
                    finalScore,
                    level,
                    categoryScores,
                    subitemScores,
                    strengths,
                    improvements,
                    aiHighlights,
                    detailedAnalysis,
                    List.of());
        }
    }
}
