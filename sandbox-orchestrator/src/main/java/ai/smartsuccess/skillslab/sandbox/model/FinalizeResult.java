package ai.smartsuccess.skillslab.sandbox.model;

import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.events.ObjectRef;
import java.util.List;
import java.util.UUID;

/**
 * What finalize produced: where the final and starter files are, a digest of each final file and the hidden-test
 * outcome. Stored with the session so that a repeated finalize answers the same.
 */
public record FinalizeResult(
        UUID assessmentId,
        ObjectRef finalFiles,
        ObjectRef starterFiles,
        List<FileDigest> files,
        HiddenTestResults hiddenTests) {

    public FinalizeResult {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public record FileDigest(String path, long size, String sha256) {}
}
