import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, toApiError, type ApiError } from '../api/client';
import type { NotificationPage } from '../api/types';
import { useAuth } from '../auth/useAuth';
import { websocketUrl } from '../workspace/terminalConnection';
import { LiveNotifications } from './liveNotifications';

export const NOTIFICATIONS_KEY = ['notifications'] as const;

/** How many the bell's list shows. */
export const BELL_SIZE = 10;

/** Without the socket (it reconnects with backoff), the list is still read now and then. */
const FALLBACK_POLL_MS = 120_000;

export interface NotificationsState {
  page: NotificationPage | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/**
 * The signed-in user's latest notifications and unread count, kept live by `/ws/notifications`: every message of
 * the socket refreshes the list (and its count at once).
 */
export function useNotifications(enabled: boolean): NotificationsState {
  const queryClient = useQueryClient();
  const { getAccessToken } = useAuth();
  const query = useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: ({ signal }) => api.notifications({ size: BELL_SIZE }, signal),
    enabled,
    refetchInterval: FALLBACK_POLL_MS,
  });

  useEffect(() => {
    if (!enabled) return;
    let reconnected = false;
    const live = new LiveNotifications({
      url: websocketUrl('/ws/notifications'),
      getToken: getAccessToken,
      onOpen: () => {
        if (reconnected) void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
        reconnected = true;
      },
      onMessage: (message) => {
        queryClient.setQueryData<NotificationPage>(NOTIFICATIONS_KEY, (page) =>
          page ? { ...page, unread: message.unread } : page,
        );
        if (message.type === 'notification') void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
      },
    });
    live.start();
    return () => live.stop();
  }, [enabled, getAccessToken, queryClient]);

  return {
    page: query.data ?? null,
    error: query.isError ? toApiError(query.error) : null,
    loading: query.isPending && enabled,
    reload: () => void query.refetch(),
  };
}
