import { describe, expect, it } from 'vitest';
import type { ProgressPoint } from '../api/types';
import {
  NO_FILTERS,
  filtersToSearch,
  isoDate,
  listParams,
  pageCount,
  parseFilters,
  rangeLabel,
  tasksOf,
  withFilter,
} from './assessmentFilters';
import { progressCategories, progressRows } from './progress';

describe('the dashboard list in the URL', () => {
  it('reads page, task, status and dates from the query string and ignores what is malformed', () => {
    expect(parseFilters(new URLSearchParams('page=3&task=t-1&status=scored&from=2026-01-01&to=2026-01-31'))).toEqual({
      page: 2,
      taskId: 't-1',
      status: 'scored',
      from: '2026-01-01',
      to: '2026-01-31',
    });
    expect(parseFilters(new URLSearchParams('page=0&status=nonsense&from=2026-02-30&to=yesterday'))).toEqual(NO_FILTERS);
    expect(parseFilters(new URLSearchParams('page=-4'))).toEqual(NO_FILTERS);
  });

  it('writes only what differs from the defaults and keeps other parameters', () => {
    expect(filtersToSearch(NO_FILTERS).toString()).toBe('');
    const search = filtersToSearch({ ...NO_FILTERS, page: 1, status: 'scored', from: '2026-03-01' }, new URLSearchParams('tab=x&page=9'));
    expect(search.get('tab')).toBe('x');
    expect(search.get('page')).toBe('2');
    expect(search.get('status')).toBe('scored');
    expect(search.get('from')).toBe('2026-03-01');
    expect(search.has('to')).toBe(false);
    expect(parseFilters(search)).toEqual({ ...NO_FILTERS, page: 1, status: 'scored', from: '2026-03-01' });
  });

  it('goes back to the first page when a filter changes', () => {
    const onPage3 = { ...NO_FILTERS, page: 2, status: 'scored' as const };
    expect(withFilter(onPage3, { taskId: 't-2' })).toEqual({ ...onPage3, page: 0, taskId: 't-2' });
  });

  it('asks the API for the page with the filters set', () => {
    expect(listParams(NO_FILTERS)).toEqual({ limit: 20, offset: 0 });
    expect(listParams({ page: 2, taskId: 't', status: 'failed', from: '2026-01-01', to: '2026-01-02' })).toEqual({
      limit: 20,
      offset: 40,
      taskId: 't',
      status: 'failed',
      from: '2026-01-01',
      to: '2026-01-02',
    });
  });

  it('labels the range shown and counts the pages', () => {
    expect(rangeLabel(1, 20, 57)).toBe('21–40 of 57');
    expect(rangeLabel(2, 17, 57)).toBe('41–57 of 57');
    expect(rangeLabel(0, 0, 0)).toBe('0 of 0');
    expect(pageCount(57)).toBe(3);
    expect(pageCount(40)).toBe(2);
    expect(pageCount(0)).toBe(1);
  });

  it('accepts only real ISO dates', () => {
    expect(isoDate('2028-02-29')).toBe('2028-02-29');
    expect(isoDate('2026-02-29')).toBeNull();
    expect(isoDate('2026-1-1')).toBeNull();
    expect(isoDate('')).toBeNull();
  });

  it('offers each task of the attempts once, by title', () => {
    expect(
      tasksOf([
        { taskId: 'b', taskTitle: 'Queue' },
        { taskId: 'a', taskTitle: 'API' },
        { taskId: 'b', taskTitle: 'Queue' },
      ]),
    ).toEqual([
      { id: 'a', title: 'API' },
      { id: 'b', title: 'Queue' },
    ]);
  });
});

describe('progress', () => {
  const points: ProgressPoint[] = [
    { assessmentId: 'x1', taskTitle: 'API', scoredAt: '2026-01-01T10:00:00Z', finalScore: 61.26, categoryScores: { planning: 50, outcome_quality: 70.04, extra: 1 } },
    { assessmentId: 'x2', taskTitle: 'Queue', scoredAt: '2026-02-01T10:00:00Z', finalScore: 75, categoryScores: { planning: 65 } },
  ];

  it('orders the categories as the report does, unknown ones last', () => {
    expect(progressCategories(points, ['planning', 'prompt_engineering', 'outcome_quality'])).toEqual(['planning', 'outcome_quality', 'extra']);
  });

  it('makes one row per attempt, oldest first, with a gap where a category was not scored', () => {
    const rows = progressRows(points, ['planning', 'outcome_quality']);
    expect(rows.map((r) => r.label)).toEqual(['#1 · API', '#2 · Queue']);
    expect(rows[0].finalScore).toBe(61.3);
    expect(rows[0].scores).toEqual({ planning: 50, outcome_quality: 70 });
    expect(rows[1].scores).toEqual({ planning: 65, outcome_quality: null });
  });
});
