import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from 'recharts';
import { categoryLabel, type CategoryNames } from '../shared/scoreLabels';

const SHORT_LABELS: Record<string, string> = {
  planning: 'Planning',
  prompt_engineering: 'Prompting',
  tool_orchestration: 'Tools',
  outcome_quality: 'Outcome',
};

export function ScoreRadar({ categoryScores, names }: { categoryScores: Record<string, number>; names?: CategoryNames | null }) {
  const data = Object.entries(categoryScores).map(([key, value]) => ({
    category: SHORT_LABELS[key] ?? categoryLabel(key, names),
    score: Math.round(value * 10) / 10,
  }));
  if (data.length < 3) {
    return <p className="muted small">A chart needs at least three categories.</p>;
  }
  return (
    <div className="radar" data-testid="score-radar">
      <ResponsiveContainer width="100%" height={360}>
        <RadarChart data={data} outerRadius="78%">
          <PolarGrid stroke="#d9dce8" />
          <PolarAngleAxis dataKey="category" tick={{ fill: '#3b4256', fontSize: 13 }} />
          <PolarRadiusAxis domain={[0, 100]} tickCount={6} tick={{ fill: '#98a0b3', fontSize: 10 }} angle={45} />
          <Radar dataKey="score" name="Score" stroke="#6d28d9" fill="#7c3aed" fillOpacity={0.35} strokeWidth={2} isAnimationActive={false} />
          <Tooltip />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
