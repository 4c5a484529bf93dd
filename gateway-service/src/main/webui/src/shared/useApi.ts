import { useCallback, useEffect, useEffectEvent, useState, type DependencyList } from 'react';
import { toApiError, type ApiError } from '../api/client';

export interface ApiState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/** Loads data when its dependencies change; stale answers are dropped, requests are aborted. */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): ApiState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [version, setVersion] = useState(0);
  const request: DependencyList = [...deps, version];

  // New dependencies (or a reload): loading again from this render on, and the last error is gone.
  const [requested, setRequested] = useState(request);
  if (!sameDependencies(requested, request)) {
    setRequested(request);
    setLoading(true);
    setError(null);
  }

  const run = useEffectEvent(load);
  useEffect(() => {
    const controller = new AbortController();
    run(controller.signal)
      .then((result) => {
        if (controller.signal.aborted) return;
        setData(result);
        setLoading(false);
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        setError(toApiError(err));
        setLoading(false);
      });
    return () => controller.abort();
    // The caller's dependency list is this effect's: the linter cannot see through the spread.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, request);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload };
}

function sameDependencies(a: DependencyList, b: DependencyList): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}
