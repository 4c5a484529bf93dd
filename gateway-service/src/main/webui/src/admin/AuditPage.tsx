import { ScrollText } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import type { AuditEntry } from '../api/types';
import { Button } from '../shared/Button';
import { EmptyState } from '../shared/EmptyState';
import { ErrorState } from '../shared/ErrorState';
import { formatDateTime } from '../shared/format';
import { Pagination } from '../shared/Pagination';
import { Spinner } from '../shared/Spinner';
import { useApiQuery } from '../shared/useApiQuery';
import {
  AUDIT_ACTIONS,
  AUDIT_PAGE_SIZE,
  AUDIT_TARGET_TYPES,
  actionLabel,
  auditQuery,
  detailsText,
  filtersFrom,
  paramsOf,
  type AuditFilters,
} from './audit';
import './admin.css';

function Actor({ entry }: { entry: AuditEntry }) {
  if (!entry.actorId) return <span className="muted">{entry.actorService}</span>;
  return (
    <>
      <code className="audit-id">{entry.actorId}</code>
      {entry.actorRole && <span className="muted small"> · {entry.actorRole}</span>}
    </>
  );
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  return (
    <tr data-testid="audit-row">
      <td className="nowrap">{formatDateTime(entry.occurredAt)}</td>
      <td>
        <Actor entry={entry} />
      </td>
      <td>
        <span title={entry.action}>{actionLabel(entry.action ?? '')}</span>
        {entry.outcome !== 'success' && <span className={`audit-outcome audit-outcome-${entry.outcome}`}> {entry.outcome}</span>}
      </td>
      <td>
        {entry.targetType}
        {entry.targetId && (
          <>
            {' '}
            <code className="audit-id">{entry.targetId}</code>
          </>
        )}
      </td>
      <td>
        {entry.clientAddress ?? <span className="muted">—</span>}
        {entry.userAgent && <div className="muted small audit-agent">{entry.userAgent}</div>}
      </td>
      <td className="small">
        <span className="muted">{entry.actorService}</span>
        {detailsText(entry.details) && <div>{detailsText(entry.details)}</div>}
      </td>
    </tr>
  );
}

/** The audit trail for administrators: who did what to which target, when and from where, with filters. */
export function AuditPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  const [draft, setDraft] = useState<AuditFilters>(filters);
  const { data, error, loading, reload } = useApiQuery(['admin-audit', paramsOf(filters).toString()], (signal) =>
    api.listAudit(auditQuery(filters), signal),
  );

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setSearchParams(paramsOf({ ...draft, page: 0 }), { replace: true });
  };
  const clear = () => {
    const empty: AuditFilters = { actor: '', action: '', targetType: '', targetId: '', from: '', to: '', page: 0 };
    setDraft(empty);
    setSearchParams(paramsOf(empty), { replace: true });
  };
  const field = (key: keyof Omit<AuditFilters, 'page'>) => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => setDraft((current) => ({ ...current, [key]: e.target.value })),
  });

  const entries = data?.items ?? [];
  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const first = filters.page * AUDIT_PAGE_SIZE + 1;

  return (
    <div className="page admin-audit" data-testid="audit-page">
      <h1>Audit trail</h1>
      <p className="muted">Sign-ins, account, task, invitation, report and scoring actions, newest first. Entries are never changed.</p>
      <form className="audit-filters" onSubmit={apply} aria-label="Filters" data-testid="audit-filters">
        <label>
          <span>Actor (user id)</span>
          <input type="text" maxLength={255} {...field('actor')} data-testid="audit-filter-actor" />
        </label>
        <label>
          <span>Action</span>
          <input type="text" list="audit-actions" maxLength={100} {...field('action')} data-testid="audit-filter-action" />
          <datalist id="audit-actions">
            {Object.entries(AUDIT_ACTIONS).map(([action, label]) => (
              <option key={action} value={action}>
                {label}
              </option>
            ))}
          </datalist>
        </label>
        <label>
          <span>Target type</span>
          <select {...field('targetType')} data-testid="audit-filter-target-type">
            <option value="">Any</option>
            {AUDIT_TARGET_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Target id</span>
          <input type="text" maxLength={255} {...field('targetId')} data-testid="audit-filter-target-id" />
        </label>
        <label>
          <span>From</span>
          <input type="datetime-local" {...field('from')} data-testid="audit-filter-from" />
        </label>
        <label>
          <span>To</span>
          <input type="datetime-local" {...field('to')} data-testid="audit-filter-to" />
        </label>
        <div className="audit-filter-actions">
          <Button type="submit" variant="primary" size="sm" data-testid="audit-apply">
            Apply
          </Button>
          <Button type="button" variant="ghost" size="sm" onClick={clear} data-testid="audit-clear">
            Clear
          </Button>
        </div>
      </form>

      {loading && !data && <Spinner label="Loading the audit trail…" />}
      {error && <ErrorState error={error} title="The audit trail could not be loaded" onRetry={reload} />}
      {data && entries.length === 0 && (
        <EmptyState icon={<ScrollText size={32} />} title="No entry matches these filters">
          <p>Try a wider time range or another action.</p>
        </EmptyState>
      )}
      {entries.length > 0 && (
        <>
          <div className="table-wrap">
            <table className="table audit-table" data-testid="audit-entries" aria-busy={loading || undefined}>
              <thead>
                <tr>
                  <th>When</th>
                  <th>Who</th>
                  <th>Action</th>
                  <th>Target</th>
                  <th>From</th>
                  <th>Recorded by · details</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <AuditRow key={entry.eventId} entry={entry} />
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={filters.page}
            pages={pages}
            label={`${first}–${first + entries.length - 1} of ${total}`}
            onPage={(page) => setSearchParams(paramsOf({ ...filters, page }), { replace: true })}
            testId="audit-pagination"
          />
        </>
      )}
    </div>
  );
}
