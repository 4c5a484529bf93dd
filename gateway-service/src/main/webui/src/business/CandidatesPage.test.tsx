import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from '../api/client';
import type { BusinessCandidate } from '../api/types';
import type { AuthState } from '../auth/useAuth';
import { ToastProvider } from '../shared/Toast';
import { fireEvent, render, screen, waitFor, within } from '../test/render';
import { CandidatesPage } from './CandidatesPage';

vi.mock('../auth/useAuth', () => ({
  useAuth: (): Partial<AuthState> => ({ me: { id: 'biz-1', company: { name: 'Demo Corp' } } as AuthState['me'] }),
}));

function candidate(id: string, name: string, extra: Partial<BusinessCandidate> = {}): BusinessCandidate {
  return {
    assessmentId: id,
    invitationId: null,
    name,
    email: `${name.toLowerCase()}@example.com`,
    taskId: 't1',
    taskTitle: 'Payments',
    status: 'scored',
    finalScore: 80,
    level: 'architect',
    categoryScores: { planning: 80, prompt_engineering: 70, tool_orchestration: 60, outcome_quality: 90 },
    submittedAt: '2026-12-01T10:00:00Z',
    timeSpentSeconds: 2400,
    aiUsage: { prompts: 5, aiCodeShare: 0.5 },
    integrityFlags: [],
    stage: 'new',
    rating: null,
    ...extra,
  };
}

const ROWS = [
  candidate('a1', 'Ada'),
  candidate('a2', 'Grace', { finalScore: 70 }),
  candidate('a3', 'Dennis', { status: 'in_progress', finalScore: null, categoryScores: null, aiUsage: null, integrityFlags: null }),
  { ...candidate('x', 'Barbara'), assessmentId: null, invitationId: 'inv-1', status: 'sent', stage: null, finalScore: null } as BusinessCandidate,
];

function Where() {
  const location = useLocation();
  return <span data-testid="where">{location.pathname + location.search}</span>;
}

function renderPage() {
  render(
    <MemoryRouter initialEntries={['/business/candidates']}>
      <ToastProvider>
        <Routes>
          <Route path="/business/candidates" element={<CandidatesPage />} />
          <Route path="*" element={<Where />} />
        </Routes>
      </ToastProvider>
    </MemoryRouter>,
  );
}

const rowOf = (name: string) => screen.getAllByTestId('candidate-row').find((row) => within(row).queryByText(name))!;

describe('CandidatesPage', () => {
  beforeEach(() => {
    vi.spyOn(api, 'listTasks').mockResolvedValue({ tasks: [], total: 0, hasMore: false });
    vi.spyOn(api, 'businessCandidates').mockResolvedValue({ candidates: ROWS, total: ROWS.length });
    vi.spyOn(api, 'candidateReview').mockResolvedValue({ assessmentId: 'a1', stage: 'new', rating: null, notes: 'keep me', updatedAt: null });
  });
  afterEach(() => vi.restoreAllMocks());

  it('saves a stage with the notes the review already has', async () => {
    const save = vi.spyOn(api, 'saveCandidateReview').mockResolvedValue({ assessmentId: 'a1', stage: 'hired', rating: null, notes: 'keep me', updatedAt: '2026-12-07T10:00:00Z' });
    renderPage();
    await screen.findByText('Ada');
    fireEvent.change(within(rowOf('Ada')).getByTestId('candidate-stage'), { target: { value: 'hired' } });
    await waitFor(() => expect((within(rowOf('Ada')).getByTestId('candidate-stage') as HTMLSelectElement).value).toBe('hired'));
    await waitFor(() => expect(save).toHaveBeenCalledWith('a1', { stage: 'hired', rating: null, notes: 'keep me' }));
  });

  it('rolls the row back and says so when the save fails', async () => {
    let fail: (error: unknown) => void = () => {};
    vi.spyOn(api, 'saveCandidateReview').mockReturnValue(new Promise((_resolve, reject) => (fail = reject)));
    renderPage();
    await screen.findByText('Ada');
    fireEvent.click(within(rowOf('Grace')).getByTestId('rating-4'));
    await waitFor(() => expect(within(rowOf('Grace')).getByTestId('candidate-rating')).toHaveAttribute('data-rating', '4'));
    await waitFor(() => expect(api.saveCandidateReview).toHaveBeenCalled());
    fail(new ApiError({ status: 503, title: 'Service unavailable', detail: 'Try again later.', type: 'about:blank' }));
    await screen.findByText('The review could not be saved');
    await waitFor(() => expect(within(rowOf('Grace')).getByTestId('candidate-rating')).toHaveAttribute('data-rating', ''));
  });

  it('compares two scored candidates; others cannot be selected', async () => {
    renderPage();
    await screen.findByText('Ada');
    expect(within(rowOf('Dennis')).getByTestId('candidate-select')).toBeDisabled();
    expect(within(rowOf('Barbara')).getByTestId('invitation-status')).toHaveAttribute('data-status', 'sent');
    fireEvent.click(within(rowOf('Ada')).getByTestId('candidate-select'));
    expect(screen.getByTestId('compare-selected')).toBeDisabled();
    fireEvent.click(within(rowOf('Grace')).getByTestId('candidate-select'));
    fireEvent.click(screen.getByTestId('compare-selected'));
    expect(screen.getByTestId('where')).toHaveTextContent('/business/compare?ids=a1,a2');
  });

  it('sorts by a column header click', async () => {
    renderPage();
    await screen.findByText('Ada');
    fireEvent.click(screen.getByTestId('sort-score'));
    await waitFor(() =>
      expect(api.businessCandidates).toHaveBeenLastCalledWith(expect.objectContaining({ sortBy: 'score', order: 'desc', page: 0 }), expect.anything()),
    );
  });
});
