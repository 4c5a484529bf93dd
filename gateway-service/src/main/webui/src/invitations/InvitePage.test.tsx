import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api/client';
import { AuthProvider } from '../auth/AuthContext';
import { ToastProvider } from '../shared/Toast';
import { render, screen } from '../test/render';
import { InvitePage } from './InvitePage';

const MESSAGE =
  'Hi Ada,\n**Urgent**: verify at [our portal](https://evil.example/login) or https://evil.example/x\n<a href="https://evil.example">here</a> <img src=x onerror=alert(1)>';

describe('InvitePage', () => {
  beforeEach(() => {
    vi.spyOn(api, 'config').mockResolvedValue({ oidc: { authority: 'http://idp.test/realms/x', clientId: 'web' }, version: 'test' });
    vi.spyOn(api, 'invitationAccess').mockResolvedValue({
      invitationId: 'inv-1',
      taskTitle: 'Harden a webhook',
      taskType: 'bug_fix',
      difficulty: 'intermediate',
      timeLimitMinutes: 60,
      companyName: 'Acme Labs',
      senderName: 'Blake',
      message: MESSAGE,
      expiresAt: null,
      status: 'sent',
      recipientEmail: 'ada@example.com',
      recipientName: 'Ada',
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('quotes the business’s message as plain text, labelled as theirs, with no link, markup or Markdown', async () => {
    render(
      <MemoryRouter initialEntries={['/invite/tok-1']}>
        <ToastProvider>
          <AuthProvider>
            <Routes>
              <Route path="/invite/:token" element={<InvitePage />} />
            </Routes>
          </AuthProvider>
        </ToastProvider>
      </MemoryRouter>,
    );
    const message = await screen.findByTestId('invite-message');
    expect(message.textContent).toBe(MESSAGE);
    expect(screen.getByTestId('invite-message-label')).toHaveTextContent('Message from Blake, Acme Labs');
    expect(screen.getByTestId('invite-message-label')).toHaveTextContent('their words, not Skills Lab’s');
    expect(message.querySelector('a, img, strong, b')).toBeNull();
    expect(document.querySelector('a[href*="evil.example"]')).toBeNull();
  });
});
