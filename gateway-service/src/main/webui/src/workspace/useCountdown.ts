import { useEffect, useEffectEvent, useState } from 'react';
import { dueWarning, remainingMs } from './countdown';

/**
 * Milliseconds left until `deadline` by the server's clock, ticking every second, and a call
 * of `onWarning(minutes)` as each warning threshold is reached (once per threshold and tab).
 */
export function useCountdown(
  deadline: string | null,
  offsetMs: number,
  storageKey: string,
  onWarning: (minutes: number, remaining: number) => void,
): number | null {
  const compute = () => (deadline ? remainingMs(deadline, Date.now(), offsetMs) : null);
  const [remaining, setRemaining] = useState<number | null>(compute);
  const warn = useEffectEvent(onWarning);

  useEffect(() => {
    if (!deadline) return;
    let shown: Set<number>;
    try {
      shown = new Set<number>(JSON.parse(sessionStorage.getItem(storageKey) ?? '[]') as number[]);
    } catch {
      shown = new Set();
    }
    const tick = () => {
      const left = remainingMs(deadline, Date.now(), offsetMs);
      setRemaining(left);
      const { warn: due, reached } = dueWarning(left, shown);
      if (reached.some((m) => !shown.has(m))) {
        reached.forEach((m) => shown.add(m));
        sessionStorage.setItem(storageKey, JSON.stringify([...shown]));
      }
      if (due !== null) warn(due, left);
    };
    tick();
    const interval = setInterval(tick, 1000);
    return () => clearInterval(interval);
  }, [deadline, offsetMs, storageKey]);

  return deadline ? remaining : null;
}
