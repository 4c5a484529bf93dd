package ai.smartsuccess.skillslab.assessment.model;

/** pending → in_progress → submitted → scoring → scored | failed. */
public final class AssessmentStatus {

    public static final String PENDING = "pending";
    public static final String IN_PROGRESS = "in_progress";
    public static final String SUBMITTED = "submitted";
    public static final String SCORING = "scoring";
    public static final String SCORED = "scored";
    public static final String FAILED = "failed";

    public static boolean isKnown(String status) {
        return switch (status) {
            case PENDING, IN_PROGRESS, SUBMITTED, SCORING, SCORED, FAILED -> true;
            default -> false;
        };
    }

    private AssessmentStatus() {}
}
