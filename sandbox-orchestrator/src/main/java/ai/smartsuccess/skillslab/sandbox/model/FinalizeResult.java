package ai.smartsuccess.skillslab.sandbox.model;

import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.events.ObjectRef;
import java.util.List;
import java.util.UUID;

/**
 * What finalize produced: where the final and starter files are, a digest of each final file, the hidden-test outcome
 * and the last sequence number of the session's activity. Stored with the session so that a repeated finalize answers
 * the same.
 *
 * @param activitySequence the session's last {@code SandboxActivity} sequence, taken once its processes were stopped
 *     (0 when it recorded nothing, or for a result stored before sequences existed)
 */
public record FinalizeResult(
        UUID assessmentId,
        ObjectRef finalFiles,
        ObjectRef starterFiles,
        List<FileDigest> files,
        HiddenTestResults hiddenTests,
        long activitySequence) {

    public FinalizeResult {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public record FileDigest(String path, long size, String sha256) {}
}
