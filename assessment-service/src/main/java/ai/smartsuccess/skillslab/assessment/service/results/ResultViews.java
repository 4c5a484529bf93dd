package ai.smartsuccess.skillslab.assessment.service.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the share endpoints and the public result endpoints answer. */
public final class ResultViews {

    /** The owner's view of a published result. */
    @Schema(name = "ResultShare")
    public record Share(
            String shareId,

            @Schema(description = "The public page, /r/{shareId} under the web app's address")
            String url,

            @Schema(enumeration = {"full", "initials", "hidden"})
            String nameDisplay,

            OffsetDateTime sharedAt) {}

    /** The answer of a share request: created (201) or updated (200). */
    public record Shared(boolean created, Share share) {}

    /**
     * The signed claim. Only what the candidate chose to make public: never code, chat, hidden-test details, an email
     * or a user id. Dates are strings (completedAt a date, issuedAt an instant in UTC) so that the signed text does
     * not depend on how a serializer writes dates.
     */
    @Schema(name = "PublicResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicResult(
            String shareId,

            @Schema(description = "As the candidate chose: full name, initials, or \"A Skills Lab candidate\"")
            String name,

            String taskTitle,
            String taskDifficulty,

            @Schema(description = "ISO date (UTC) the attempt was submitted")
            String completedAt,

            @Schema(description = "Rounded half-up to one decimal")
            double finalScore,

            String level,
            Map<String, Double> categoryScores,
            @Schema(description = "At most three titles") List<String> strengths,
            String scoringVersion,

            @Schema(
                    description = "True only when the level rests on hidden tests, a full scoring run and no integrity"
                            + " flag; see the service README")
            boolean verified,

            String issuer,

            @Schema(description = "When Skills Lab issued the score (UTC)")
            String issuedAt) {}

    @Schema(name = "ResultSignature")
    public record ResultSignature(
            String alg,

            @Schema(description = "The key in /.well-known/skills-lab-keys.json")
            String kid,

            @Schema(description = "base64url Ed25519 signature of the canonical JSON of result")
            String value) {}

    @Schema(name = "SignedPublicResult")
    public record SignedResult(PublicResult result, ResultSignature signature) {}

    private ResultViews() {}
}
