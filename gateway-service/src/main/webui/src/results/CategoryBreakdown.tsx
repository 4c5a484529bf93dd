import type { CategoryAnalysis, Score, SubitemScore } from '../api/types';
import { formatScore } from '../shared/format';
import { categoryLabel, subitemLabel, type CategoryNames } from '../shared/scoreLabels';

function tone(value: number): string {
  if (value >= 85) return 'excellent';
  if (value >= 65) return 'good';
  if (value >= 40) return 'fair';
  return 'low';
}

/** The reasoning behind one subitem's score, when the report carries it. */
function subitemReason(analysis: CategoryAnalysis | string | undefined, subitem: string): string | undefined {
  if (!analysis || typeof analysis === 'string') return undefined;
  const entry = analysis.subitems?.[subitem];
  // A custom category's subitem has a sentence naming the built-in subitem it is scored from, not reasoning.
  if (!entry || typeof entry === 'string') return undefined;
  return entry.judgeRationale ? `${entry.reasoning ?? ''} ${entry.judgeRationale}`.trim() : entry.reasoning;
}

export const NOT_ENOUGH_EVIDENCE_TEXT =
  'This session held too little evidence to judge this; it earns no credit for what is missing.';

/** What a subitem's score was taken from, and whether there was enough of it (reports from scoring 1.3.0 on). */
function SubitemEvidence({ score }: { score: SubitemScore }) {
  const thin = score.enoughEvidence === false;
  const basis = score.basis?.trim();
  if (!thin && !basis) return null;
  return (
    <span className="subitem-evidence">
      {thin && (
        <span className="pill pill-no-evidence" title={NOT_ENOUGH_EVIDENCE_TEXT} data-testid="subitem-no-evidence">
          Not enough evidence<span className="sr-only">: {NOT_ENOUGH_EVIDENCE_TEXT}</span>
        </span>
      )}
      {basis && (
        <span className="subitem-basis" data-testid="subitem-basis">
          Based on: {basis}
        </span>
      )}
    </span>
  );
}

export function CategoryBreakdown({ score, names }: { score: Score; names?: CategoryNames | null }) {
  const failed = new Set(score.failedEvaluators);
  const categories = Object.entries(score.categoryScores);
  return (
    <div className="categories">
      {categories.map(([category, value]) => {
        const subitems = Object.entries(score.subitemScores?.[category] ?? {});
        const notScored = failed.has(category);
        const analysis = score.detailedAnalysis?.categoryAnalysis?.[category];
        return (
          <div key={category} className="category" data-testid="category-score" data-category={category}>
            <div className="category-head">
              <span className="category-name">{categoryLabel(category, names)}</span>
              <span className={`category-value tone-${notScored ? 'none' : tone(value)}`}>
                {notScored ? 'not scored' : formatScore(value)}
              </span>
            </div>
            <div className="bar" aria-hidden="true">
              <span className={`bar-fill tone-${tone(value)}`} style={{ width: `${notScored ? 0 : Math.min(100, value)}%` }} />
            </div>
            {subitems.length > 0 && (
              <ul className="subitems-list">
                {subitems.map(([subitem, s]) => {
                  const reason = subitemReason(analysis, subitem);
                  return (
                    <li key={subitem} title={`weight ${s.weight}% · contributes ${formatScore(s.weighted)}`}>
                      <span className="subitem-name">{subitemLabel(category, subitem, names)}</span>
                      <span className="bar bar-thin" aria-hidden="true">
                        <span className={`bar-fill tone-${tone(s.raw)}`} style={{ width: `${Math.min(100, s.raw)}%` }} />
                      </span>
                      <span className="subitem-value">{formatScore(s.raw)}</span>
                      <SubitemEvidence score={s} />
                      {reason && (
                        <span className="subitem-reason" data-testid="subitem-reason">
                          {reason}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            {typeof analysis === 'string' && <p className="category-analysis">{analysis}</p>}
          </div>
        );
      })}
    </div>
  );
}
