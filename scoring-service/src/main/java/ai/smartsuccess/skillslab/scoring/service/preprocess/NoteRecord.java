package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.time.Instant;

/** A planning note the candidate wrote, read as data. */
public record NoteRecord(String eventId, Instant at, CandidateText text) {}
