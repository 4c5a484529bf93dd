package ai.smartsuccess.skillslab.assessment.service.report;

import ai.smartsuccess.skillslab.assessment.storage.ReportObjectStorage;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.security.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The evidence report as a PDF, rendered once per score revision and kept in the {@code reports} bucket under
 * {@code assessments/{assessmentId}/evidence-report-{scoreEventId}-{contentHash}.pdf}. A re-score brings a new
 * ScoreComputed (a new event id), so a new PDF; the hash of what the PDF shows (and of the template's revision) also
 * changes when the candidate's data is anonymized after an account deletion, so an old PDF is never served again.
 * Older PDFs of the attempt are deleted once a new one is stored.
 */
@ApplicationScoped
public class ReportPdfService {

    private static final Logger LOG = Logger.getLogger(ReportPdfService.class);

    /** Raise with every change of the template or of what it is given: cached PDFs then render again. */
    static final String TEMPLATE_REVISION = "1";

    private final EvidenceReportService reports;
    private final PdfRenderer renderer;
    private final ReportObjectStorage storage;

    ReportPdfService(EvidenceReportService reports, PdfRenderer renderer, ReportObjectStorage storage) {
        this.reports = reports;
        this.renderer = renderer;
        this.storage = storage;
    }

    /**
     * @param cached whether it came from the bucket
     */
    public record ReportPdf(byte[] bytes, String fileName, boolean cached, String key) {}

    public Uni<ReportPdf> pdf(Caller caller, UUID assessmentId) {
        return reports.scored(caller, assessmentId).flatMap(scored -> {
            PdfReport model = PdfReports.of(scored.assessment(), scored.score());
            String key = key(assessmentId, scored.score().eventId, model);
            String fileName = fileName(
                    model.candidateName(),
                    scored.assessment().submittedAt == null
                            ? null
                            : scored.assessment()
                                    .submittedAt
                                    .withOffsetSameInstant(ZoneOffset.UTC)
                                    .toLocalDate());
            return storage.find(key)
                    .onFailure()
                    .recoverWithItem(e -> {
                        LOG.warnf(e, "cached report %s could not be read; rendering it", key);
                        return java.util.Optional.empty();
                    })
                    .flatMap(found -> found.isPresent()
                            ? Uni.createFrom().item(new ReportPdf(found.get(), fileName, true, key))
                            : OnContext.blocking(() -> renderer.render(model))
                                    .call(bytes -> store(assessmentId, key, bytes))
                                    .map(bytes -> new ReportPdf(bytes, fileName, false, key)));
        });
    }

    /** Keeps the PDF and drops the attempt's older ones; a failure costs only the next request a render. */
    private Uni<Void> store(UUID assessmentId, String key, byte[] bytes) {
        return storage.put(key, bytes)
                .call(() -> storage.deleteOthers(assessmentId, key).replaceWithVoid())
                .onFailure()
                .recoverWithUni(e -> {
                    LOG.warnf(e, "report %s could not be kept in the bucket", key);
                    return Uni.createFrom().voidItem();
                });
    }

    static String key(UUID assessmentId, UUID scoreEventId, PdfReport model) {
        String hash;
        try {
            byte[] content = EvidenceReportService.STORED.writeValueAsBytes(model);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(TEMPLATE_REVISION.getBytes(StandardCharsets.UTF_8));
            sha.update(content);
            hash = HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return ReportObjectStorage.prefix(assessmentId) + "evidence-report-" + scoreEventId + "-" + hash + ".pdf";
    }

    /**
     * {@code skillslab-report-<name>-<date>.pdf}, the name reduced to ASCII letters, digits and hyphens (accents
     * dropped), so that no header or file system can be confused by it; {@code candidate} when nothing is left.
     */
    static String fileName(String candidateName, LocalDate submitted) {
        String ascii = candidateName == null
                ? ""
                : Normalizer.normalize(candidateName, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            slug = "candidate";
        }
        return "skillslab-report-" + slug + (submitted == null ? "" : "-" + submitted) + ".pdf";
    }
}
