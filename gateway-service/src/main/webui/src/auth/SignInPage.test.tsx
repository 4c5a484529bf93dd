import { render, screen, waitFor } from '../test/render';
import { UserManager } from 'oidc-client-ts';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api/client';
import { AuthProvider } from './AuthContext';
import { SignInPage } from './SignInPage';

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <AuthProvider>
        <SignInPage />
      </AuthProvider>
    </MemoryRouter>,
  );
}

describe('SignInPage', () => {
  beforeEach(() => {
    vi.spyOn(api, 'config').mockResolvedValue({ oidc: { authority: 'http://idp.test/realms/x', clientId: 'web' }, version: 'test' });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
  });

  it('after the verification link: says so and opens the sign-in with the address filled in, then the invitation', async () => {
    const redirect = vi.spyOn(UserManager.prototype, 'signinRedirect').mockResolvedValue(undefined);
    renderAt('/sign-in?verified=1&email=mary%40example.com&returnTo=%2Finvite%2Ftok-1%3Faccept%3D1');
    expect(screen.getByTestId('email-verified')).toHaveTextContent('Your email is verified');
    expect(screen.getByTestId('sign-in-page')).toHaveTextContent('mary@example.com');
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(1));
    expect(redirect).toHaveBeenCalledWith({
      state: { returnTo: '/invite/tok-1?accept=1' },
      login_hint: 'mary@example.com',
      extraQueryParams: { skillslab_notice: 'email-verified' },
    });
  });

  it('a plain visit opens the sign-in at once, back to the dashboard', async () => {
    const redirect = vi.spyOn(UserManager.prototype, 'signinRedirect').mockResolvedValue(undefined);
    renderAt('/sign-in');
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ state: { returnTo: '/dashboard' } }));
    expect(screen.queryByTestId('email-verified')).toBeNull();
  });
});
