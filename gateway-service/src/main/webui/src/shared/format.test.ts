import { describe, expect, it } from 'vitest';
import { formatScore } from './format';

describe('formatScore', () => {
  it('rounds half up on the decimal digits, as the emails and the PDF do', () => {
    expect(formatScore(52.55)).toBe('52.6');
    expect(formatScore(12.35)).toBe('12.4');
    expect(formatScore(12.34)).toBe('12.3');
  });

  it('drops a trailing zero and keeps whole scores whole', () => {
    expect(formatScore(52.96)).toBe('53');
    expect(formatScore(100)).toBe('100');
    expect(formatScore(0)).toBe('0');
  });

  it('shows a dash when there is no score', () => {
    expect(formatScore(null)).toBe('—');
    expect(formatScore(undefined)).toBe('—');
    expect(formatScore(Number.NaN)).toBe('—');
  });
});
