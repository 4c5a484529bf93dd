import type { Finding } from '../api/types';
import { EmptyState } from '../shared/EmptyState';
import { CATEGORY_LABELS, humanize, label } from '../shared/format';
import { evidenceTime } from './evidenceTime';

export function Findings({
  items,
  kind,
  startedAt,
}: {
  items: Finding[];
  kind: 'strength' | 'improvement';
  startedAt: string | null;
}) {
  if (items.length === 0) {
    return (
      <EmptyState icon={kind === 'strength' ? '✓' : '→'} title={kind === 'strength' ? 'No strengths noted' : 'Nothing to improve noted'} />
    );
  }
  return (
    <ul className={`findings findings-${kind}`} data-testid={kind === 'strength' ? 'strengths' : 'improvements'}>
      {items.map((item, index) => (
        <li key={`${item.category}-${item.subitem}-${index}`}>
          <span className="finding-mark" aria-hidden="true">
            {kind === 'strength' ? '✓' : '→'}
          </span>
          <div>
            <p className="finding-text">{item.text}</p>
            <span className="finding-tag">
              {label(CATEGORY_LABELS, item.category)}
              {item.subitem && ` · ${humanize(item.subitem)}`}
            </span>
            {item.evidence.length > 0 && (
              <details className="evidence">
                <summary>
                  Evidence ({item.evidence.length})
                </summary>
                <ul>
                  {item.evidence.map((evidence, i) => (
                    <li key={evidence.eventId ?? i}>
                      {evidence.timestamp && <time dateTime={evidence.timestamp}>{evidenceTime(evidence.timestamp, startedAt)}</time>}
                      <span>{evidence.description}</span>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
