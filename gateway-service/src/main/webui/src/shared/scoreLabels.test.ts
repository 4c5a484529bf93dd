import { describe, expect, it } from 'vitest';
import { categoryLabel, reportNames, subitemLabel } from './scoreLabels';

describe('score labels', () => {
  it('names built-in categories and subitems the same way on every page', () => {
    expect(categoryLabel('planning')).toBe('Planning & Task Decomposition');
    expect(subitemLabel('prompt_engineering', 'clarity_specificity')).toBe('Clarity & specificity');
    expect(subitemLabel('outcome_quality', 'edge_case_handling')).toBe('Edge-case handling');
  });

  it("uses the business's names for its custom categories, from the config or the report", () => {
    const names = reportNames({
      customCategories: [{ key: 'reliability', name: 'Reliability under load', subitems: [{ key: 'verified', name: 'Verified by tests' }] }],
    });
    expect(categoryLabel('reliability', names)).toBe('Reliability under load');
    expect(subitemLabel('reliability', 'verified', names)).toBe('Verified by tests');
    expect(categoryLabel('reliability', null)).toBe('Reliability');
    expect(reportNames(undefined)).toBeNull();
  });
});
