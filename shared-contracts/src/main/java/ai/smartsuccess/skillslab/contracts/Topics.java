package ai.smartsuccess.skillslab.contracts;

/**
 * Kafka topic names. Every message is keyed by its aggregate id (see {@code DomainEvent#key()}) so that the events of
 * one assessment, invitation, sandbox or account stay in order on one partition.
 */
public final class Topics {

    public static final String ASSESSMENT_LIFECYCLE = "assessment-lifecycle";
    public static final String SCORE_RESULTS = "score-results";
    public static final String INVITATIONS = "invitations";
    public static final String SANDBOX_LIFECYCLE = "sandbox-lifecycle";
    public static final String ACCOUNT_LIFECYCLE = "account-lifecycle";
    /** What the sandbox observed in a session (terminal commands, test runs), from its outbox. */
    public static final String SANDBOX_ACTIVITY = "sandbox-activity";
    /** A business account's plan (PlanChanged), from the gateway's outbox; keyed by the account's subject. */
    public static final String PLAN_CHANGES = "plan-changes";
    /** The audit trail (AuditRecorded) from every service's outbox, stored append-only by the gateway. */
    public static final String AUDIT = "audit";

    /** A message that still fails after bounded retries goes to {@code <topic>.dlq}. */
    public static final String DLQ_SUFFIX = ".dlq";

    public static String dlq(String topic) {
        return topic + DLQ_SUFFIX;
    }

    private Topics() {}
}
