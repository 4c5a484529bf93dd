import { describe, expect, it } from 'vitest';
import { acceptedDestination } from './acceptedDestination';

describe('acceptedDestination', () => {
  it('follows a same-origin redirect and falls back to the workspace otherwise', () => {
    expect(acceptedDestination('/workspace/a1', 'a1')).toBe('/workspace/a1');
    expect(acceptedDestination(`${window.location.origin}/tasks/t1?from=invite`, 'a1')).toBe('/tasks/t1?from=invite');
    expect(acceptedDestination('https://evil.example/steal', 'a1')).toBe('/workspace/a1');
    expect(acceptedDestination('//evil.example/x', 'a1')).toBe('/workspace/a1');
    expect(acceptedDestination(null, 'a 1')).toBe('/workspace/a%201');
  });
});
