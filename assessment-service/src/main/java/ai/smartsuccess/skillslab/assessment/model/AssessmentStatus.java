package ai.smartsuccess.skillslab.assessment.model;

import java.util.List;

/**
 * pending → in_progress → submitted → scoring → scored | failed; pending → abandoned (the candidate gave up an attempt
 * they had not started).
 */
public final class AssessmentStatus {

    public static final String PENDING = "pending";
    public static final String IN_PROGRESS = "in_progress";
    public static final String SUBMITTED = "submitted";
    public static final String SCORING = "scoring";
    public static final String SCORED = "scored";
    public static final String FAILED = "failed";
    public static final String ABANDONED = "abandoned";
    public static final List<String> ALL = List.of(PENDING, IN_PROGRESS, SUBMITTED, SCORING, SCORED, FAILED, ABANDONED);
    /** An attempt the candidate can still work on: a new one of the same task waits until it is finished. */
    public static final List<String> UNFINISHED = List.of(PENDING, IN_PROGRESS);

    public static boolean isKnown(String status) {
        return ALL.contains(status);
    }

    private AssessmentStatus() {}
}
