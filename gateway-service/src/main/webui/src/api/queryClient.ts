import { QueryClient } from '@tanstack/react-query';

/**
 * The app's server-state cache. Pages load fresh data each time they open and show their own retry buttons, as
 * a failed read is usually something the person should see at once:
 * - no automatic retries, no refetch on window focus or reconnect (a workspace must not reload under the candidate);
 * - nothing kept once no page shows it, so a page never opens on an assessment's earlier state (a workspace
 *   opened from a cached `in_progress` would start the editor for an attempt that was submitted since).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: false,
        gcTime: 0,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}
