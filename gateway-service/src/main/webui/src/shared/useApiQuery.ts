import { useQuery, type QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';
import { toApiError, type ApiError } from '../api/client';

export interface ApiState<T> {
  data: T | null;
  /** The error of the last read, once it has ended (a retry hides it while it runs). */
  error: ApiError | null;
  /** True while a read runs, the first or a reload. */
  loading: boolean;
  reload: () => void;
}

/**
 * A server read for a page, through the app's query cache (which cancels reads no page waits for and drops stale
 * answers). The result keeps the shape pages render from: a spinner while (re)loading, else the data or the error.
 */
export function useApiQuery<T>(queryKey: QueryKey, load: (signal: AbortSignal) => Promise<T>): ApiState<T> {
  const query = useQuery({ queryKey, queryFn: ({ signal }) => load(signal) });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  return {
    data: query.data ?? null,
    error: query.isError && !query.isFetching ? toApiError(query.error) : null,
    loading: query.isPending || query.isFetching,
    reload,
  };
}
