package ai.smartsuccess.skillslab.sandbox.service;

import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import ai.smartsuccess.skillslab.sandbox.model.SandboxSession;
import ai.smartsuccess.skillslab.sandbox.repository.SandboxSessionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The one gate of the candidate-facing API: only the session's owner sees it (anyone else, and unknown ids, get the
 * same 404), and only while it runs (409 once it ended).
 */
@ApplicationScoped
public class SessionAccess {

    private final SandboxSessionRepository sessions;

    SessionAccess(SandboxSessionRepository sessions) {
        this.sessions = sessions;
    }

    public Uni<SandboxSession> requireLive(Caller caller, UUID assessmentId) {
        return requireOwner(caller, assessmentId).map(session -> {
            if (!isLive(session)) {
                throw new ConflictException("The session has ended; its workspace can no longer be changed.");
            }
            return session;
        });
    }

    /** The caller's session, live or ended. */
    public Uni<SandboxSession> requireOwner(Caller caller, UUID assessmentId) {
        return Panache.withSession(() -> sessions.findById(assessmentId)).map(session -> {
            if (session == null || caller.subject() == null || !caller.subject().equals(session.ownerId)) {
                throw new NotFoundException("No sandbox for assessment " + assessmentId + ".");
            }
            return session;
        });
    }

    public static boolean isLive(SandboxSession session) {
        return session.isLive() && session.deadline.isAfter(OffsetDateTime.now());
    }
}
