package ai.smartsuccess.skillslab.scoring.service.preprocess;

/** One file of the final workspace compared with the starter: {@code added}, {@code modified}, {@code deleted}. */
public record FileOutcome(String path, String status, int linesAdded, int linesRemoved) {}
