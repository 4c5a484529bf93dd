package ai.smartsuccess.skillslab.assessment.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the invitation API. */
public final class InvitationRequests {

    /**
     * {@code expiresAt}: optional, ISO-8601 with an offset; 14 days from now when absent. {@code allowRetakes}: whether
     * the candidate may abandon an unstarted attempt and take another (default false). {@code locale}: BCP 47 tag of
     * the language the email's dates are written in (default {@code en}). {@code allowResultSharing}: whether the
     * candidate may publish their score on a public results page (default false).
     */
    @Schema(name = "InvitationInput")
    public record Create(
            UUID taskId,
            String recipientEmail,
            String recipientName,
            String message,
            OffsetDateTime expiresAt,
            Boolean allowRetakes,
            String locale,
            Boolean allowResultSharing) {}

    /**
     * Many invitations to one task at once. {@code addresses}: pasted text, one invitation per line: an address, alone or
     * with a name in a second column in either order ({@code Ada Lovelace, ada@example.org} or
     * {@code ada@example.org;Ada}), separated by a comma, semicolon or tab, CSV quoting allowed, or
     * {@code Ada Lovelace <ada@example.org>}; blank lines and a first line of column names ({@code name,email}) are
     * skipped. The other fields are those of a single invitation and apply to every line.
     */
    @Schema(name = "BulkInvitationInput")
    public record Bulk(
            UUID taskId,
            String addresses,
            String message,
            OffsetDateTime expiresAt,
            Boolean allowRetakes,
            String locale,
            Boolean allowResultSharing) {}

    private InvitationRequests() {}
}
