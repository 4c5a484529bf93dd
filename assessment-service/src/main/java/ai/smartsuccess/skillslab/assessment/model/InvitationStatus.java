package ai.smartsuccess.skillslab.assessment.model;

import java.util.List;

/** sent → accepted → completed; sent → expired | cancelled. */
public final class InvitationStatus {

    public static final String SENT = "sent";
    public static final String ACCEPTED = "accepted";
    public static final String COMPLETED = "completed";
    public static final String EXPIRED = "expired";
    public static final String CANCELLED = "cancelled";
    public static final List<String> ALL = List.of(SENT, ACCEPTED, COMPLETED, EXPIRED, CANCELLED);

    private InvitationStatus() {}
}
