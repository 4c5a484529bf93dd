package ai.smartsuccess.skillslab.assessment.rest;

import ai.smartsuccess.skillslab.assessment.service.AuditRecords;
import ai.smartsuccess.skillslab.assessment.service.report.EvidenceReportService;
import ai.smartsuccess.skillslab.assessment.service.report.EvidenceReportViews.EvidenceReport;
import ai.smartsuccess.skillslab.assessment.service.report.ReportPdfService;
import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.platform.audit.AuditTrail;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The business's evidence report of an attempt on one of its tasks, as JSON and as a designed PDF. Every view and export
 * is audited, and so is a refused one (outcome {@code denied}): a caller without the business role (403), or an attempt
 * that is not on the caller's tasks (404).
 */
@Path("/api/business/reports")
@Authenticated
public class BusinessReportsResource {

    static final String BUSINESS = "business";

    static final String PDF = "application/pdf";
    /** Says whether the PDF came from the reports bucket ({@code hit}) or was rendered for this request. */
    static final String CACHE_HEADER = "X-Report-Cache";

    @Inject
    EvidenceReportService reports;

    @Inject
    ReportPdfService pdfs;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    AuditRecords audits;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/{assessmentId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The full evidence report of an attempt on one of the caller's tasks",
            description = "The candidate, the task, the status and clock, the score report in full (with the hidden"
                    + " tests' messages and the integrity findings the candidate's view leaves out), the hidden test"
                    + " run, AI usage, the chat, and the session's timeline for replay: prompts, answers, file changes"
                    + " (unified diff and the whole file after the change, within caps), commands, test runs, focus,"
                    + " copy and paste, notes, integrity signals and the submit, in time order. Anyone but the task's"
                    + " creator: 404. Works at any status; score, scoreVersion and integrityFlags are null until the"
                    + " attempt is scored.")
    public Uni<EvidenceReport> report(@PathParam("assessmentId") UUID assessmentId) {
        Map<String, String> details = Map.of("format", "json");
        AuditRecorded viewed = audit.success("report.viewed", "assessment", assessmentId, details);
        AuditRecorded refused = audit.entry("report.viewed", "assessment", assessmentId, AuditRecorded.DENIED, details);
        Executor here = OnContext.current();
        return business(refused)
                .flatMap(ignored -> reports.report(caller.get(), assessmentId))
                .emitOn(here)
                .onFailure(NotFoundException.class)
                .call(e -> audits.record(refused))
                .call(ignored -> audits.record(viewed));
    }

    @GET
    @Path("/{assessmentId}/pdf")
    @Produces({PDF, "application/problem+json"})
    @Operation(
            summary = "The evidence report of a scored attempt as a PDF",
            description = "Header with the candidate, task and dates; the score and level; a bar per category;"
                    + " strengths and improvements with their evidence; the hidden tests; AI usage; integrity findings."
                    + " Rendered once per score revision and kept: a re-score makes a new one. Not scored yet: 409"
                    + " not-scored. Anyone but the task's creator: 404.")
    @APIResponse(
            responseCode = "200",
            description = "The PDF, as an attachment",
            headers =
                    @Header(
                            name = CACHE_HEADER,
                            description = "hit: served from the reports bucket; miss: rendered for this request",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"hit", "miss"})),
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Uni<Response> pdf(@PathParam("assessmentId") UUID assessmentId) {
        Map<String, String> details = Map.of("format", "pdf");
        AuditRecorded exported = audit.success("report.exported", "assessment", assessmentId, details);
        AuditRecorded refused =
                audit.entry("report.exported", "assessment", assessmentId, AuditRecorded.DENIED, details);
        Executor here = OnContext.current();
        return business(refused)
                .flatMap(ignored -> pdfs.pdf(caller.get(), assessmentId))
                .emitOn(here)
                .onFailure(NotFoundException.class)
                .call(e -> audits.record(refused))
                .call(ignored -> audits.record(exported))
                .map(pdf -> Response.ok(pdf.bytes())
                        .type(PDF)
                        .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
                        .header(CACHE_HEADER, pdf.cached() ? "hit" : "miss")
                        .header("Cache-Control", "private, no-store")
                        .build());
    }

    /** Only businesses read evidence reports: anyone else gets 403, and the attempt is recorded. */
    private Uni<Void> business(AuditRecorded refused) {
        if (identity.hasRole(BUSINESS)) {
            return Uni.createFrom().voidItem();
        }
        return audits.record(refused).flatMap(ignored -> Uni.createFrom().failure(new ForbiddenException()));
    }
}
