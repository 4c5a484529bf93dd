package ai.smartsuccess.skillslab.notification;

import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig;
import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.events.InvitationAccepted;
import ai.smartsuccess.skillslab.contracts.events.InvitationCreated;
import ai.smartsuccess.skillslab.contracts.events.ObjectRef;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.contracts.events.TaskSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One candidate's way through a business's own task, as the other services publish it: invited, accepted, submitted,
 * scored. Every id is fresh, so tests never see each other's notices.
 */
final class BusinessEvents {

    static final String TASK_TITLE = "Refactor the billing module";

    final String businessId;
    final UUID taskId = UUID.randomUUID();
    final UUID invitationId = UUID.randomUUID();
    final UUID assessmentId;
    final String candidateId = "candidate-" + UUID.randomUUID();
    final String candidateEmail = "cand-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    final String candidateName;

    BusinessEvents(String businessId, String candidateName) {
        this(businessId, candidateName, UUID.randomUUID());
    }

    /**
     * Events of an assessment another way used too: they share its Kafka key, hence its partition and order, so a notice
     * of this way proves the other's events were read before it.
     */
    BusinessEvents(String businessId, String candidateName, UUID assessmentId) {
        this.businessId = businessId;
        this.candidateName = candidateName;
        this.assessmentId = assessmentId;
    }

    InvitationCreated invited() {
        return new InvitationCreated(
                UUID.randomUUID(),
                InvitationCreated.TYPE,
                InvitationCreated.SCHEMA_VERSION,
                Instant.now(),
                invitationId,
                taskId,
                TASK_TITLE,
                businessId,
                "Blake Business",
                "Acme GmbH",
                candidateEmail,
                candidateName,
                "",
                "http://localhost:8080/invite/" + invitationId,
                Instant.now().plusSeconds(14 * 86400),
                "en");
    }

    InvitationAccepted accepted() {
        return new InvitationAccepted(
                UUID.randomUUID(),
                InvitationAccepted.TYPE,
                InvitationAccepted.SCHEMA_VERSION,
                Instant.now(),
                invitationId,
                taskId,
                businessId,
                candidateId,
                assessmentId);
    }

    AssessmentSubmitted submitted() {
        return submitted(false, businessId);
    }

    /** @param owner the task's creator ({@code creatorId}) */
    AssessmentSubmitted submitted(boolean defaultTask, String owner) {
        return submitted(defaultTask, owner, candidateId);
    }

    /** The business taking its own task. */
    AssessmentSubmitted submittedByOwner() {
        return submitted(false, businessId, businessId);
    }

    private AssessmentSubmitted submitted(boolean defaultTask, String owner, String takenBy) {
        Instant started = Instant.now().minusSeconds(1800);
        return new AssessmentSubmitted(
                UUID.randomUUID(),
                AssessmentSubmitted.TYPE,
                AssessmentSubmitted.SCHEMA_VERSION,
                Instant.now(),
                assessmentId,
                1,
                invitationId,
                new AssessmentSubmitted.Candidate(takenBy, candidateEmail, candidateName, "individual"),
                new TaskSnapshot(
                        taskId, TASK_TITLE, "Refactor it.", "refactoring", "intermediate", 60, defaultTask, owner),
                new EvaluationConfig(Map.of(), Map.of(), Map.of(), List.of()),
                List.of(new ObjectRef("tracking", assessmentId + "/events-0001.ndjson")),
                new ObjectRef("submissions", assessmentId + "/final-files.json"),
                new ObjectRef("submissions", assessmentId + "/starter-files.json"),
                HiddenTestResults.none(),
                started,
                Instant.now(),
                1800,
                false,
                "");
    }

    ScoreComputed scored(double score, String level) {
        return new ScoreComputed(
                UUID.randomUUID(),
                ScoreComputed.TYPE,
                ScoreComputed.SCHEMA_VERSION,
                Instant.now(),
                assessmentId,
                candidateId,
                UUID.randomUUID(),
                "1.0.0",
                List.of("evidence-v1"),
                score,
                level,
                Map.of("planning", score),
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of("summary", "Solid work."),
                List.of());
    }

    AccountDeleted candidateDeleted() {
        return AccountDeleted.of(candidateId, "individual");
    }
}
