import { Brain, Lightbulb, Repeat, SearchCheck, Sparkles, Target, type LucideIcon } from 'lucide-react';
import type { AiHighlight } from '../api/types';
import { humanize } from '../shared/format';
import { evidenceTime } from './evidenceTime';

const ICONS: Record<string, LucideIcon> = {
  effective_prompt: Target,
  good_iteration: Repeat,
  verification: SearchCheck,
  model_choice: Brain,
  missed_opportunity: Lightbulb,
};

export function AiHighlights({ highlights, startedAt }: { highlights: AiHighlight[]; startedAt: string | null }) {
  return (
    <ul className="highlights" data-testid="ai-highlights">
      {highlights.map((highlight, index) => {
        const Icon = ICONS[highlight.type] ?? Sparkles;
        return (
          <li key={highlight.eventId ?? index} className="highlight">
            <div className="highlight-head">
              <Icon size={16} aria-hidden="true" />
              <strong>{humanize(highlight.type)}</strong>
              {highlight.timestamp && (
                <time dateTime={highlight.timestamp}>{evidenceTime(highlight.timestamp, startedAt)}</time>
              )}
            </div>
            <p>{highlight.description}</p>
            {highlight.content && <blockquote>{highlight.content}</blockquote>}
          </li>
        );
      })}
    </ul>
  );
}
