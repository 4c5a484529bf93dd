package ai.smartsuccess.skillslab.assessment.model;

import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.events.ObjectRef;
import java.util.List;

/**
 * What the sandbox handed back when it was finalized.
 *
 * @param activitySequence the last sequence of the session's sandbox activity (null when unknown), awaited before the
 *     tracking record is sealed
 */
public record SubmissionDocument(
        ObjectRef finalFiles,
        ObjectRef starterFiles,
        List<String> files,
        HiddenTestResults hiddenTests,
        Long activitySequence) {}
