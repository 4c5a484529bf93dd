package ai.smartsuccess.skillslab.sandbox.backend;

/** A file to place in a workspace; {@code path} is relative to the workspace and already validated. */
public record WorkspaceFile(String path, byte[] content) {}
