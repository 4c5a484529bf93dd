import type { ApiError } from '../api/client';
import type { ComparedCandidate, Comparison } from '../api/types';
import { COMPARE_MAX, COMPARE_MIN } from './candidates';

const BUILT_IN_ORDER = ['planning', 'prompt_engineering', 'tool_orchestration', 'outcome_quality'];

/** One colour per compared candidate, in the order of the ranking's table. */
export const SERIES_COLOURS = ['#4f46e5', '#d97706', '#16a34a', '#db2777', '#0891b2'];

/** The ids of `?ids=a,b,c`: distinct, at most five. */
export function idsFromParam(value: string | null): string[] {
  const ids = (value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  return [...new Set(ids)].slice(0, COMPARE_MAX);
}

export function enoughToCompare(ids: string[]): boolean {
  return ids.length >= COMPARE_MIN && ids.length <= COMPARE_MAX;
}

/** The candidates best first, as the server ranked them; any it did not rank keep their order after them. */
export function rankedCandidates(comparison: Pick<Comparison, 'candidates' | 'ranking'>): ComparedCandidate[] {
  const position = new Map(comparison.ranking.map((id, index) => [id, index]));
  return [...comparison.candidates].sort(
    (a, b) => (position.get(a.assessmentId) ?? Infinity) - (position.get(b.assessmentId) ?? Infinity),
  );
}

/**
 * Which of the values is the best: the indexes holding it (all of them on a tie). Nothing is marked when fewer than
 * two values are known, or when all known values are the same (nobody stands out).
 */
export function bestIndexes(values: (number | null | undefined)[], better: 'higher' | 'lower' = 'higher'): Set<number> {
  const known = values
    .map((value, index) => ({ value, index }))
    .filter((entry): entry is { value: number; index: number } => typeof entry.value === 'number' && Number.isFinite(entry.value));
  if (known.length < 2) return new Set();
  const best = better === 'higher' ? Math.max(...known.map((k) => k.value)) : Math.min(...known.map((k) => k.value));
  const winners = known.filter((k) => k.value === best);
  if (winners.length === known.length) return new Set();
  return new Set(winners.map((w) => w.index));
}

/** Built-in categories in their usual order, then the others as they come. */
export function orderedCategories(keys: Iterable<string>): string[] {
  const all = [...new Set(keys)];
  const builtIn = BUILT_IN_ORDER.filter((key) => all.includes(key));
  return [...builtIn, ...all.filter((key) => !BUILT_IN_ORDER.includes(key))];
}

export interface SubitemRow {
  category: string;
  subitem: string;
  values: (number | null)[];
}

/** One row per subitem any candidate has, with each candidate's raw score (null where they have none). */
export function subitemRows(candidates: Pick<ComparedCandidate, 'subitemScores'>[]): SubitemRow[] {
  const categories = orderedCategories(candidates.flatMap((c) => Object.keys(c.subitemScores ?? {})));
  const rows: SubitemRow[] = [];
  for (const category of categories) {
    const subitems = [...new Set(candidates.flatMap((c) => Object.keys(c.subitemScores?.[category] ?? {})))];
    for (const subitem of subitems) {
      rows.push({
        category,
        subitem,
        values: candidates.map((c) => c.subitemScores?.[category]?.[subitem] ?? null),
      });
    }
  }
  return rows;
}

export type RadarPoint = { category: string } & Record<string, number | string | null>;

/** The radar's data: one point per category, one key per candidate (by assessment id). */
export function radarData(
  candidates: Pick<ComparedCandidate, 'assessmentId' | 'categoryScores'>[],
  label: (category: string) => string,
): RadarPoint[] {
  const categories = orderedCategories(candidates.flatMap((c) => Object.keys(c.categoryScores ?? {})));
  return categories.map((category) => {
    const point: RadarPoint = { category: label(category) };
    for (const candidate of candidates) {
      const value = candidate.categoryScores?.[category];
      point[candidate.assessmentId] = typeof value === 'number' ? Math.round(value * 10) / 10 : null;
    }
    return point;
  });
}

/** Hidden tests as the ranking counts them: a run the sandbox found tampered with counts 0, no run is unknown. */
export function hiddenTestsPassed(candidate: Pick<ComparedCandidate, 'hiddenTests'>): number | null {
  const tests = candidate.hiddenTests;
  if (!tests || !tests.ran || tests.passed === null || tests.passed === undefined) return null;
  return tests.counted === false ? 0 : tests.passed;
}

/** The ids a 409 `not-scored` names, when the refusal is that one. */
export function notScoredIds(error: ApiError | null): string[] | null {
  if (!error || error.status !== 409 || error.kind !== 'not-scored') return null;
  const ids = error.extensions.assessmentIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}
