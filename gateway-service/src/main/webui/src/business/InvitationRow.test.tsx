import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from '../api/client';
import type { Invitation } from '../api/types';
import { ToastProvider } from '../shared/Toast';
import { InvitationRow } from './InvitationRow';

const INVITATION: Invitation = {
  id: 'inv-1',
  taskId: 't1',
  taskTitle: 'Harden a webhook',
  recipientEmail: 'casey@example.com',
  recipientName: 'Casey',
  status: 'sent',
  sentAt: '2030-01-01T10:00:00Z',
  expiresAt: '2030-01-15T10:00:00Z',
  acceptedAt: null,
  completedAt: null,
  assessmentId: null,
  assessmentStatus: null,
  finalScore: null,
  proficiencyLevel: null,
  allowRetakes: true,
  lastSentAt: '2030-01-01T10:00:00Z',
  resendCount: 0,
  linkAvailable: true,
};

function renderRow(invitation: Invitation = INVITATION, onChanged = vi.fn()) {
  render(
    <MemoryRouter>
      <ToastProvider>
        <table>
          <tbody>
            <InvitationRow invitation={invitation} onChanged={onChanged} onCancel={vi.fn()} />
          </tbody>
        </table>
      </ToastProvider>
    </MemoryRouter>,
  );
  return onChanged;
}

function setClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

describe('InvitationRow', () => {
  afterEach(() => vi.restoreAllMocks());

  it('copies the link to the clipboard', async () => {
    vi.spyOn(api, 'invitationLink').mockResolvedValue({ accessLink: 'https://lab.example/invite/tok' });
    const writeText = vi.fn(() => Promise.resolve());
    setClipboard(writeText);
    renderRow();
    fireEvent.click(screen.getByTestId('copy-invitation-link'));
    await screen.findByText('Link copied');
    expect(writeText).toHaveBeenCalledWith('https://lab.example/invite/tok');
    expect(screen.queryByTestId('link-dialog')).toBeNull();
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    vi.spyOn(api, 'invitationLink').mockResolvedValue({ accessLink: 'https://lab.example/invite/tok' });
    setClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    renderRow();
    fireEvent.click(screen.getByTestId('copy-invitation-link'));
    const input = await screen.findByTestId('link-dialog-input');
    expect(input).toHaveValue('https://lab.example/invite/tok');
  });

  it('resends and refreshes the list', async () => {
    vi.spyOn(api, 'resendInvitation').mockResolvedValue({
      invitationId: 'inv-1',
      accessLink: 'x',
      lastSentAt: '2030-01-01T11:00:00Z',
      resendCount: 1,
    });
    const onChanged = renderRow();
    fireEvent.click(screen.getByTestId('resend-invitation'));
    await screen.findByText('Invitation sent again');
    expect(onChanged).toHaveBeenCalled();
  });

  it('says how long to wait when resending too soon', async () => {
    vi.spyOn(api, 'resendInvitation').mockRejectedValue(
      new ApiError({ status: 429, title: 'Too many requests', detail: '', type: 'about:blank', retryAfterSeconds: 540 }),
    );
    renderRow();
    fireEvent.click(screen.getByTestId('resend-invitation'));
    await waitFor(() => expect(screen.getByTestId('invitation-notice')).toHaveTextContent('You can resend it in 9 min.'));
  });

  it('disables Resend once the limit is reached', () => {
    renderRow({ ...INVITATION, resendCount: 5 });
    expect(screen.getByTestId('resend-invitation')).toBeDisabled();
    expect(screen.getByTestId('resend-limit')).toHaveTextContent('Resend limit reached (5 of 5)');
  });

  it("shows a scored assessment's score and level with a link to the report", () => {
    renderRow({
      ...INVITATION,
      status: 'completed',
      assessmentId: 'asm-9',
      assessmentStatus: 'scored',
      finalScore: 73.94,
      proficiencyLevel: 'architect',
    });
    expect(screen.getByTestId('assessment-status')).toHaveTextContent('Scored');
    expect(screen.getByTestId('invitation-score')).toHaveTextContent('73.9');
    expect(screen.getByTestId('invitation-level')).toHaveTextContent('AI Architect');
    expect(screen.getByTestId('invitation-report')).toHaveAttribute('href', '/results/asm-9');
    expect(screen.queryByTestId('resend-invitation')).toBeNull();
    expect(screen.queryByTestId('copy-invitation-link')).toBeNull();
  });
});
