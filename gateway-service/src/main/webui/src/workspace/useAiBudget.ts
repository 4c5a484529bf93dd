import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../api/client';

const budgetKey = (assessmentId: string) => ['assessment', assessmentId, 'ai-budget'] as const;

/** The AI limits of the assessment, read when the panel opens and again after each answer (`refresh`). */
export function useAiBudget(assessmentId: string, enabled = true) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: budgetKey(assessmentId),
    queryFn: ({ signal }) => api.aiBudget(assessmentId, signal),
    enabled,
    retry: false,
    staleTime: 10_000,
  });
  const refresh = useCallback(() => void client.invalidateQueries({ queryKey: budgetKey(assessmentId) }), [client, assessmentId]);
  return { budget: query.data ?? null, refresh };
}
