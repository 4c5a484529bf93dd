import type { Score } from '../api/types';
import { formatScore } from '../shared/format';
import { LevelBadge } from '../shared/LevelBadge';
import { levelInfo } from '../shared/levels';
import type { CategoryNames } from '../shared/scoreLabels';

export function ScoreCard({ score, summary }: { score: Score; summary?: string; names?: CategoryNames | null }) {
  const info = levelInfo(score.proficiencyLevel);
  const pct = Math.max(0, Math.min(100, score.finalScore));
  return (
    <section className={`score-card level-bg-${info.key}`} aria-label="Overall score">
      <div className="score-card-top">
        <div className="score-ring" style={{ ['--pct' as string]: `${pct}` }}>
          <div className="score-ring-inner">
            <span className="score-value" data-testid="final-score">
              {formatScore(score.finalScore)}
            </span>
            <span className="score-max">/100</span>
          </div>
        </div>
        <div className="score-card-level">
          <span className="score-card-label">Proficiency level</span>
          <LevelBadge level={score.proficiencyLevel} size="lg" testId="proficiency-level" />
          {info.description && <p className="score-card-level-text">{info.description}</p>}
          {info.range && <span className="score-card-range">Scores {info.range}</span>}
        </div>
      </div>
      {summary && (
        <p className="score-summary" data-testid="score-summary">
          {summary}
        </p>
      )}
    </section>
  );
}
