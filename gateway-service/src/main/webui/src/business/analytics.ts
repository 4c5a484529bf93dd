import type { AnalyticsQuery, Funnel, HistogramBucket } from '../api/types';

export interface FunnelStep {
  key: keyof Funnel;
  label: string;
  /** null: not tracked (the platform does not record it). */
  value: number | null;
}

const FUNNEL_LABELS: Record<keyof Funnel, string> = {
  invited: 'Invited',
  opened: 'Opened',
  accepted: 'Accepted',
  started: 'Started',
  submitted: 'Submitted',
  scored: 'Scored',
};

/** The funnel's steps in order; `opened` stays null when the platform did not track it (never shown as 0). */
export function funnelSteps(funnel: Funnel): FunnelStep[] {
  return (Object.keys(FUNNEL_LABELS) as (keyof Funnel)[]).map((key) => ({
    key,
    label: FUNNEL_LABELS[key],
    value: funnel[key] ?? null,
  }));
}

/** Share of the first step that reached this one, "—" without a base. */
export function stepShare(value: number | null, base: number | null): string {
  if (value === null || !base) return '—';
  return `${Math.round((value / base) * 100)}%`;
}

export interface HistogramBar {
  label: string;
  from: number;
  to: number;
  count: number;
}

function trim(value: number, scale: number): string {
  const scaled = Math.round(value * scale * 10) / 10;
  return Number.isInteger(scaled) ? String(scaled) : scaled.toFixed(1);
}

/**
 * A histogram's bars from the server's buckets, in order, labelled "0–10" (`scale` 100 and `unit` "%" for shares
 * from 0 to 1). Empty buckets are kept, so the axis stays the same from one filter to the next.
 */
export function histogramBars(buckets: HistogramBucket[], scale = 1, unit = ''): HistogramBar[] {
  return [...buckets]
    .sort((a, b) => a.from - b.from)
    .map((bucket) => ({
      label: `${trim(bucket.from, scale)}–${trim(bucket.to, scale)}${unit}`,
      from: bucket.from,
      to: bucket.to,
      count: bucket.count,
    }));
}

/**
 * Buckets values the server did not bucket (the page's own figures): `count` equal-width buckets over [min, max],
 * the last one including max.
 */
export function bucketize(values: number[], min: number, max: number, count: number): HistogramBucket[] {
  const width = (max - min) / count;
  const buckets = Array.from({ length: count }, (_, i) => ({ from: min + i * width, to: min + (i + 1) * width, count: 0 }));
  for (const value of values) {
    if (!Number.isFinite(value) || value < min || value > max) continue;
    const index = Math.min(count - 1, Math.floor((value - min) / width));
    buckets[index].count += 1;
  }
  return buckets;
}

export function totalCount(buckets: HistogramBucket[]): number {
  return buckets.reduce((sum, bucket) => sum + bucket.count, 0);
}

export type RangePreset = '7d' | '30d' | '90d' | 'all' | 'custom';

/** `YYYY-MM-DD` of a day, `days` before `now` (UTC, as the server reads dates). */
export function daysAgo(days: number, now = new Date()): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/** The API's `from`/`to` for a preset, or the custom dates as typed. */
export function rangeQuery(preset: RangePreset, custom: { from: string; to: string }, now = new Date()): Pick<AnalyticsQuery, 'from' | 'to'> {
  if (preset === 'all') return {};
  if (preset === 'custom') return { from: custom.from || undefined, to: custom.to || undefined };
  const days = { '7d': 7, '30d': 30, '90d': 90 }[preset];
  return { from: daysAgo(days - 1, now), to: daysAgo(0, now) };
}

/** Why custom dates cannot be asked for, or null. */
export function rangeProblem(range: { from?: string; to?: string }): string | null {
  if (range.from && range.to && range.from > range.to) return 'The start date is after the end date.';
  return null;
}
