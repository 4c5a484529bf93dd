import { safeReturnTo } from '../auth/oidc';

/** Where accepting leads: the server's same-origin path, else the new assessment's workspace. */
export function acceptedDestination(redirectUrl: string | null | undefined, assessmentId: string): string {
  const fallback = `/workspace/${encodeURIComponent(assessmentId)}`;
  if (!redirectUrl) return fallback;
  let path = redirectUrl;
  try {
    const url = new URL(redirectUrl, window.location.origin);
    if (url.origin !== window.location.origin) return fallback;
    path = `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
  return safeReturnTo(path, fallback);
}
