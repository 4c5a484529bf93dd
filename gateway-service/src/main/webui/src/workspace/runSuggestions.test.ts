import { describe, expect, it } from 'vitest';
import type { FileEntry } from '../api/types';
import { runSuggestions } from './runSuggestions';

const file = (path: string) => ({ path, type: 'file' }) as FileEntry;

describe('runSuggestions', () => {
  it("offers the task's visible test command first", () => {
    expect(runSuggestions([file('main.py'), file('tests/test_main.py')], 'python3 -m unittest discover -s tests -v')).toEqual([
      'python3 -m unittest discover -s tests -v',
      'ls -la',
    ]);
  });

  it('falls back to the standard runners the sandbox has', () => {
    expect(runSuggestions([file('package.json'), file('src/index.js')], null)).toEqual(['npm test', 'node --test', 'ls -la']);
    expect(runSuggestions([file('app.py')])[0]).toBe('python3 -m unittest discover -s tests -v');
  });
});
