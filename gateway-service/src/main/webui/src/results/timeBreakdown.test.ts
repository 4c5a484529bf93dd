import { describe, expect, it } from 'vitest';
import { timeRows } from './timeBreakdown';

describe('timeRows', () => {
  it('gives each field its own unit and leaves out what is missing or not a number', () => {
    const rows = timeRows({
      totalMinutes: 2,
      totalSeconds: 125,
      timeLimitSeconds: 7200,
      activeShare: 0.83,
      codingSeconds: 61,
      secondsToFirstPass: null,
      gapsCappedAtFiveMinutes: 3,
      codingSecondsPerFile: { 'main.py': 61 },
    });
    expect(rows.map((r) => [r.label, r.value])).toEqual([
      ['Total time', '2 min 5 s'],
      ['Time limit', '2 h 0 min'],
      ['Active', '83%'],
      ['Coding', '1 min 1 s'],
      ['Pauses over 5 min', '3'],
    ]);
  });

  it('is empty without an analysis', () => {
    expect(timeRows(undefined)).toEqual([]);
  });
});
