package ai.smartsuccess.skillslab.assessment.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the business candidate API. */
public final class BusinessCandidateRequests {

    /**
     * A business's review of a candidate's attempt; all three values are replaced.
     *
     * @param rating read as a number so that 3.5 is refused rather than cut to 3
     */
    public record ReviewUpdate(
            @Schema(
                    required = true,
                    enumeration = {"new", "shortlisted", "interview", "rejected", "hired"},
                    description = "Where the candidate stands in the business's hiring process")
            String stage,

            @Schema(
                    type = SchemaType.INTEGER,
                    minimum = "1",
                    maximum = "5",
                    nullable = true,
                    description = "1 to 5, or null for no rating")
            BigDecimal rating,

            @Schema(maxLength = 2000, nullable = true, description = "Private notes, at most 2,000 characters")
            String notes) {}

    private BusinessCandidateRequests() {}
}
