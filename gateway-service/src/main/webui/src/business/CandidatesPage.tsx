import { ArrowDown, ArrowUp, ArrowUpDown, Download, GitCompareArrows, Search, Users, X } from 'lucide-react';
import { useRef, useState, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import type { CandidateSort } from '../api/types';
import { useAuth } from '../auth/useAuth';
import { Button } from '../shared/Button';
import { EmptyState } from '../shared/EmptyState';
import { ErrorState } from '../shared/ErrorState';
import { Pagination } from '../shared/Pagination';
import { Spinner } from '../shared/Spinner';
import { useApiQuery } from '../shared/useApiQuery';
import { BusinessHeader } from './BusinessNav';
import { CandidateRow } from './CandidateRow';
import {
  ATTEMPT_STATUS_FILTERS,
  COMPARE_MAX,
  COMPARE_MIN,
  INVITATION_STATUS_FILTERS,
  REVIEW_STAGES,
  STAGE_LABELS,
  apiQuery,
  comparePath,
  nextSort,
  pageCount,
  queryFromParams,
  rangeLabel,
  toggleSelection,
  type CandidateListQuery,
} from './candidates';
import { ASSESSMENT_PROGRESS_LABELS, INVITATION_STATUS_LABELS } from './invitations';
import { CANDIDATES_KEY } from './useCandidateReview';
import { useCsvExport } from './useCsvExport';
import { useOwnTasks } from './useOwnTasks';
import './business.css';
import './pipeline.css';

const SEARCH_DELAY_MS = 350;

function SortHeader({
  column,
  query,
  onSort,
  children,
  className,
}: {
  column: CandidateSort;
  query: CandidateListQuery;
  onSort: (column: CandidateSort) => void;
  children: ReactNode;
  className?: string;
}) {
  const active = query.sortBy === column;
  const Icon = !active ? ArrowUpDown : query.order === 'asc' ? ArrowUp : ArrowDown;
  return (
    <th className={className} aria-sort={active ? (query.order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className={active ? 'sort-button active' : 'sort-button'} onClick={() => onSort(column)} data-testid={`sort-${column}`}>
        {children}
        <Icon size={13} aria-hidden="true" />
      </button>
    </th>
  );
}

/** `/business/candidates`: everyone on the business's tasks, to filter, sort, review, compare and export. */
export function CandidatesPage() {
  const { me } = useAuth();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = queryFromParams(searchParams);
  const tasks = useOwnTasks(me?.id ?? '');
  const { data, error, loading, reload } = useApiQuery([...CANDIDATES_KEY, 'list', query], (signal) =>
    api.businessCandidates(apiQuery(query), signal),
  );
  const [selected, setSelected] = useState<string[]>([]);
  const [search, setSearch] = useState(query.q);
  const searchTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { exporting, exportCsv } = useCsvExport();

  const update = (change: Partial<CandidateListQuery>) =>
    setSearchParams(
      (params) => {
        const copy = new URLSearchParams(params);
        for (const [key, value] of Object.entries({ page: 0, ...change })) {
          if (value === '' || value === undefined || (key === 'page' && value === 0)) copy.delete(key);
          else copy.set(key, String(value));
        }
        return copy;
      },
      { replace: true },
    );

  const onSearch = (value: string) => {
    setSearch(value);
    if (searchTimer.current) clearTimeout(searchTimer.current);
    searchTimer.current = setTimeout(() => update({ q: value.trim() }), SEARCH_DELAY_MS);
  };

  const candidates = data?.candidates ?? [];
  const total = data?.total ?? 0;
  const pages = pageCount(total);
  const filtered = Boolean(query.taskId || query.status || query.stage || query.q);
  const { page: _page, size: _size, ...exportQuery } = apiQuery(query);

  return (
    <div className="business candidates-page" data-testid="candidates-page">
      <BusinessHeader
        title="Candidates"
        subtitle="Everyone who took or was invited to your tasks: scores, AI use, integrity and your review."
        actions={
          <Button
            onClick={() => void exportCsv(exportQuery)}
            loading={exporting}
            icon={<Download size={16} aria-hidden="true" />}
            data-testid="export-csv"
            data-exporting={exporting ? 'true' : 'false'}
          >
            {exporting ? 'Exporting…' : 'Export CSV'}
          </Button>
        }
      />

      <div className="toolbar candidates-toolbar">
        <div className="filters">
          <label>
            <span>Task</span>
            <select value={query.taskId} onChange={(e) => update({ taskId: e.target.value })} data-testid="candidate-filter-task">
              <option value="">All tasks</option>
              {(tasks.data?.own ?? []).map((task) => (
                <option key={task.id} value={task.id}>
                  {task.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Status</span>
            <select value={query.status} onChange={(e) => update({ status: e.target.value })} data-testid="candidate-filter-status">
              <option value="">Any status</option>
              <optgroup label="Attempts">
                {ATTEMPT_STATUS_FILTERS.map((status) => (
                  <option key={status} value={status}>
                    {ASSESSMENT_PROGRESS_LABELS[status]}
                  </option>
                ))}
              </optgroup>
              <optgroup label="Invited, not started">
                {INVITATION_STATUS_FILTERS.map((status) => (
                  <option key={status} value={status}>
                    Invitation {INVITATION_STATUS_LABELS[status].toLowerCase()}
                  </option>
                ))}
              </optgroup>
            </select>
          </label>
          <label>
            <span>Stage</span>
            <select value={query.stage} onChange={(e) => update({ stage: e.target.value })} data-testid="candidate-filter-stage">
              <option value="">Any stage</option>
              {REVIEW_STAGES.map((stage) => (
                <option key={stage} value={stage}>
                  {STAGE_LABELS[stage]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="search-box">
          <Search size={15} aria-hidden="true" />
          <input
            type="search"
            value={search}
            placeholder="Search name or email"
            aria-label="Search name or email"
            maxLength={200}
            onChange={(e) => onSearch(e.target.value)}
            data-testid="candidate-search"
          />
        </div>
      </div>

      {selected.length > 0 && (
        <div className="compare-bar" data-testid="compare-bar">
          <span>
            <strong>{selected.length}</strong> selected · compare {COMPARE_MIN} to {COMPARE_MAX} scored attempts side by side
          </span>
          <div className="compare-bar-actions">
            <Button size="sm" variant="ghost" onClick={() => setSelected([])} icon={<X size={14} aria-hidden="true" />}>
              Clear
            </Button>
            <Button
              size="sm"
              variant="primary"
              disabled={selected.length < COMPARE_MIN}
              onClick={() => navigate(comparePath(selected))}
              icon={<GitCompareArrows size={15} aria-hidden="true" />}
              data-testid="compare-selected"
            >
              Compare {selected.length}
            </Button>
          </div>
        </div>
      )}

      {loading && !data && <Spinner label="Loading candidates…" />}
      {error && <ErrorState error={error} title="Candidates could not be loaded" onRetry={reload} />}
      {data && candidates.length === 0 && (
        <EmptyState icon={<Users size={32} />} title={filtered ? 'No candidate matches these filters' : 'No candidates yet'}>
          <p>{filtered ? 'Try another task, status or stage, or clear the search.' : 'Invite candidates to one of your published tasks; they appear here as soon as they are invited.'}</p>
        </EmptyState>
      )}
      {candidates.length > 0 && (
        <>
          <div className="table-wrap">
            <table className="table candidates-table" data-testid="candidates" aria-busy={loading || undefined}>
              <thead>
                <tr>
                  <th className="select-cell">
                    <span className="sr-only">Compare</span>
                  </th>
                  <SortHeader column="name" query={query} onSort={(c) => update(nextSort(query, c))}>
                    Candidate
                  </SortHeader>
                  <SortHeader column="date" query={query} onSort={(c) => update(nextSort(query, c))}>
                    Status · date
                  </SortHeader>
                  <SortHeader column="score" query={query} onSort={(c) => update(nextSort(query, c))}>
                    Score
                  </SortHeader>
                  <th>Categories</th>
                  <th>AI use · integrity</th>
                  <th>Review</th>
                </tr>
              </thead>
              <tbody>
                {candidates.map((candidate) => (
                  <CandidateRow
                    key={candidate.assessmentId ?? `invitation-${candidate.invitationId}`}
                    candidate={candidate}
                    selected={candidate.assessmentId !== null && selected.includes(candidate.assessmentId)}
                    selectionFull={selected.length >= COMPARE_MAX}
                    onToggle={(id) => setSelected((list) => toggleSelection(list, id))}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={query.page} pages={pages} label={rangeLabel(query.page, candidates.length, total)} onPage={(page) => update({ page })} />
        </>
      )}
    </div>
  );
}
