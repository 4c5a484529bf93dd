import type { Assessment, Score } from '../api/types';

/** "Scored from the evidence…" in words a reader understands, never the engine's internal model names. */
export function scoringMethod(score: Score): string {
  const judged = score.scoringModels.some((model) => model.startsWith('judge:'));
  return `Scored from the evidence recorded during the session${judged ? ", with an AI reviewer's second opinion" : ''} · scoring method ${score.scoringVersion}`;
}

/** Who the page speaks to: the person who took the assessment reads "you"; anyone else reads about the candidate. */
export function isOwnReport(assessment: Pick<Assessment, 'viewer'>): boolean {
  return (assessment.viewer ?? 'candidate') === 'candidate';
}
