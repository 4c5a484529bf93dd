package ai.smartsuccess.skillslab.platform.nativeimage;

import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.contracts.events.AccountLifecycleEvent;
import ai.smartsuccess.skillslab.contracts.events.AssessmentExpired;
import ai.smartsuccess.skillslab.contracts.events.AssessmentLifecycleEvent;
import ai.smartsuccess.skillslab.contracts.events.AssessmentStarted;
import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig;
import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.events.InvitationAccepted;
import ai.smartsuccess.skillslab.contracts.events.InvitationCreated;
import ai.smartsuccess.skillslab.contracts.events.InvitationEvent;
import ai.smartsuccess.skillslab.contracts.events.InvitationExpired;
import ai.smartsuccess.skillslab.contracts.events.InvitationExpiringSoon;
import ai.smartsuccess.skillslab.contracts.events.InvitationResent;
import ai.smartsuccess.skillslab.contracts.events.ObjectRef;
import ai.smartsuccess.skillslab.contracts.events.PlanChanged;
import ai.smartsuccess.skillslab.contracts.events.SandboxActivity;
import ai.smartsuccess.skillslab.contracts.events.SandboxActivityEvent;
import ai.smartsuccess.skillslab.contracts.events.SandboxLifecycleEvent;
import ai.smartsuccess.skillslab.contracts.events.SandboxReady;
import ai.smartsuccess.skillslab.contracts.events.SandboxTerminated;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.contracts.events.ScoreResultEvent;
import ai.smartsuccess.skillslab.contracts.events.ScoringFailed;
import ai.smartsuccess.skillslab.contracts.events.TaskSnapshot;
import ai.smartsuccess.skillslab.contracts.plans.Plan;
import ai.smartsuccess.skillslab.contracts.plans.PlanLimits;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The event records travel as JSON (Kafka, outbox rows, S3 objects) through Jackson, which reads them reflectively: a
 * native image keeps only what is registered. ContractsReflectionTest fails when a contract type is missing here.
 */
@RegisterForReflection(
        targets = {
            DomainEvent.class,
            AssessmentLifecycleEvent.class,
            AssessmentStarted.class,
            AssessmentSubmitted.class,
            AssessmentSubmitted.Candidate.class,
            AssessmentExpired.class,
            TaskSnapshot.class,
            EvaluationConfig.class,
            EvaluationConfig.LevelBand.class,
            EvaluationConfig.CustomCategory.class,
            EvaluationConfig.CustomSubitem.class,
            HiddenTestResults.class,
            HiddenTestResults.TestCaseResult.class,
            ObjectRef.class,
            ScoreResultEvent.class,
            ScoreComputed.class,
            ScoreComputed.SubitemScore.class,
            ScoreComputed.Feedback.class,
            ScoreComputed.EvidenceRef.class,
            ScoreComputed.Highlight.class,
            ScoringFailed.class,
            InvitationEvent.class,
            InvitationCreated.class,
            InvitationResent.class,
            InvitationExpiringSoon.class,
            InvitationAccepted.class,
            InvitationExpired.class,
            SandboxLifecycleEvent.class,
            SandboxReady.class,
            SandboxTerminated.class,
            SandboxActivityEvent.class,
            SandboxActivity.class,
            PlanChanged.class,
            AuditRecorded.class,
            Plan.class,
            PlanLimits.class,
            AccountLifecycleEvent.class,
            AccountDeleted.class,
            TrackingEvent.class,
            TrackingEventType.class
        })
public final class ContractsReflection {
    private ContractsReflection() {}
}
