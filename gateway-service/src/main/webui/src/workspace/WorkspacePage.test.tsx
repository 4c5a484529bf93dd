import { fireEvent, render, screen, waitFor } from '../test/render';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api/client';
import type { Assessment } from '../api/types';
import { WorkspacePage } from './WorkspacePage';

const pending = {
  id: 'a-1',
  status: 'pending',
  attemptNumber: 1,
  task: { id: 't-1', title: 'Harden a webhook', description: '', taskType: 'bug_fix', difficulty: 'advanced', timeLimitMinutes: 45 },
  viewer: 'candidate',
  candidate: { name: 'Mary', email: 'mary@example.com' },
  invitationId: 'inv-1',
  companyName: 'Acme',
  canAbandon: false,
  notes: null,
  startedAt: null,
  deadline: null,
  submittedAt: null,
  timeSpentSeconds: null,
  failureReason: null,
  chatHistory: [],
  score: null,
} as unknown as Assessment;

describe('WorkspacePage before the clock starts', () => {
  afterEach(() => vi.restoreAllMocks());

  it('asks to confirm the start of the invitation’s own attempt and starts exactly that one', async () => {
    vi.spyOn(api, 'getAssessment').mockResolvedValueOnce(pending).mockReturnValue(new Promise(() => {}));
    const start = vi.spyOn(api, 'startAssessment').mockResolvedValue({
      assessmentId: 'a-1',
      status: 'in_progress',
      startedAt: '2026-12-06T10:00:00Z',
      deadline: '2026-12-06T10:45:00Z',
      timeLimitMinutes: 45,
      websocketUrl: '',
    });
    const create = vi.spyOn(api, 'createAssessment');
    render(
      <MemoryRouter initialEntries={['/workspace/a-1']}>
        <Routes>
          <Route path="/workspace/:id" element={<WorkspacePage />} />
        </Routes>
      </MemoryRouter>,
    );
    expect(await screen.findByTestId('start-gate-title')).toHaveTextContent('Harden a webhook');
    expect(screen.getByText('Assessment for Acme')).toBeInTheDocument();
    expect(screen.getByText('45 minutes')).toBeInTheDocument();
    expect(screen.queryByTestId('abandon-attempt')).toBeNull();
    fireEvent.click(screen.getByTestId('start-assessment'));
    await waitFor(() => expect(start).toHaveBeenCalledWith('a-1'));
    expect(create).not.toHaveBeenCalled();
  });
});
