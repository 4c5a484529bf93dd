import { describe, expect, it } from 'vitest';
import { bucketize, funnelSteps, histogramBars, rangeProblem, rangeQuery, stepShare, totalCount } from './analytics';

describe('funnel', () => {
  it('keeps an untracked step null, never 0', () => {
    const steps = funnelSteps({ invited: 10, opened: null, accepted: 6, started: 5, submitted: 4, scored: 3 });
    expect(steps.map((s) => [s.key, s.value])).toEqual([
      ['invited', 10],
      ['opened', null],
      ['accepted', 6],
      ['started', 5],
      ['submitted', 4],
      ['scored', 3],
    ]);
    expect(stepShare(null, 10)).toBe('—');
    expect(stepShare(4, 10)).toBe('40%');
    expect(stepShare(4, 0)).toBe('—');
  });
});

describe('histograms', () => {
  it('labels the server buckets in order, shares as percentages', () => {
    const bars = histogramBars(
      [
        { from: 0.2, to: 0.4, count: 3 },
        { from: 0, to: 0.2, count: 1 },
      ],
      100,
      '%',
    );
    expect(bars.map((b) => [b.label, b.count])).toEqual([
      ['0–20%', 1],
      ['20–40%', 3],
    ]);
    expect(histogramBars([{ from: 90, to: 100, count: 2 }])[0].label).toBe('90–100');
  });

  it('buckets values into equal widths, the maximum in the last bucket', () => {
    const buckets = bucketize([0, 9.9, 10, 55, 100, 101, Number.NaN], 0, 100, 10);
    expect(buckets.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(totalCount(buckets)).toBe(5);
  });
});

describe('date ranges', () => {
  const now = new Date('2026-12-07T10:00:00Z');
  it('turns presets into whole days, today included', () => {
    expect(rangeQuery('7d', { from: '', to: '' }, now)).toEqual({ from: '2026-12-01', to: '2026-12-07' });
    expect(rangeQuery('all', { from: '2026-01-01', to: '' }, now)).toEqual({});
    expect(rangeQuery('custom', { from: '2026-01-01', to: '' }, now)).toEqual({ from: '2026-01-01', to: undefined });
  });

  it('refuses a start after the end', () => {
    expect(rangeProblem({ from: '2026-02-01', to: '2026-01-01' })).toMatch(/after/);
    expect(rangeProblem({ from: '2026-01-01', to: '2026-01-01' })).toBeNull();
  });
});
