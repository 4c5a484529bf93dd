import type { ApiError } from '../../api/client';
import type { EvidenceReport } from '../../api/types';

/** A report with a score to show (and a PDF to download). */
export function isScoredReport(report: Pick<EvidenceReport, 'status' | 'score'>): boolean {
  return report.status === 'scored' && !!report.score;
}

/** The PDF's name when the server gives none: the candidate and the day of submission. */
export function pdfFileName(report: Pick<EvidenceReport, 'assessmentId' | 'candidate' | 'submittedAt'>): string {
  const who = (report.candidate?.name || report.candidate?.email || report.assessmentId)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const day = report.submittedAt ? report.submittedAt.slice(0, 10) : '';
  return `evidence-report-${who || 'candidate'}${day ? `-${day}` : ''}.pdf`;
}

/** What the toast says when the PDF could not be had. */
export function pdfProblemText(error: Pick<ApiError, 'status' | 'title' | 'detail' | 'type'>): { title: string; detail: string } {
  if (error.status === 409 || error.type.endsWith('/not-scored')) {
    return { title: 'Not scored yet', detail: 'The PDF can be downloaded once the attempt has been scored.' };
  }
  if (error.status === 404) return { title: 'Report not found', detail: 'This attempt is not one of your candidates’.' };
  return { title: 'The PDF could not be generated', detail: error.detail || error.title };
}
