package ai.smartsuccess.skillslab.assessment.model;

/** Who took the assessment, from their token at creation; kept so that the server can submit without them. */
public record CandidateDocument(String userId, String email, String name, String userType) {}
