// The progress chart's data: one row per scored attempt (oldest first), one column per category.
import type { ProgressPoint } from '../api/types';

export interface ProgressRow {
  /** 1 for the first attempt shown. */
  attempt: number;
  /** "#3 · Rate limiter" */
  label: string;
  assessmentId: string;
  taskTitle: string;
  scoredAt: string;
  finalScore: number;
  scores: Record<string, number | null>;
}

/** The categories in the order of the report (known ones first), then any others by name. */
export function progressCategories(points: ProgressPoint[], order: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const p of points) for (const key of Object.keys(p.categoryScores ?? {})) seen.add(key);
  const known = order.filter((key) => seen.has(key));
  const others = [...seen].filter((key) => !order.includes(key)).sort();
  return [...known, ...others];
}

export function progressRows(points: ProgressPoint[], categories: string[]): ProgressRow[] {
  return points.map((p, i) => {
    const scores: Record<string, number | null> = {};
    for (const key of categories) {
      const value = p.categoryScores?.[key];
      scores[key] = typeof value === 'number' && Number.isFinite(value) ? Math.round(value * 10) / 10 : null;
    }
    return {
      attempt: i + 1,
      label: `#${i + 1} · ${p.taskTitle}`,
      assessmentId: p.assessmentId,
      taskTitle: p.taskTitle,
      scoredAt: p.scoredAt,
      finalScore: Math.round(p.finalScore * 10) / 10,
      scores,
    };
  });
}
