import { ArrowRight, Check } from 'lucide-react';
import type { Finding } from '../api/types';
import { EmptyState } from '../shared/EmptyState';
import { categoryLabel, subitemLabel, type CategoryNames } from '../shared/scoreLabels';
import { evidenceTime } from './evidenceTime';

export function Findings({
  items,
  kind,
  startedAt,
  names,
}: {
  items: Finding[];
  kind: 'strength' | 'improvement';
  startedAt: string | null;
  names?: CategoryNames | null;
}) {
  const Mark = kind === 'strength' ? Check : ArrowRight;
  if (items.length === 0) {
    return (
      <EmptyState icon={<Mark size={24} />} title={kind === 'strength' ? 'No strengths noted' : 'Nothing to improve noted'} />
    );
  }
  return (
    <ul className={`findings findings-${kind}`} data-testid={kind === 'strength' ? 'strengths' : 'improvements'}>
      {items.map((item, index) => (
        <li key={`${item.category}-${item.subitem}-${index}`}>
          <Mark className="finding-mark" size={16} aria-hidden="true" />
          <div>
            <p className="finding-text">{item.text}</p>
            <span className="finding-tag">
              {categoryLabel(item.category, names)}
              {item.subitem && ` · ${subitemLabel(item.category, item.subitem, names)}`}
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
