import { CATEGORY_LABELS, SUBITEM_LABELS, humanize } from './format';

/** Where the names of a business's own categories come from: the task's evaluation config or the score report. */
export interface CategoryNames {
  customCategories?: { key: string; name: string; subitems: { key: string; name: string }[] }[] | null;
}

/** One name per category everywhere it is shown (task page, report, chart). */
export function categoryLabel(key: string, names?: CategoryNames | null): string {
  const custom = names?.customCategories?.find((c) => c.key === key);
  return custom?.name || CATEGORY_LABELS[key] || humanize(key);
}

/** One name per subitem everywhere it is shown; a custom category's subitems carry the business's names. */
export function subitemLabel(category: string, key: string, names?: CategoryNames | null): string {
  const custom = names?.customCategories?.find((c) => c.key === category)?.subitems.find((s) => s.key === key);
  return custom?.name || SUBITEM_LABELS[key] || humanize(key);
}

/** The names a score report carries (`detailedAnalysis.weights.customCategories`), when it carries them. */
export function reportNames(weights: unknown): CategoryNames | null {
  if (typeof weights !== 'object' || weights === null) return null;
  const custom = (weights as { customCategories?: unknown }).customCategories;
  return Array.isArray(custom) ? { customCategories: custom as CategoryNames['customCategories'] } : null;
}
