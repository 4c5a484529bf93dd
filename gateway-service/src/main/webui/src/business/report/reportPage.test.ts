import { describe, expect, it } from 'vitest';
import { isScoredReport, pdfFileName, pdfProblemText } from './reportPage';
import { reportFixture } from './fixture';

describe('report page helpers', () => {
  it('has a score to show only when scored with a score', () => {
    expect(isScoredReport({ status: 'scored', score: null })).toBe(false);
    expect(isScoredReport({ status: 'in_progress', score: null })).toBe(false);
  });

  it('names the PDF after the candidate and the day', () => {
    expect(pdfFileName(reportFixture())).toBe('evidence-report-ada-lovelace-2026-12-06.pdf');
    expect(pdfFileName(reportFixture({ candidate: null, submittedAt: null }))).toBe('evidence-report-asm-1.pdf');
  });

  it('says clearly that an unscored attempt has no PDF yet', () => {
    expect(pdfProblemText({ status: 409, title: 'Conflict', detail: 'x', type: 'https://skillslab.dev/problems/not-scored' }).title).toBe('Not scored yet');
    expect(pdfProblemText({ status: 503, title: 'Unavailable', detail: 'Try later', type: 'about:blank' })).toEqual({
      title: 'The PDF could not be generated',
      detail: 'Try later',
    });
  });
});
