import { useEffect, useMemo } from 'react';
import { api, toApiError } from '../api/client';
import { TrackingManager } from './TrackingManager';

/** Failed tracking batches are kept for the next flush only when the server may take them later. */
function retryableTracking(error: unknown): boolean {
  const status = toApiError(error).status;
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

/** The session's activity record: batched to the server while the workspace is open, focus changes included. */
export function useTracking(id: string): TrackingManager {
  const tracking = useMemo(
    () =>
      new TrackingManager((events, { keepalive }) => api.track(id, events, { keepalive }), {
        isRetryable: retryableTracking,
        persist: { storage: sessionStorage, key: `skillslab.tracking.${id}` },
      }),
    [id],
  );
  useEffect(() => {
    tracking.start();
    return () => tracking.stop();
  }, [tracking]);

  useEffect(() => {
    let focused = document.visibilityState === 'visible' && document.hasFocus();
    const update = () => {
      const now = document.visibilityState === 'visible' && document.hasFocus();
      if (now !== focused) {
        focused = now;
        tracking.track('focus_change', { focused: now });
      }
    };
    window.addEventListener('focus', update);
    window.addEventListener('blur', update);
    document.addEventListener('visibilitychange', update);
    return () => {
      window.removeEventListener('focus', update);
      window.removeEventListener('blur', update);
      document.removeEventListener('visibilitychange', update);
    };
  }, [tracking]);

  return tracking;
}
