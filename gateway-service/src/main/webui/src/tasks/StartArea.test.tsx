import { fireEvent, render, screen, waitFor } from '../test/render';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from '../api/client';
import type { AssessmentSummary } from '../api/types';
import { StartArea } from './StartArea';

function attempt(overrides: Partial<AssessmentSummary> = {}): AssessmentSummary {
  return {
    id: 'a-1',
    status: 'in_progress',
    taskId: 't-1',
    taskTitle: 'Todo API',
    attemptNumber: 1,
    startedAt: '2026-12-06T10:00:00Z',
    submittedAt: null,
    finalScore: null,
    proficiencyLevel: null,
    createdAt: '2026-12-06T09:59:00Z',
    invitationId: null,
    companyName: null,
    canAbandon: false,
    timeLimitMinutes: 60,
    ...overrides,
  };
}

function renderArea() {
  render(
    <MemoryRouter initialEntries={['/tasks/t-1']}>
      <Routes>
        <Route path="/tasks/:id" element={<StartArea taskId="t-1" />} />
        <Route path="/workspace/:id" element={<p data-testid="workspace-route" />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('StartArea', () => {
  afterEach(() => vi.restoreAllMocks());

  it('offers to resume the attempt in progress instead of starting another one', async () => {
    const list = vi.spyOn(api, 'listAssessments').mockResolvedValue({ assessments: [attempt({ attemptNumber: 2 })], total: 1 });
    const create = vi.spyOn(api, 'createAssessment');
    renderArea();
    const resume = await screen.findByTestId('resume-attempt');
    expect(resume).toHaveTextContent('Resume attempt #2');
    expect(resume).toHaveAttribute('href', '/workspace/a-1');
    expect(screen.queryByTestId('start-assessment')).toBeNull();
    expect(screen.queryByTestId('abandon-attempt')).toBeNull();
    expect(list).toHaveBeenCalledWith(expect.objectContaining({ taskId: 't-1', status: ['pending', 'in_progress'] }), expect.anything());
    expect(create).not.toHaveBeenCalled();
  });

  it('lets a candidate abandon an attempt that has not started, then start afresh', async () => {
    vi.spyOn(api, 'listAssessments')
      .mockResolvedValueOnce({ assessments: [attempt({ status: 'pending', canAbandon: true })], total: 1 })
      .mockResolvedValueOnce({ assessments: [], total: 1 });
    const abandon = vi.spyOn(api, 'abandonAssessment').mockResolvedValue({ assessmentId: 'a-1', status: 'abandoned' });
    renderArea();
    fireEvent.click(await screen.findByTestId('abandon-attempt'));
    expect(screen.getByText(/does not count as an attempt/)).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('confirm-abandon'));
    await waitFor(() => expect(abandon).toHaveBeenCalledWith('a-1'));
    expect(await screen.findByTestId('start-assessment')).toBeInTheDocument();
  });

  it('opens the attempt the server names when one was started elsewhere in the meantime', async () => {
    vi.spyOn(api, 'listAssessments').mockResolvedValue({ assessments: [], total: 0 });
    vi.spyOn(api, 'createAssessment').mockRejectedValue(
      new ApiError({
        status: 409,
        title: 'Conflict',
        detail: 'You already have an attempt of this task in progress.',
        type: 'https://skillslab.dev/problems/attempt-in-progress',
        extensions: { assessmentId: 'a-9', attemptNumber: 3, attemptStatus: 'in_progress' },
      }),
    );
    const start = vi.spyOn(api, 'startAssessment');
    renderArea();
    fireEvent.click(await screen.findByTestId('start-assessment'));
    expect(await screen.findByTestId('workspace-route')).toBeInTheDocument();
    expect(start).not.toHaveBeenCalled();
  });
});
