import { useState } from 'react';
import { api, toApiError } from '../api/client';
import { NOTICE_KINDS, type NotificationPreference } from '../api/types';
import { Button } from '../shared/Button';
import { ErrorState } from '../shared/ErrorState';
import { Spinner } from '../shared/Spinner';
import { useApiQuery } from '../shared/useApiQuery';
import { useToast } from '../shared/useToast';
import { KIND_LABELS, preferenceRows } from './notificationText';
import './notifications.css';

/** Per kind of notice: in the app (the bell) and by email. */
export function NotificationPreferences() {
  const toast = useToast();
  const { data, error, loading, reload } = useApiQuery(['notification-preferences'], (signal) => api.notificationPreferences(signal));
  const [edited, setEdited] = useState<NotificationPreference[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const rows = edited ?? (data ? preferenceRows(data.preferences) : null);

  const set = (kind: string, channel: 'email' | 'inApp', value: boolean) => {
    if (!rows) return;
    setEdited(rows.map((row) => (row.kind === kind ? { ...row, [channel]: value } : row)));
    setDirty(true);
  };

  const save = async () => {
    if (!rows) return;
    setSaving(true);
    try {
      const saved = await api.updateNotificationPreferences(rows);
      setEdited(preferenceRows(saved.preferences));
      setDirty(false);
      toast.show({ kind: 'success', title: 'Notification settings saved' });
    } catch (err) {
      const apiError = toApiError(err);
      toast.show({ kind: 'error', title: 'The settings could not be saved', detail: apiError.detail || apiError.title, durationMs: 8000 });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card" aria-labelledby="notification-preferences-heading" data-testid="notification-preferences">
      <h2 id="notification-preferences-heading" className="card-title">
        Notifications
      </h2>
      <p className="muted small">What you are told about the candidates of your tasks, in the app and by email.</p>
      {error && <ErrorState compact error={error} title="Your notification settings could not be loaded" onRetry={reload} />}
      {loading && !rows && <Spinner size="sm" label="Loading…" />}
      {rows && (
        <>
          <table className="table preferences-table">
            <thead>
              <tr>
                <th>Notice</th>
                <th className="center-text">In the app</th>
                <th className="center-text">By email</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.kind} data-testid={`preference-${row.kind}`}>
                  <td>{KIND_LABELS[row.kind as (typeof NOTICE_KINDS)[number]] ?? row.kind}</td>
                  <td className="center-text">
                    <input
                      type="checkbox"
                      checked={row.inApp}
                      onChange={(e) => set(row.kind, 'inApp', e.target.checked)}
                      aria-label={`${row.kind} in the app`}
                      data-testid={`preference-${row.kind}-inApp`}
                    />
                  </td>
                  <td className="center-text">
                    <input
                      type="checkbox"
                      checked={row.email}
                      onChange={(e) => set(row.kind, 'email', e.target.checked)}
                      aria-label={`${row.kind} by email`}
                      data-testid={`preference-${row.kind}-email`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="form-actions">
            <Button variant="primary" loading={saving} disabled={!dirty} onClick={() => void save()} data-testid="save-preferences">
              Save notification settings
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
