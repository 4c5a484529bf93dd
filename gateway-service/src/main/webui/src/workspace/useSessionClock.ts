import { useCallback, useMemo } from 'react';
import { api } from '../api/client';
import type { Assessment } from '../api/types';
import { useToast } from '../shared/useToast';
import { warningMessage } from './countdown';
import { useCountdown } from './useCountdown';

/** The time left until the server's deadline (null without one), with the warnings as it runs out. */
export function useSessionClock(assessment: Assessment): { remaining: number | null; expired: boolean } {
  const toast = useToast();
  // The deadline is the server's; correct for a client clock that is clearly off (the Date
  // header has one-second resolution, so smaller differences are noise).
  const clockOffset = useMemo(() => (Math.abs(api.serverTimeOffsetMs) > 2000 ? api.serverTimeOffsetMs : 0), []);
  const remaining = useCountdown(
    assessment.deadline,
    clockOffset,
    `skillslab.warnings.${assessment.id}`,
    useCallback(
      (minutes: number, left: number) =>
        toast.show({
          kind: minutes <= 5 ? 'error' : 'warning',
          title: warningMessage(minutes, left),
          detail: 'Your work is submitted automatically when the time is up.',
          durationMs: 10_000,
        }),
      [toast],
    ),
  );
  return { remaining, expired: remaining !== null && remaining <= 0 };
}
