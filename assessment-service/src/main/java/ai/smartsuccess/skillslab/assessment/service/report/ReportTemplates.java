package ai.smartsuccess.skillslab.assessment.service.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The report templates ({@code templates/ReportTemplates/}), checked at build time. Templates ending in {@code .html}
 * escape every expression, so that a candidate's text can never become markup.
 */
@CheckedTemplate(basePath = "ReportTemplates")
final class ReportTemplates {

    static native TemplateInstance evidenceReport(PdfReport report);

    private ReportTemplates() {}
}
