import { Bot, ExternalLink } from 'lucide-react';
import { Link } from 'react-router-dom';
import type { BusinessCandidate, InvitationStatus } from '../api/types';
import { formatDate, formatDuration, formatScore } from '../shared/format';
import { LevelBadge } from '../shared/LevelBadge';
import { businessReportPath, canCompare, percent } from './candidates';
import { CategoryBars } from './CategoryBars';
import { IntegrityFlags } from './IntegrityFlags';
import { InvitationStatusPill } from './InvitationRow';
import { ASSESSMENT_PROGRESS_LABELS } from './invitations';
import { ReviewControls } from './ReviewControls';

function StatusCell({ candidate }: { candidate: BusinessCandidate }) {
  if (!candidate.assessmentId) {
    return (
      <div className="candidate-invited">
        <InvitationStatusPill status={candidate.status as InvitationStatus} />
        <div className="muted tiny">Invited, not started</div>
      </div>
    );
  }
  const label = ASSESSMENT_PROGRESS_LABELS[candidate.status as keyof typeof ASSESSMENT_PROGRESS_LABELS] ?? candidate.status;
  return (
    <span className={`assessment-progress assessment-progress-${candidate.status}`} data-testid="candidate-status" data-status={candidate.status}>
      {label}
    </span>
  );
}

function AiUsageCell({ candidate }: { candidate: BusinessCandidate }) {
  const usage = candidate.aiUsage;
  if (!usage || (usage.prompts === null && usage.aiCodeShare === null)) return null;
  const share = percent(usage.aiCodeShare);
  return (
    <div className="ai-usage" data-testid="candidate-ai-usage">
      <span title="Prompts sent to the AI assistant">
        <Bot size={13} aria-hidden="true" /> {usage.prompts ?? '—'} prompts
      </span>
      {share && (
        <span className="ai-share" title="Share of the final code that came from the AI">
          <span className="ai-share-track">
            <span className="ai-share-fill" style={{ width: share }} />
          </span>
          {share} AI code
        </span>
      )}
    </div>
  );
}

export function CandidateRow({
  candidate,
  selected,
  selectionFull,
  onToggle,
}: {
  candidate: BusinessCandidate;
  selected: boolean;
  selectionFull: boolean;
  onToggle: (assessmentId: string) => void;
}) {
  const comparable = canCompare(candidate);
  const report = businessReportPath(candidate);
  const scored = candidate.status === 'scored';
  return (
    <tr
      data-testid="candidate-row"
      data-assessment-id={candidate.assessmentId ?? ''}
      data-status={candidate.status}
      className={selected ? 'selected' : undefined}
    >
      <td className="select-cell">
        <input
          type="checkbox"
          checked={selected}
          disabled={!comparable || (!selected && selectionFull)}
          title={comparable ? (selectionFull && !selected ? 'Five at most can be compared' : 'Select to compare') : 'Only scored attempts can be compared'}
          aria-label={`Compare ${candidate.name || candidate.email}`}
          onChange={() => candidate.assessmentId && onToggle(candidate.assessmentId)}
          data-testid="candidate-select"
        />
      </td>
      <td className="candidate-cell">
        <div className="strong" data-testid="candidate-name">
          {report ? <Link to={report}>{candidate.name || candidate.email}</Link> : candidate.name || candidate.email}
        </div>
        {candidate.name && <div className="muted tiny">{candidate.email}</div>}
        <div className="muted tiny candidate-task">{candidate.taskTitle}</div>
      </td>
      <td className="status-cell">
        <StatusCell candidate={candidate} />
        <div className="muted tiny status-date">
          {candidate.submittedAt && <div>Submitted {formatDate(candidate.submittedAt)}</div>}
          {candidate.timeSpentSeconds !== null && candidate.timeSpentSeconds !== undefined && (
            <div>{formatDuration(candidate.timeSpentSeconds)} spent</div>
          )}
        </div>
      </td>
      <td className="score-cell">
        {candidate.finalScore !== null && candidate.finalScore !== undefined ? (
          <>
            <strong className="candidate-score" data-testid="candidate-score">
              {formatScore(candidate.finalScore)}
            </strong>
            {candidate.level && <LevelBadge level={candidate.level} size="sm" />}
            {report && (
              <Link to={report} className="report-link" data-testid="candidate-report">
                Report <ExternalLink size={13} aria-hidden="true" />
              </Link>
            )}
          </>
        ) : (
          <span className="muted small">—</span>
        )}
      </td>
      <td>
        <CategoryBars scores={candidate.categoryScores} />
      </td>
      <td>
        <div className="ai-cell">
          <AiUsageCell candidate={candidate} />
          <IntegrityFlags flags={candidate.integrityFlags} scored={scored} />
        </div>
      </td>
      <td>
        <ReviewControls candidate={candidate} />
      </td>
    </tr>
  );
}
