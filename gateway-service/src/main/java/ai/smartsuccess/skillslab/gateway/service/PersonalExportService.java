package ai.smartsuccess.skillslab.gateway.service;

import ai.smartsuccess.skillslab.gateway.client.ExportClient;
import ai.smartsuccess.skillslab.gateway.service.ProfileService.Me;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.error.UpstreamException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

/**
 * A signed-in person's copy of their data: their account here, and from assessment-service (which owns it) their
 * assessments with notes, chat and scores, and the invitations they received; in the ZIP form ({@link #archive}) also
 * the files they wrote, from sandbox-orchestrator. Each service answers for the caller's own token, so nobody else's
 * data can get in. An export missing a part would look complete: when a service does not answer, nothing is exported
 * (502 problem+json {@code export-unavailable}).
 */
@ApplicationScoped
public class PersonalExportService {

    private static final Logger LOG = Logger.getLogger(PersonalExportService.class);

    /**
     * @param account the profile, as {@code GET /api/me} shows it
     * @param assessments assessment-service's part: {@code assessments} (newest first, as the person sees each),
     *     {@code invitationsReceived}, and {@code truncated}, {@code omittedAssessments}, {@code maxBytes}, {@code note}
     *     when older assessments were left out to stay within its size limit
     */
    public record PersonalDataExport(
            OffsetDateTime exportedAt,
            Me account,

            @Schema(description = "assessment-service's GET /api/assessments/export, as it answered")
            JsonNode assessments) {}

    private final ProfileService profiles;
    private final ExportClient exports;
    private final ObjectMapper json;

    PersonalExportService(ProfileService profiles, ExportClient exports, ObjectMapper json) {
        this.profiles = profiles;
        this.exports = exports;
        this.json = json;
    }

    /**
     * The JSON export as {@code export.json}, and the ZIP of the files the person wrote from sandbox-orchestrator
     * (checked whole, so the answer is never cut short by a broken part), for {@link ExportArchive#write}.
     */
    public record ArchiveParts(PersonalDataExport export, byte[] exportJson, byte[] filesZip) {}

    public Uni<ArchiveParts> archive(Caller caller) {
        Uni<byte[]> files = exports.files(caller).onFailure().transform(e -> {
            LOG.warnf("an export's files could not be collected: %s", e.toString());
            return unavailable("Your files");
        });
        return Uni.combine()
                .all()
                .unis(export(caller), files)
                .asTuple()
                .flatMap(parts -> OnContext.blocking(() -> {
                    try {
                        ExportArchive.check(parts.getItem2());
                        return new ArchiveParts(
                                parts.getItem1(),
                                json.writerWithDefaultPrettyPrinter().writeValueAsBytes(parts.getItem1()),
                                parts.getItem2());
                    } catch (IOException e) {
                        LOG.warnf("an export's files could not be read: %s", e.toString());
                        throw unavailable("Your files");
                    }
                }));
    }

    private static UpstreamException unavailable(String what) {
        return new UpstreamException(
                "export-unavailable",
                what + " could not be collected right now, so nothing was exported. Try again in a minute.");
    }

    public Uni<PersonalDataExport> export(Caller caller) {
        return profiles.me(caller)
                .flatMap(account -> exports.assessments(caller)
                        .onFailure()
                        .transform(e -> {
                            LOG.warnf("an export's assessments could not be collected: %s", e.toString());
                            return unavailable("Your assessments");
                        })
                        .map(assessments ->
                                new PersonalDataExport(OffsetDateTime.now(ZoneOffset.UTC), account, assessments)));
    }
}
