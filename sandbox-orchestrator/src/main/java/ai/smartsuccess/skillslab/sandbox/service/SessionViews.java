package ai.smartsuccess.skillslab.sandbox.service;

import ai.smartsuccess.skillslab.sandbox.model.SandboxSession;
import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.SandboxView;

/** Maps sessions to what the API shows of them. */
final class SessionViews {

    static SandboxView sandbox(SandboxSession session) {
        return new SandboxView(
                session.assessmentId, session.sandboxId, session.backend, session.state, session.readyMillis);
    }

    private SessionViews() {}
}
