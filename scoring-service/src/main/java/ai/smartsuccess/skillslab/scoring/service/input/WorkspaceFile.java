package ai.smartsuccess.skillslab.scoring.service.input;

/**
 * One file of a workspace snapshot.
 *
 * @param text the content when it is text, null for binary files (they are counted, never analysed)
 */
public record WorkspaceFile(String path, String text, long size, boolean binary) {}
