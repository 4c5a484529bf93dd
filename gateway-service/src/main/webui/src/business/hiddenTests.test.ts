import { describe, expect, it } from 'vitest';
import type { TaskFile } from '../api/types';
import { hiddenTestsGap } from './hiddenTests';

function file(path: string, visibility: TaskFile['visibility']): TaskFile {
  return { id: path, path, visibility, fileType: 'py', sizeBytes: 10, mimeType: 'text/x-python' };
}

describe('hiddenTestsGap', () => {
  it('finds nothing missing when the suite runs and hidden files are uploaded', () => {
    expect(hiddenTestsGap(true, [file('app.py', 'starter'), file('hidden_tests/test_app.py', 'hidden')])).toBeNull();
  });

  it('says there are no hidden files when only starter files are uploaded', () => {
    expect(hiddenTestsGap(true, [file('app.py', 'starter'), file('tests/test_app.py', undefined)])).toBe('no-files');
    expect(hiddenTestsGap(true, [])).toBe('no-files');
  });

  it('says the suite is switched off even when hidden files are uploaded', () => {
    expect(hiddenTestsGap(false, [file('hidden_tests/test_app.py', 'hidden')])).toBe('switched-off');
  });
});
