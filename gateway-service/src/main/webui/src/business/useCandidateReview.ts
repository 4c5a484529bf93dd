import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, toApiError } from '../api/client';
import type { BusinessCandidatePage, CandidateReview, ReviewStage } from '../api/types';
import { useToast } from '../shared/useToast';
import { withRow } from './candidates';

/** The list's cache key prefix: every page and filter of the candidate list. */
export const CANDIDATES_KEY = ['business-candidates'] as const;

export const reviewKey = (assessmentId: string) => ['candidate-review', assessmentId] as const;

export interface ReviewChange {
  assessmentId: string;
  stage: ReviewStage;
  rating: number | null;
  /** undefined: keep the notes the review has (they are read first, as a save replaces the whole review). */
  notes?: string | null;
}

type Snapshot = [readonly unknown[], BusinessCandidatePage | undefined][];

/**
 * Saves a review from the list. The row shows the new stage and rating at once; when the save fails, every list
 * that showed the row goes back to what it was and a toast says why.
 */
export function useCandidateReview() {
  const queryClient = useQueryClient();
  const toast = useToast();

  return useMutation<CandidateReview, unknown, ReviewChange, { snapshot: Snapshot }>({
    mutationFn: async ({ assessmentId, stage, rating, notes }) => {
      const kept =
        notes !== undefined
          ? notes
          : (
              await queryClient.fetchQuery({
                queryKey: reviewKey(assessmentId),
                queryFn: ({ signal }) => api.candidateReview(assessmentId, signal),
                staleTime: 60_000,
                gcTime: 300_000,
              })
            ).notes;
      return api.saveCandidateReview(assessmentId, { stage, rating, notes: kept || null });
    },
    onMutate: async ({ assessmentId, stage, rating }) => {
      await queryClient.cancelQueries({ queryKey: CANDIDATES_KEY });
      const snapshot = queryClient.getQueriesData<BusinessCandidatePage>({ queryKey: CANDIDATES_KEY });
      queryClient.setQueriesData<BusinessCandidatePage>({ queryKey: CANDIDATES_KEY }, (page) =>
        page ? { ...page, candidates: withRow(page.candidates, assessmentId, { stage, rating }) } : page,
      );
      return { snapshot };
    },
    onError: (error, change, context) => {
      for (const [key, page] of context?.snapshot ?? []) queryClient.setQueryData(key, page);
      const apiError = toApiError(error);
      toast.show({
        kind: 'error',
        title: 'The review could not be saved',
        detail: apiError.detail || apiError.title,
        durationMs: 8000,
      });
      void queryClient.invalidateQueries({ queryKey: reviewKey(change.assessmentId) });
    },
    onSuccess: (review) => {
      queryClient.setQueryData(reviewKey(review.assessmentId), review);
      queryClient.setQueriesData<BusinessCandidatePage>({ queryKey: CANDIDATES_KEY }, (page) =>
        page
          ? { ...page, candidates: withRow(page.candidates, review.assessmentId, { stage: review.stage, rating: review.rating ?? null }) }
          : page,
      );
    },
  });
}
