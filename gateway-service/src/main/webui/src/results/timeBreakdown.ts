import { formatDuration } from '../shared/format';

export interface TimeRow {
  key: string;
  label: string;
  value: string;
}

type Format = (value: number) => string;

const duration: Format = (value) => formatDuration(value);
const percent: Format = (value) => `${Math.round(value <= 1 ? value * 100 : value)}%`;
const count: Format = (value) => `${Math.round(value)}`;

/** What the report shows of the scoring's time analysis, in this order; other fields stay in the raw report. */
const ROWS: { key: string; label: string; format: Format }[] = [
  { key: 'totalSeconds', label: 'Total time', format: duration },
  { key: 'timeLimitSeconds', label: 'Time limit', format: duration },
  { key: 'activeShare', label: 'Active', format: percent },
  { key: 'codingSeconds', label: 'Coding', format: duration },
  { key: 'aiInteractionSeconds', label: 'With the AI', format: duration },
  { key: 'terminalSeconds', label: 'In the terminal', format: duration },
  { key: 'planningSeconds', label: 'Planning', format: duration },
  { key: 'idleSeconds', label: 'Idle', format: duration },
  { key: 'secondsToFirstChange', label: 'First code change after', format: duration },
  { key: 'secondsToFirstRun', label: 'First run after', format: duration },
  { key: 'secondsToFirstPass', label: 'First passing run after', format: duration },
  { key: 'gapsCappedAtFiveMinutes', label: 'Pauses over 5 min', format: count },
];

/** The rows of the Time section: known numeric fields only, each with its own unit. */
export function timeRows(analysis: Record<string, unknown> | undefined): TimeRow[] {
  if (!analysis) return [];
  return ROWS.flatMap(({ key, label, format }) => {
    const value = analysis[key];
    return typeof value === 'number' && Number.isFinite(value) ? [{ key, label, value: format(value) }] : [];
  });
}
