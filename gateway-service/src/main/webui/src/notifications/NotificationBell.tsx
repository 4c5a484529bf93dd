import { useQueryClient } from '@tanstack/react-query';
import { Bell, CheckCheck } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, toApiError } from '../api/client';
import type { AppNotification, NotificationPage } from '../api/types';
import { Button } from '../shared/Button';
import { Spinner } from '../shared/Spinner';
import { useToast } from '../shared/useToast';
import { relativeTime, unreadBadge } from './notificationText';
import { NOTIFICATIONS_KEY, useNotifications } from './useNotifications';
import './notifications.css';

/** The header's bell: the unread count, and a list of the latest notifications to open or mark read. */
export function NotificationBell() {
  const { page, error, loading, reload } = useNotifications(true);
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const unread = page?.unread ?? 0;

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    window.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onPointer);
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const markLocally = (change: (page: NotificationPage) => NotificationPage) =>
    queryClient.setQueryData<NotificationPage>(NOTIFICATIONS_KEY, (current) => (current ? change(current) : current));

  const openNotification = async (notification: AppNotification) => {
    setOpen(false);
    if (!notification.readAt) {
      const now = new Date().toISOString();
      markLocally((current) => ({
        ...current,
        unread: Math.max(0, current.unread - 1),
        notifications: current.notifications.map((n) => (n.id === notification.id ? { ...n, readAt: now } : n)),
      }));
      api.markNotificationRead(notification.id).catch(() => reload());
    }
    if (notification.link) navigate(notification.link);
  };

  const readAll = async () => {
    try {
      const result = await api.markAllNotificationsRead();
      const now = new Date().toISOString();
      markLocally((current) => ({
        ...current,
        unread: result.unread,
        notifications: current.notifications.map((n) => (n.readAt ? n : { ...n, readAt: now })),
      }));
    } catch (err) {
      const apiError = toApiError(err);
      toast.show({ kind: 'error', title: 'Notifications could not be marked read', detail: apiError.detail || apiError.title });
    }
  };

  const list = page?.notifications ?? [];
  return (
    <div className="bell" ref={rootRef}>
      <button
        type="button"
        className="icon-button bell-button"
        aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
        aria-expanded={open}
        aria-haspopup="true"
        onClick={() => setOpen((value) => !value)}
        data-testid="notification-bell"
      >
        <Bell size={19} aria-hidden="true" />
        {unread > 0 && (
          <span className="bell-badge" data-testid="notification-unread">
            {unreadBadge(unread)}
          </span>
        )}
      </button>
      {open && (
        <div className="bell-menu" role="dialog" aria-label="Notifications" data-testid="notification-menu">
          <div className="bell-menu-head">
            <strong>Notifications</strong>
            <Button
              size="sm"
              variant="ghost"
              disabled={unread === 0}
              onClick={() => void readAll()}
              icon={<CheckCheck size={15} aria-hidden="true" />}
              data-testid="notifications-read-all"
            >
              Mark all read
            </Button>
          </div>
          {loading && <Spinner size="sm" label="Loading…" />}
          {error && (
            <div className="bell-empty" role="alert">
              Notifications could not be loaded.{' '}
              <button type="button" className="link-button" onClick={reload}>
                Try again
              </button>
            </div>
          )}
          {page && list.length === 0 && (
            <div className="bell-empty" data-testid="notifications-empty">
              Nothing yet. You will be told here when candidates accept, submit and are scored.
            </div>
          )}
          {list.length > 0 && (
            <ul className="bell-list">
              {list.map((notification) => (
                <li key={notification.id}>
                  <button
                    type="button"
                    className={notification.readAt ? 'bell-item' : 'bell-item unread'}
                    onClick={() => void openNotification(notification)}
                    data-testid="notification-item"
                    data-read={notification.readAt ? 'true' : 'false'}
                  >
                    <span className="bell-dot" aria-hidden="true" />
                    <span className="bell-item-text">
                      <strong>{notification.title}</strong>
                      <span>{notification.body}</span>
                      <time className="muted tiny" dateTime={notification.createdAt}>
                        {relativeTime(notification.createdAt)}
                      </time>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
