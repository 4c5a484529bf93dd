import { api } from '../api/client';
import { useApi } from '../shared/useApi';

/** The candidate's attempt of this task that is not finished yet (at most one: the server refuses a second). */
export function useUnfinishedAttempt(taskId: string) {
  return useApi(
    (signal) =>
      api
        .listAssessments({ taskId, status: ['pending', 'in_progress'], limit: 1 }, signal)
        .then((page) => page.assessments[0] ?? null),
    [taskId],
  );
}
