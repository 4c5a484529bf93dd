package ai.smartsuccess.skillslab.sandbox.service;

import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.error.PayloadTooLargeException;
import ai.smartsuccess.skillslab.platform.error.UnsupportedContentException;
import ai.smartsuccess.skillslab.platform.problem.ProblemKind;
import ai.smartsuccess.skillslab.platform.security.Caller;
import ai.smartsuccess.skillslab.sandbox.backend.WorkspacePath;
import ai.smartsuccess.skillslab.sandbox.model.SandboxSession;
import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.FileContent;
import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.FileEntry;
import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.FileList;
import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.FileMoved;
import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.FileWritten;
import ai.smartsuccess.skillslab.sandbox.workspace.WorkspaceException;
import ai.smartsuccess.skillslab.sandbox.workspace.WorkspaceOperations;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/** The candidate's files, always in their own live session's sandbox. */
@ApplicationScoped
public class WorkspaceService {

    private final SessionAccess access;
    private final WorkspaceOperations workspace;

    WorkspaceService(SessionAccess access, WorkspaceOperations workspace) {
        this.access = access;
        this.workspace = workspace;
    }

    public Uni<FileList> list(Caller caller, UUID id) {
        return withSession(
                caller,
                id,
                session -> new FileList(workspace.list(id, deadline(session)).stream()
                        .map(e -> new FileEntry(e.path(), e.type(), e.size()))
                        .toList()));
    }

    public Uni<FileContent> read(Caller caller, UUID id, String rawPath) {
        WorkspacePath path = path("path", rawPath);
        return withSession(caller, id, session -> {
            byte[] bytes = files("path", () -> workspace.read(id, path, deadline(session)));
            if (!ProvisioningService.text(bytes)) {
                throw new UnsupportedContentException("'" + path + "' is not a UTF-8 text file.");
            }
            return new FileContent(path.value(), new String(bytes, StandardCharsets.UTF_8), bytes.length);
        });
    }

    public Uni<FileWritten> write(Caller caller, UUID id, String rawPath, String content) {
        WorkspacePath path = path("path", rawPath);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return withSession(
                caller,
                id,
                session -> new FileWritten(
                        path.value(), files("path", () -> workspace.write(id, path, bytes, deadline(session)))));
    }

    public Uni<FileMoved> move(Caller caller, UUID id, String rawPath, String rawNewPath) {
        WorkspacePath from = path("path", rawPath);
        WorkspacePath to = path("newPath", rawNewPath);
        return withSession(
                caller,
                id,
                session -> new FileMoved(files("newPath", () -> workspace.move(id, from, to, deadline(session)))));
    }

    public Uni<Void> delete(Caller caller, UUID id, String rawPath) {
        WorkspacePath path = path("path", rawPath);
        return withSession(caller, id, session -> {
                    files("path", () -> {
                        workspace.delete(id, path, deadline(session));
                        return null;
                    });
                    return null;
                })
                .replaceWithVoid();
    }

    /** Checks the caller and the session, then does the blocking work on a worker thread. */
    private <T> Uni<T> withSession(Caller caller, UUID id, Function<SandboxSession, T> work) {
        return access.requireLive(caller, id).flatMap(session -> Blocking.call(() -> work.apply(session)));
    }

    private static Instant deadline(SandboxSession session) {
        return session.deadline.toInstant();
    }

    /** A field broke a rule; the detail quotes it: "'path' leads outside the workspace." */
    static InvalidInputException invalid(String field, String rule) {
        return InvalidInputException.of("'" + field + "' " + rule + ".", field, rule);
    }

    static WorkspacePath path(String field, String raw) {
        try {
            return WorkspacePath.parse(raw);
        } catch (WorkspacePath.Invalid e) {
            throw invalid(field, e.getMessage());
        }
    }

    /** Maps the sandbox's refusals to the API's errors, naming the field. */
    private static <T> T files(String field, java.util.function.Supplier<T> operation) {
        try {
            return operation.get();
        } catch (WorkspaceException e) {
            switch (e.kind()) {
                case OUTSIDE:
                    throw invalid(field, "leads outside the workspace");
                case NOT_FOUND:
                    throw new NotFoundException("No such file or directory.");
                case WRONG_KIND:
                    throw invalid(field, e.getMessage());
                case TOO_LARGE:
                    throw new PayloadTooLargeException(
                            ProblemKind.TOO_LARGE,
                            "The file or the workspace would be larger than allowed (" + e.getMessage() + ").");
                case EXISTS:
                    throw new ConflictException("'" + field + "' already exists.");
                default:
                    throw e;
            }
        }
    }
}
