import { fireEvent, render, screen, within } from '../../test/render';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api } from '../../api/client';
import type { EvidenceReport } from '../../api/types';
import { ToastProvider } from '../../shared/Toast';
import { BusinessReportPage } from './BusinessReportPage';
import { reportFixture } from './fixture';

function renderReport(report: EvidenceReport) {
  vi.spyOn(api, 'businessReport').mockResolvedValue(report);
  render(
    <MemoryRouter initialEntries={['/business/reports/asm-1']}>
      <ToastProvider>
        <Routes>
          <Route path="/business/reports/:id" element={<BusinessReportPage />} />
        </Routes>
      </ToastProvider>
    </MemoryRouter>,
  );
}

describe('BusinessReportPage', () => {
  beforeEach(() => vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined));
  afterEach(() => vi.restoreAllMocks());

  it('shows a report not scored yet clearly, with the evidence recorded so far and no PDF', async () => {
    renderReport(reportFixture({ status: 'submitted' }));
    expect(await screen.findByTestId('business-report')).toHaveAttribute('data-status', 'submitted');
    expect(screen.getByTestId('candidate-name')).toHaveTextContent('Ada Lovelace');
    expect(screen.getByTestId('report-not-scored')).toHaveTextContent('not scored yet');
    expect(within(screen.getByTestId('report-not-scored')).getByRole('link', { name: 'Back to candidates' })).toHaveAttribute('href', '/business/candidates');
    expect(screen.getByTestId('download-pdf')).toBeDisabled();
    expect(screen.getByTestId('report-replay')).toBeInTheDocument();
    expect(screen.queryByTestId('share-section')).toBeNull();
  });

  it('lists the hidden tests with their messages', async () => {
    renderReport(reportFixture({ status: 'submitted' }));
    const hidden = await screen.findByTestId('hidden-tests');
    expect(hidden).toHaveTextContent('1/2 passed');
    const failed = within(hidden).getAllByTestId('hidden-test').find((li) => li.dataset.passed === 'false');
    expect(failed).toHaveTextContent('AssertionError: expected ValueError');
  });

  it('downloads the PDF, and says clearly when it is refused because the attempt is not scored', async () => {
    const score = {
      finalScore: 70,
      proficiencyLevel: 'architect',
      categoryScores: { planning: 60, prompt_engineering: 70, tool_orchestration: 75, outcome_quality: 72 },
      subitemScores: {},
      strengths: [{ category: 'planning', subitem: 'task_breakdown', text: 'Planned first.', evidence: [{ eventId: 'e1', timestamp: null, description: 'The first prompt' }] }],
      improvements: [],
      aiHighlights: [],
      detailedAnalysis: { summary: 'You scored 70.', reviewerSummary: 'The candidate scored 70.', categoryAnalysis: {}, timeAnalysis: {}, aiUsageAnalysis: {} },
      scoringVersion: '1.3.0',
      scoringModels: [],
      failedEvaluators: [],
    } as EvidenceReport['score'];
    const pdf = vi
      .spyOn(api, 'businessReportPdf')
      .mockRejectedValueOnce(new ApiError({ status: 409, title: 'Not scored', detail: 'not scored yet', type: 'https://skillslab.dev/problems/not-scored' }))
      .mockResolvedValueOnce({ blob: new Blob(['%PDF-1.7']), fileName: 'report.pdf' });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    renderReport(reportFixture({ score }));
    expect(await screen.findByTestId('score-summary')).toHaveTextContent('The candidate scored 70.');
    expect(screen.getByTestId('strengths')).toHaveTextContent('Planned first.');
    fireEvent.click(screen.getByTestId('download-pdf'));
    expect(await screen.findByText('Not scored yet')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('download-pdf'));
    expect(await screen.findByText('PDF ready')).toBeInTheDocument();
    expect(pdf).toHaveBeenCalledWith('asm-1');
  });

  it('says when the report is not one of the business’s', async () => {
    vi.spyOn(api, 'businessReport').mockRejectedValue(new ApiError({ status: 404, title: 'Not found', detail: 'No such attempt.', type: 'about:blank' }));
    render(
      <MemoryRouter initialEntries={['/business/reports/x']}>
        <ToastProvider>
          <Routes>
            <Route path="/business/reports/:id" element={<BusinessReportPage />} />
          </Routes>
        </ToastProvider>
      </MemoryRouter>,
    );
    expect(await screen.findByTestId('business-report-error')).toHaveTextContent('Report not found');
    expect(screen.getByTestId('back-to-candidates')).toHaveAttribute('href', '/business/candidates');
  });
});
