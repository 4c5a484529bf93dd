import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import type { ComparedCandidate } from '../api/types';
import { bestIndexes, hiddenTestsPassed, idsFromParam, notScoredIds, radarData, rankedCandidates, subitemRows } from './compare';

function candidate(id: string, extra: Partial<ComparedCandidate> = {}): ComparedCandidate {
  return {
    assessmentId: id,
    name: id.toUpperCase(),
    taskId: 't',
    taskTitle: 'Task',
    finalScore: 50,
    level: 'operator',
    categoryScores: null,
    subitemScores: null,
    hiddenTests: null,
    aiUsage: null,
    time: null,
    integrityFlags: [],
    ...extra,
  };
}

describe('best-value marking', () => {
  it('marks the highest, every one on a tie', () => {
    expect([...bestIndexes([70, 90, 90, 10])]).toEqual([1, 2]);
  });

  it('marks the lowest where less is better', () => {
    expect([...bestIndexes([300, 120, null], 'lower')]).toEqual([1]);
  });

  it('marks nothing when nobody stands out or too little is known', () => {
    expect(bestIndexes([80, 80, 80]).size).toBe(0);
    expect(bestIndexes([80, null, undefined]).size).toBe(0);
    expect(bestIndexes([]).size).toBe(0);
  });
});

describe('ranking and rows', () => {
  it('orders the candidates as the server ranked them', () => {
    const ranked = rankedCandidates({ candidates: [candidate('a'), candidate('b'), candidate('c')], ranking: ['c', 'a'] });
    expect(ranked.map((c) => c.assessmentId)).toEqual(['c', 'a', 'b']);
  });

  it('lists every subitem anyone has, built-in categories first', () => {
    const rows = subitemRows([
      candidate('a', { subitemScores: { security: { secrets: 40 }, planning: { task_breakdown: 70 } } }),
      candidate('b', { subitemScores: { planning: { task_breakdown: 60, time_estimation: 55 } } }),
    ]);
    expect(rows).toEqual([
      { category: 'planning', subitem: 'task_breakdown', values: [70, 60] },
      { category: 'planning', subitem: 'time_estimation', values: [null, 55] },
      { category: 'security', subitem: 'secrets', values: [40, null] },
    ]);
  });

  it('gives the radar one key per candidate', () => {
    const data = radarData(
      [candidate('a', { categoryScores: { planning: 71.26, outcome_quality: 80 } }), candidate('b', { categoryScores: { planning: 50 } })],
      (key) => key.toUpperCase(),
    );
    expect(data).toEqual([
      { category: 'PLANNING', a: 71.3, b: 50 },
      { category: 'OUTCOME_QUALITY', a: 80, b: null },
    ]);
  });

  it('counts hidden tests as the ranking does', () => {
    expect(hiddenTestsPassed(candidate('a', { hiddenTests: { total: 10, passed: 8, ran: true, counted: true } }))).toBe(8);
    expect(hiddenTestsPassed(candidate('a', { hiddenTests: { total: 10, passed: 10, ran: true, counted: false } }))).toBe(0);
    expect(hiddenTestsPassed(candidate('a', { hiddenTests: { total: 0, passed: 0, ran: false, counted: true } }))).toBeNull();
  });
});

describe('the compare address and its refusals', () => {
  it('reads distinct ids, five at most', () => {
    expect(idsFromParam(' a, b,a,,c,d,e,f')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(idsFromParam(null)).toEqual([]);
  });

  it('reads the ids a 409 not-scored names', () => {
    const refusal = new ApiError({
      status: 409,
      title: 'Conflict',
      detail: 'not scored',
      type: 'https://skillslab.dev/problems/not-scored',
      extensions: { assessmentIds: ['x', 7] },
    });
    expect(notScoredIds(refusal)).toEqual(['x']);
    expect(notScoredIds(new ApiError({ status: 404, title: 'Not found', detail: '', type: 'about:blank' }))).toBeNull();
  });
});
