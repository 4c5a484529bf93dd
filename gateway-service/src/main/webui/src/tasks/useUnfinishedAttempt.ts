import { api } from '../api/client';
import { useApiQuery } from '../shared/useApiQuery';

/** The candidate's attempt of this task that is not finished yet (at most one: the server refuses a second). */
export function useUnfinishedAttempt(taskId: string) {
  return useApiQuery(['unfinished-attempt', taskId], (signal) =>
      api
        .listAssessments({ taskId, status: ['pending', 'in_progress'], limit: 1 }, signal)
        .then((page) => page.assessments[0] ?? null),
  );
}
