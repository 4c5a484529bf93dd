import { categoryLabel } from '../shared/scoreLabels';
import { formatScore } from '../shared/format';
import { orderedCategories } from './compare';

const SHORT: Record<string, string> = {
  planning: 'Plan',
  prompt_engineering: 'Prompt',
  tool_orchestration: 'Tools',
  outcome_quality: 'Outcome',
};

/** One thin bar per category, 0–100. */
export function CategoryBars({ scores }: { scores: Record<string, number> | null | undefined }) {
  if (!scores || Object.keys(scores).length === 0) return <span className="muted small">—</span>;
  return (
    <div className="mini-bars" data-testid="category-bars">
      {orderedCategories(Object.keys(scores)).map((key) => {
        const value = Math.max(0, Math.min(100, scores[key]));
        return (
          <div key={key} className="mini-bar" title={`${categoryLabel(key)}: ${formatScore(scores[key])}`}>
            <span className="mini-bar-label">{SHORT[key] ?? categoryLabel(key)}</span>
            <span className="mini-bar-track">
              <span className="mini-bar-fill" style={{ width: `${value}%` }} />
            </span>
            <span className="mini-bar-value">{Math.round(scores[key])}</span>
          </div>
        );
      })}
    </div>
  );
}
