import type { AiHighlight } from '../api/types';
import { humanize } from '../shared/format';
import { evidenceTime } from './evidenceTime';

const ICONS: Record<string, string> = {
  effective_prompt: '🎯',
  good_iteration: '🔁',
  verification: '🔍',
  model_choice: '🧠',
  missed_opportunity: '💡',
};

export function AiHighlights({ highlights, startedAt }: { highlights: AiHighlight[]; startedAt: string | null }) {
  return (
    <ul className="highlights" data-testid="ai-highlights">
      {highlights.map((highlight, index) => (
        <li key={highlight.eventId ?? index} className="highlight">
          <div className="highlight-head">
            <span aria-hidden="true">{ICONS[highlight.type] ?? '✦'}</span>
            <strong>{humanize(highlight.type)}</strong>
            {highlight.timestamp && <time dateTime={highlight.timestamp}>{evidenceTime(highlight.timestamp, startedAt)}</time>}
          </div>
          <p>{highlight.description}</p>
          {highlight.content && <blockquote>{highlight.content}</blockquote>}
        </li>
      ))}
    </ul>
  );
}
