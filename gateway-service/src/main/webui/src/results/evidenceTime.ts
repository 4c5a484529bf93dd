/** When evidence happened: minutes into the session when its start is known, else the clock time. */
export function evidenceTime(timestamp: string | null | undefined, startedAt: string | null | undefined): string {
  if (!timestamp) return '';
  const at = Date.parse(timestamp);
  if (Number.isNaN(at)) return '';
  const start = startedAt ? Date.parse(startedAt) : Number.NaN;
  if (!Number.isNaN(start) && at >= start) {
    const seconds = Math.round((at - start) / 1000);
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    return `${m}:${String(s).padStart(2, '0')} into the session`;
  }
  return new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}
