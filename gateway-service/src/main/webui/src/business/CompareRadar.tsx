import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from 'recharts';
import type { ComparedCandidate } from '../api/types';
import { categoryLabel } from '../shared/scoreLabels';
import { radarData, SERIES_COLOURS } from './compare';

const SHORT_LABELS: Record<string, string> = {
  planning: 'Planning',
  prompt_engineering: 'Prompting',
  tool_orchestration: 'Tools',
  outcome_quality: 'Outcome',
};

/** The candidates' category scores on one radar, one series each. */
export function CompareRadar({ candidates }: { candidates: ComparedCandidate[] }) {
  const data = radarData(candidates, (key) => SHORT_LABELS[key] ?? categoryLabel(key));
  if (data.length < 3) return <p className="muted small">A chart needs at least three categories.</p>;
  return (
    <div className="radar compare-radar" data-testid="compare-radar">
      <ResponsiveContainer width="100%" height={380}>
        <RadarChart data={data} outerRadius="74%">
          <PolarGrid stroke="#d9dce8" />
          <PolarAngleAxis dataKey="category" tick={{ fill: '#3b4256', fontSize: 13 }} />
          <PolarRadiusAxis domain={[0, 100]} tickCount={6} tick={{ fill: '#98a0b3', fontSize: 10 }} angle={45} />
          {candidates.map((candidate, index) => (
            <Radar
              key={candidate.assessmentId}
              dataKey={candidate.assessmentId}
              name={candidate.name || `Candidate ${index + 1}`}
              stroke={SERIES_COLOURS[index % SERIES_COLOURS.length]}
              fill={SERIES_COLOURS[index % SERIES_COLOURS.length]}
              fillOpacity={0.12}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ))}
          <Legend wrapperStyle={{ fontSize: 13 }} />
          <Tooltip />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
