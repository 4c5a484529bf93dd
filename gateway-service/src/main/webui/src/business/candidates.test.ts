import { describe, expect, it } from 'vitest';
import {
  apiQuery,
  businessReportPath,
  canCompare,
  comparePath,
  csvFileName,
  flagLabel,
  nextSort,
  pageCount,
  percent,
  queryFromParams,
  rangeLabel,
  toggleSelection,
  withRow,
} from './candidates';

describe('candidate list query', () => {
  it('reads the address, falling back to the newest first', () => {
    expect(queryFromParams(new URLSearchParams('sortBy=bogus&order=up&page=-2'))).toEqual({
      taskId: '',
      status: '',
      stage: '',
      q: '',
      sortBy: 'date',
      order: 'desc',
      page: 0,
    });
    const query = queryFromParams(new URLSearchParams('taskId=t1&stage=hired&q=%20ada%20&sortBy=score&order=asc&page=2'));
    expect(apiQuery(query)).toEqual({ taskId: 't1', status: undefined, stage: 'hired', q: 'ada', sortBy: 'score', order: 'asc', page: 2, size: 20 });
  });

  it('flips the order of the sorted column and starts another with what people expect', () => {
    expect(nextSort({ sortBy: 'score', order: 'desc' }, 'score')).toEqual({ sortBy: 'score', order: 'asc' });
    expect(nextSort({ sortBy: 'date', order: 'desc' }, 'score')).toEqual({ sortBy: 'score', order: 'desc' });
    expect(nextSort({ sortBy: 'score', order: 'desc' }, 'name')).toEqual({ sortBy: 'name', order: 'asc' });
  });

  it('counts pages and says which rows are shown', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(41)).toBe(3);
    expect(rangeLabel(1, 20, 57)).toBe('21–40 of 57');
    expect(rangeLabel(0, 0, 0)).toBe('0 of 0');
  });
});

describe('compare selection', () => {
  it('compares scored attempts only, two to five of them', () => {
    expect(canCompare({ assessmentId: 'a', status: 'scored' })).toBe(true);
    expect(canCompare({ assessmentId: 'a', status: 'submitted' })).toBe(false);
    expect(canCompare({ assessmentId: null, status: 'sent' })).toBe(false);
    const five = ['a', 'b', 'c', 'd', 'e'];
    expect(toggleSelection(five, 'f')).toBe(five);
    expect(toggleSelection(five, 'c')).toEqual(['a', 'b', 'd', 'e']);
    expect(toggleSelection(['a'], 'b')).toEqual(['a', 'b']);
    expect(comparePath(['a b', 'c'])).toBe('/business/compare?ids=a%20b,c');
  });

  it('links the report of a scored attempt', () => {
    expect(businessReportPath({ assessmentId: 'x/1', status: 'scored' })).toBe('/business/reports/x%2F1');
    expect(businessReportPath({ assessmentId: 'x', status: 'in_progress' })).toBeNull();
  });
});

describe('CSV file name', () => {
  const now = new Date('2026-12-07T23:30:00Z');
  it('keeps the server name, without any path', () => {
    expect(csvFileName('candidates-all-tasks-2026-12-07.csv', undefined, now)).toBe('candidates-all-tasks-2026-12-07.csv');
    expect(csvFileName('../evil/list', undefined, now)).toBe('list.csv');
  });

  it('follows the server pattern without one', () => {
    expect(csvFileName(null, undefined, now)).toBe('candidates-all-tasks-2026-12-07.csv');
    expect(csvFileName('', 'task 7/x', now)).toBe('candidates-task-7-x-2026-12-07.csv');
  });
});

describe('row helpers', () => {
  it('changes one row only', () => {
    const rows = [
      { assessmentId: 'a', stage: 'new' },
      { assessmentId: 'b', stage: 'new' },
    ];
    expect(withRow(rows, 'b', { stage: 'hired' })).toEqual([
      { assessmentId: 'a', stage: 'new' },
      { assessmentId: 'b', stage: 'hired' },
    ]);
  });

  it('names flags and shares', () => {
    expect(flagLabel('conftest')).toBe('conftest.py in the workspace');
    expect(flagLabel('brand-new-flag')).toBe('brand-new-flag');
    expect(percent(0.425)).toBe('43%');
    expect(percent(null)).toBeNull();
  });
});
