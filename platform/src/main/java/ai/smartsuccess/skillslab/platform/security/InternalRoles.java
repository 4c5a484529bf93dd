package ai.smartsuccess.skillslab.platform.security;

/**
 * The roles of the services' internal APIs ({@code /internal/*}). Each is a client role of the Keycloak client of the
 * service that owns the endpoint, given to the clients of the services that need it and to nobody else; the owning
 * service reads it from {@code resource_access/<its client>/roles} (quarkus.oidc.roles.role-claim-path). A token that
 * holds one of these carries the owner's audience; a user's token never holds one.
 */
public final class InternalRoles {

    /** task-service {@code /internal/tasks}: any task with its hidden tests (assessment-service, sandbox-orchestrator). */
    public static final String TASKS_READ_HIDDEN = "tasks:read-hidden";

    /** sandbox-orchestrator {@code /internal/sandboxes}: provision, finalize and destroy sessions (assessment-service). */
    public static final String SANDBOX_PROVISION = "sandbox:provision";

    private InternalRoles() {}
}
