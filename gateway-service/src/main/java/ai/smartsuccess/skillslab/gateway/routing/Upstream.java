package ai.smartsuccess.skillslab.gateway.routing;

/** The services the gateway routes to. */
public enum Upstream {
    TASK_SERVICE,
    ASSESSMENT_SERVICE,
    SANDBOX_ORCHESTRATOR,
    SCORING_SERVICE,
    NOTIFICATION_SERVICE
}
