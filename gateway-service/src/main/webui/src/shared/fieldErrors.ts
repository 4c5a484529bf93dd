import type { ApiError } from '../api/client';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * Server messages are fragments ("must not be blank") or whole sentences ("An account with this email already
 * exists."); a fragment gets the field's label in front so that it reads on its own under the field.
 */
export function fieldSentence(label: string, message: string): string {
  const text = message.trim();
  if (!text) return `${label} is invalid.`;
  if (/^[a-z]/.test(text)) return `${label} ${text}${/[.!?]$/.test(text) ? '' : '.'}`;
  return text;
}

export interface SplitErrors<F extends string> {
  /** One message per form field the server named. */
  fields: FieldErrors<F>;
  /** What belongs to no field of the form (unknown fields, a field-less problem). */
  general: string[];
}

/**
 * Sorts a problem's `errors[]` onto the form's fields. `fieldOf` maps a server field name (`email`,
 * `evaluationConfig.categoryWeights.planning`) to a form field, or null when the form has no such field.
 */
export function splitFieldErrors<F extends string>(
  error: ApiError,
  labels: Record<F, string>,
  fieldOf: (serverField: string) => F | null = (serverField) =>
    serverField in labels ? (serverField as F) : null,
): SplitErrors<F> {
  const fields: FieldErrors<F> = {};
  const general: string[] = [];
  for (const item of error.errors ?? []) {
    const field = item.field ? fieldOf(item.field) : null;
    if (field) {
      const sentence = fieldSentence(labels[field], item.message);
      fields[field] = fields[field] ? `${fields[field]} ${sentence}` : sentence;
    } else {
      general.push(item.field ? `${item.field}: ${item.message}` : item.message);
    }
  }
  if (Object.keys(fields).length === 0 && general.length === 0) {
    general.push(error.detail || error.title);
  }
  return { fields, general };
}

export function hasErrors<F extends string>(errors: FieldErrors<F>): boolean {
  return Object.values(errors).some(Boolean);
}

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
