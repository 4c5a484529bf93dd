import { afterEach, describe, expect, it } from 'vitest';
import { rememberReturnTo, signInDestination, signInRequest, takeRememberedReturnTo } from './oidc';

describe('sign-in request', () => {
  it('fills in the address and tells the sign-in page the email was just verified', () => {
    expect(signInRequest('/invite/t?accept=1', { loginHint: ' mary@example.com ', emailVerified: true })).toEqual({
      state: { returnTo: '/invite/t?accept=1' },
      login_hint: 'mary@example.com',
      extraQueryParams: { skillslab_notice: 'email-verified' },
    });
  });

  it('asks nothing more of a plain sign-in', () => {
    expect(signInRequest('/dashboard')).toEqual({ state: { returnTo: '/dashboard' } });
    expect(signInRequest('/dashboard', { loginHint: '  ' })).toEqual({ state: { returnTo: '/dashboard' } });
  });
});

describe('where sign-in leads', () => {
  afterEach(() => {
    takeRememberedReturnTo();
  });

  it('follows the verification link’s returnTo, which works in any browser', () => {
    rememberReturnTo('/somewhere-else');
    expect(signInDestination('/invite/t?accept=1')).toBe('/invite/t?accept=1');
  });

  it('falls back to what sign-up remembered in this browser, then the dashboard', () => {
    rememberReturnTo('/invite/t?accept=1');
    expect(signInDestination(null)).toBe('/invite/t?accept=1');
    takeRememberedReturnTo();
    expect(signInDestination(null)).toBe('/dashboard');
  });

  it('never leaves the site', () => {
    expect(signInDestination('https://evil.example/')).toBe('/dashboard');
    expect(signInDestination('//evil.example/')).toBe('/dashboard');
  });
});
