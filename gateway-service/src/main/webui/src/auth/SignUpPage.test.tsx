import { fireEvent, render, screen, waitFor } from '../test/render';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from '../api/client';
import { ToastProvider } from '../shared/Toast';
import { AuthProvider } from './AuthContext';
import { SignUpPage } from './SignUpPage';

function renderPage(path = '/sign-up') {
  render(
    <MemoryRouter initialEntries={[path]}>
      <ToastProvider>
        <AuthProvider>
          <SignUpPage />
        </AuthProvider>
      </ToastProvider>
    </MemoryRouter>,
  );
}

function type(id: string, value: string) {
  fireEvent.change(document.getElementById(id) as HTMLElement, { target: { value } });
}

function fillBusiness() {
  type('signup-firstName', 'Grace');
  type('signup-lastName', 'Hopper');
  type('signup-email', 'grace@example.com');
  type('signup-password', 'cobol-forever');
  type('signup-confirmPassword', 'cobol-forever');
  type('signup-companyName', 'Compilers Inc');
  type('signup-companySize', '201-500');
  type('signup-companyIndustry', 'technology');
}

describe('SignUpPage', () => {
  beforeEach(() => {
    vi.spyOn(api, 'config').mockResolvedValue({ oidc: { authority: 'http://idp.test/realms/x', clientId: 'web' }, version: 'test' });
  });
  afterEach(() => vi.restoreAllMocks());

  it('walks type, details (with inline errors) and verification for a business', async () => {
    const signUp = vi.spyOn(api, 'signUp').mockResolvedValue({
      email: 'grace@example.com',
      userType: 'business',
      message: 'Check your email.',
    });
    const resend = vi.spyOn(api, 'resendVerificationEmail').mockResolvedValue(undefined);
    renderPage('/sign-up?type=business');
    expect(screen.getByTestId('account-type-business').querySelector('input')).toBeChecked();
    fireEvent.click(screen.getByTestId('sign-up-continue'));

    fireEvent.click(await screen.findByTestId('sign-up-submit'));
    expect(await screen.findByTestId('signup-companySize-error')).toHaveTextContent('Choose the size of your company.');
    expect(screen.getByTestId('signup-password-error')).toHaveTextContent('at least 12');
    expect(document.getElementById('signup-email')).toHaveAttribute('aria-invalid', 'true');
    expect(signUp).not.toHaveBeenCalled();

    fillBusiness();
    expect(screen.queryByTestId('signup-companySize-error')).toBeNull();
    fireEvent.click(screen.getByTestId('sign-up-submit'));
    await screen.findByText('Verify Your Email');
    expect(signUp).toHaveBeenCalledWith({
      accountType: 'business',
      firstName: 'Grace',
      lastName: 'Hopper',
      email: 'grace@example.com',
      password: 'cobol-forever',
      companyName: 'Compilers Inc',
      companySize: '201-500',
      companyIndustry: 'technology',
    });
    expect(screen.getByTestId('verify-email')).toHaveTextContent('grace@example.com');

    fireEvent.click(screen.getByTestId('resend-verification'));
    await screen.findByTestId('resend-status');
    expect(resend).toHaveBeenCalledWith('grace@example.com', undefined);
    expect(screen.getByTestId('resend-verification')).toBeDisabled();
  });

  it('shows the password rules, and the server’s field errors (naming the rule) under their inputs', async () => {
    const signUp = vi
      .spyOn(api, 'signUp')
      .mockRejectedValueOnce(
        new ApiError({
          status: 400,
          title: 'Invalid request',
          detail: 'The sign-up form has errors.',
          type: 'https://skillslab.dev/problems/validation',
          errors: [
            { field: 'password', message: 'is one of the most common passwords; choose one that is harder to guess' },
            { field: 'companyName', message: 'is required for a business account' },
          ],
        }),
      );
    renderPage();
    fireEvent.click(screen.getByTestId('account-type-business'));
    fireEvent.click(screen.getByTestId('sign-up-continue'));
    await screen.findByTestId('sign-up-form');
    const rules = screen.getByTestId('signup-password-rules');
    expect(rules).toHaveTextContent('At least 12 characters.');
    expect(rules).toHaveTextContent('Not containing your email address');
    expect(rules).toHaveTextContent('Not one of the most common passwords');
    fillBusiness();
    fireEvent.click(screen.getByTestId('sign-up-submit'));
    expect(await screen.findByTestId('signup-password-error')).toHaveTextContent(
      'Password is one of the most common passwords; choose one that is harder to guess.',
    );
    expect(screen.getByTestId('signup-companyName-error')).toHaveTextContent('Company name is required for a business account.');
    expect(signUp).toHaveBeenCalledTimes(1);
  });

  it('answers a taken address like a new one: the page says what the email holds in either case', async () => {
    vi.spyOn(api, 'signUp').mockResolvedValue({
      email: 'grace@example.com',
      userType: 'individual',
      message: 'Check your email. If the address can be used for a new account, we sent a link to verify it.',
    });
    renderPage();
    fireEvent.click(screen.getByTestId('sign-up-continue'));
    await screen.findByTestId('sign-up-form');
    type('signup-firstName', 'Grace');
    type('signup-lastName', 'Hopper');
    type('signup-email', 'grace@example.com');
    type('signup-password', 'cobol-forever');
    type('signup-confirmPassword', 'cobol-forever');
    fireEvent.click(screen.getByTestId('sign-up-submit'));
    expect(await screen.findByTestId('verify-sent')).toHaveTextContent('If the address already has an account');
    expect(screen.getByTestId('verify-server-message')).toHaveTextContent('we sent a link to verify it');
    expect(screen.queryByTestId('signup-email-error')).toBeNull();
  });

  it('checks the password’s length and the address in it before asking the server', async () => {
    const signUp = vi.spyOn(api, 'signUp');
    renderPage();
    fireEvent.click(screen.getByTestId('sign-up-continue'));
    await screen.findByTestId('sign-up-form');
    type('signup-firstName', 'Grace');
    type('signup-lastName', 'Hopper');
    type('signup-email', 'grace.hopper@example.com');
    type('signup-password', 'grace.hopper-1906');
    type('signup-confirmPassword', 'grace.hopper-1906');
    fireEvent.click(screen.getByTestId('sign-up-submit'));
    expect(await screen.findByTestId('signup-password-error')).toHaveTextContent('part of your email address before the @');
    expect(signUp).not.toHaveBeenCalled();
  });

  it('fills in an invited person’s address and name, offers no business account, and leads back to the invitation', async () => {
    const access = vi.spyOn(api, 'invitationAccess').mockResolvedValue({
      invitationId: 'inv-1',
      taskTitle: 'Harden a webhook',
      taskType: 'bug_fix',
      difficulty: 'intermediate',
      timeLimitMinutes: 60,
      companyName: 'Acme <Labs>',
      senderName: 'Blake',
      message: null,
      expiresAt: null,
      status: 'sent',
      recipientEmail: 'mary.ann@example.com',
      recipientName: 'Mary Ann Smith',
    });
    const signUp = vi.spyOn(api, 'signUp').mockResolvedValue({
      email: 'mary.ann@example.com',
      userType: 'individual',
      message: 'Check your email.',
    });
    const resend = vi.spyOn(api, 'resendVerificationEmail').mockResolvedValue(undefined);
    renderPage('/sign-up?returnTo=%2Finvite%2Ftok-1');

    expect(await screen.findByTestId('sign-up-invitation')).toHaveTextContent('Acme <Labs> invited you to take Harden a webhook');
    expect(access).toHaveBeenCalledWith('tok-1', expect.anything());
    expect(screen.getByTestId('sign-up-page')).toHaveAttribute('data-step', 'details');
    expect(screen.queryByTestId('account-type-business')).toBeNull();
    expect(screen.queryByTestId('sign-up-back')).toBeNull();
    expect(screen.queryByText('Account type')).toBeNull();
    const email = document.getElementById('signup-email') as HTMLInputElement;
    await waitFor(() => expect(email.value).toBe('mary.ann@example.com'));
    expect(email.readOnly).toBe(true);
    expect((document.getElementById('signup-firstName') as HTMLInputElement).value).toBe('Mary Ann');
    expect((document.getElementById('signup-lastName') as HTMLInputElement).value).toBe('Smith');

    type('signup-password', 'cobol-forever');
    type('signup-confirmPassword', 'cobol-forever');
    fireEvent.click(screen.getByTestId('sign-up-submit'));
    await screen.findByTestId('verify-sent');
    expect(signUp).toHaveBeenCalledWith({
      accountType: 'individual',
      firstName: 'Mary Ann',
      lastName: 'Smith',
      email: 'mary.ann@example.com',
      password: 'cobol-forever',
      returnTo: '/invite/tok-1?accept=1',
    });
    expect(screen.getByTestId('verify-sent')).toHaveTextContent('on to your invitation');
    fireEvent.click(screen.getByTestId('resend-verification'));
    await screen.findByTestId('resend-status');
    expect(resend).toHaveBeenCalledWith('mary.ann@example.com', '/invite/tok-1?accept=1');
    expect(localStorage.getItem('skillslab.returnToAfterSignUp')).toBe('/invite/tok-1?accept=1');
  });

  it('still signs an invited person up when the invitation cannot be read', async () => {
    vi.spyOn(api, 'invitationAccess').mockRejectedValue(
      new ApiError({ status: 404, title: 'Not found', detail: 'No invitation has this link.', type: 'about:blank' }),
    );
    renderPage('/sign-up?returnTo=%2Finvite%2Fgone');
    await screen.findByTestId('sign-up-invitation-unavailable');
    const email = document.getElementById('signup-email') as HTMLInputElement;
    expect(email.readOnly).toBe(false);
    expect(screen.queryByTestId('account-type-business')).toBeNull();
  });

  it('sends an individual without company fields, even after switching from business', async () => {
    const signUp = vi.spyOn(api, 'signUp').mockResolvedValue({
      email: 'grace@example.com',
      userType: 'individual',
      message: 'Check your email.',
    });
    renderPage('/sign-up?type=business');
    fireEvent.click(screen.getByTestId('sign-up-continue'));
    await screen.findByTestId('sign-up-form');
    fillBusiness();
    fireEvent.click(screen.getByTestId('sign-up-back'));
    fireEvent.click(screen.getByTestId('account-type-individual'));
    fireEvent.click(screen.getByTestId('sign-up-continue'));
    fireEvent.click(await screen.findByTestId('sign-up-submit'));
    await screen.findByTestId('verify-sent');
    const body = signUp.mock.calls[0][0];
    expect(body.accountType).toBe('individual');
    expect(body).not.toHaveProperty('companyName');
    expect(body).not.toHaveProperty('companySize');
    expect(body).not.toHaveProperty('companyIndustry');
  });
});
