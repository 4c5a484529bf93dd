import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { queryKeys } from '../api/queryKeys';

/** task-service's default evaluation config of each task type; they change only with a release, so read once. */
export function useEvaluationDefaults() {
  return useQuery({
    queryKey: queryKeys.evaluationDefaults,
    queryFn: ({ signal }) => api.evaluationDefaults(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
