package ai.smartsuccess.skillslab.assessment.rest;

import java.util.List;
import java.util.UUID;

/** Request bodies of the assessment API. */
public final class AssessmentRequests {

    public record Create(UUID taskId, UUID invitationId) {}

    /** Both optional: files are written to the workspace before it is finalized. */
    public record Submit(String notes, List<File> files) {}

    public record File(String path, String content) {}

    private AssessmentRequests() {}
}
