import { Trophy } from 'lucide-react';
import type { ReactNode } from 'react';
import type { ComparedCandidate } from '../api/types';
import { formatDuration, formatScore } from '../shared/format';
import { categoryLabel, subitemLabel } from '../shared/scoreLabels';
import { percent } from './candidates';
import { bestIndexes, hiddenTestsPassed, orderedCategories, SERIES_COLOURS, subitemRows } from './compare';
import { IntegrityFlags } from './IntegrityFlags';

export function CandidateHead({ candidate, index }: { candidate: ComparedCandidate; index: number }) {
  return (
    <span className="compare-head">
      <span className="series-dot" style={{ background: SERIES_COLOURS[index % SERIES_COLOURS.length] }} aria-hidden="true" />
      {candidate.name || `Candidate ${index + 1}`}
    </span>
  );
}

/** A row of values, one per candidate, with the best one marked. */
function ValueRow({
  label,
  values,
  format = (value) => (value === null ? '—' : String(value)),
  better = 'higher',
  testId,
  className,
}: {
  label: ReactNode;
  values: (number | null)[];
  format?: (value: number | null, index: number) => ReactNode;
  better?: 'higher' | 'lower' | 'none';
  testId?: string;
  className?: string;
}) {
  const best = better === 'none' ? new Set<number>() : bestIndexes(values, better);
  return (
    <tr className={className} data-testid={testId}>
      <th scope="row">{label}</th>
      {values.map((value, index) => (
        <td key={index} className={best.has(index) ? 'best' : undefined} data-best={best.has(index) ? 'true' : undefined}>
          {format(value, index)}
          {best.has(index) && <Trophy className="best-mark" size={13} aria-label="best" />}
        </td>
      ))}
    </tr>
  );
}

function CompareTable({ candidates, title, children, testId }: { candidates: ComparedCandidate[]; title: string; children: ReactNode; testId: string }) {
  return (
    <section className="card compare-section" aria-label={title} data-testid={testId}>
      <h2 className="card-title">{title}</h2>
      <div className="table-wrap">
        <table className="table compare-table">
          <thead>
            <tr>
              <th scope="col">
                <span className="sr-only">{title}</span>
              </th>
              {candidates.map((candidate, index) => (
                <th key={candidate.assessmentId}>
                  <CandidateHead candidate={candidate} index={index} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </section>
  );
}

const score = (value: number | null) => formatScore(value);

export function ScoresTable({ candidates }: { candidates: ComparedCandidate[] }) {
  const categories = orderedCategories(candidates.flatMap((c) => Object.keys(c.categoryScores ?? {})));
  const rows = subitemRows(candidates);
  return (
    <CompareTable candidates={candidates} title="Categories and subitems" testId="compare-scores">
      {categories.map((category) => (
        <CategoryRows key={category} category={category} candidates={candidates} rows={rows.filter((r) => r.category === category)} />
      ))}
    </CompareTable>
  );
}

function CategoryRows({ category, candidates, rows }: { category: string; candidates: ComparedCandidate[]; rows: ReturnType<typeof subitemRows> }) {
  return (
    <>
      <ValueRow
        className="category-row"
        label={categoryLabel(category)}
        values={candidates.map((c) => c.categoryScores?.[category] ?? null)}
        format={score}
        testId={`compare-category-${category}`}
      />
      {rows.map((row) => (
        <ValueRow
          key={row.subitem}
          className="subitem-row-compare"
          label={subitemLabel(category, row.subitem)}
          values={row.values}
          format={score}
          testId={`compare-subitem-${row.subitem}`}
        />
      ))}
    </>
  );
}

export function AiUsageTable({ candidates }: { candidates: ComparedCandidate[] }) {
  const ai = candidates.map((c) => c.aiUsage);
  const quality = ai.map((a) => a?.promptQuality ?? null);
  return (
    <CompareTable candidates={candidates} title="AI usage profile" testId="compare-ai">
      <ValueRow label="Prompts" values={ai.map((a) => a?.prompts ?? null)} better="none" />
      <ValueRow label="AI share of the final code" values={ai.map((a) => a?.aiCodeShare ?? null)} better="none" format={(v) => percent(v) ?? '—'} />
      <tr>
        <th scope="row">Models used</th>
        {ai.map((a, index) => (
          <td key={index} className="small">
            {a?.modelsUsed?.length ? a.modelsUsed.join(', ') : '—'}
          </td>
        ))}
      </tr>
      <ValueRow
        label="Tokens in / out"
        values={ai.map((a) => a?.inputTokens ?? null)}
        better="none"
        format={(v, i) => (v === null ? '—' : `${v.toLocaleString()} / ${(ai[i]?.outputTokens ?? 0).toLocaleString()}`)}
      />
      <ValueRow label="Average prompt length (characters)" values={quality.map((q) => q?.avgPromptLength ?? null)} better="none" />
      <ValueRow label="Own words per prompt" values={quality.map((q) => q?.avgOwnWords ?? null)} />
      <ValueRow label="Questions asked" values={quality.map((q) => q?.askedQuestions ?? null)} better="none" />
      <ValueRow label="Prompts anchored in code or files" values={quality.map((q) => q?.promptsWithAnchors ?? null)} />
      <ValueRow label="Prompts copying the task" values={quality.map((q) => q?.promptsCopyingTheTask ?? null)} better="lower" />
      <ValueRow label="Repeated prompts" values={quality.map((q) => q?.repetitionRate ?? null)} better="lower" format={(v) => percent(v) ?? '—'} />
    </CompareTable>
  );
}

const TIME_PARTS = [
  { key: 'planningSeconds', label: 'Planning', colour: '#7c3aed' },
  { key: 'codingSeconds', label: 'Coding', colour: '#4f46e5' },
  { key: 'aiInteractionSeconds', label: 'With the AI', colour: '#0891b2' },
  { key: 'terminalSeconds', label: 'Terminal', colour: '#16a34a' },
  { key: 'idleSeconds', label: 'Idle', colour: '#cfd4e0' },
] as const;

function TimeBar({ candidate }: { candidate: ComparedCandidate }) {
  const time = candidate.time;
  const parts = TIME_PARTS.map((part) => ({ ...part, seconds: time?.[part.key] ?? 0 }));
  const total = parts.reduce((sum, part) => sum + part.seconds, 0);
  if (!time || total === 0) return <span className="muted small">Not tracked</span>;
  return (
    <div className="time-split" title={parts.map((p) => `${p.label}: ${formatDuration(p.seconds)}`).join(' · ')}>
      <div className="time-split-bar">
        {parts.map((part) =>
          part.seconds > 0 ? <span key={part.key} style={{ width: `${(part.seconds / total) * 100}%`, background: part.colour }} /> : null,
        )}
      </div>
    </div>
  );
}

export function TimeAndIntegrityTable({ candidates }: { candidates: ComparedCandidate[] }) {
  return (
    <CompareTable candidates={candidates} title="Time, hidden tests and integrity" testId="compare-time">
      <ValueRow
        label="Time spent"
        values={candidates.map((c) => c.time?.spentSeconds ?? null)}
        better="lower"
        format={(v, i) => {
          const limit = candidates[i].time?.timeLimitSeconds;
          return v === null ? '—' : `${formatDuration(v)}${limit ? ` of ${formatDuration(limit)}` : ''}`;
        }}
      />
      <tr>
        <th scope="row">
          Time split
          <div className="time-legend">
            {TIME_PARTS.map((part) => (
              <span key={part.key}>
                <i style={{ background: part.colour }} /> {part.label}
              </span>
            ))}
          </div>
        </th>
        {candidates.map((candidate) => (
          <td key={candidate.assessmentId}>
            <TimeBar candidate={candidate} />
          </td>
        ))}
      </tr>
      <ValueRow
        label="Hidden tests passed"
        values={candidates.map(hiddenTestsPassed)}
        format={(v, i) => {
          const tests = candidates[i].hiddenTests;
          if (!tests?.ran) return <span className="muted">Did not run</span>;
          if (tests.counted === false) return <span className="danger-text">Not counted (tampered)</span>;
          return `${v ?? '—'} / ${tests.total ?? '—'}`;
        }}
      />
      <tr>
        <th scope="row">Integrity flags</th>
        {candidates.map((candidate) => (
          <td key={candidate.assessmentId}>
            <IntegrityFlags flags={candidate.integrityFlags} scored />
          </td>
        ))}
      </tr>
    </CompareTable>
  );
}
