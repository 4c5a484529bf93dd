package ai.smartsuccess.skillslab.sandbox.workspace;

/** One entry of a workspace listing; {@code type} is {@code file} or {@code directory}. */
public record WorkspaceEntry(String path, String type, long size) {}
