import { describe, expect, it } from 'vitest';
import { leaveWithEscapeTab } from './terminalKeys';

const key = (key: string, type = 'keydown', shiftKey = false) => ({ key, type, shiftKey }) as KeyboardEvent;

describe('leaveWithEscapeTab', () => {
  it('keeps Tab for the shell (completion)', () => {
    const handler = leaveWithEscapeTab();
    expect(handler(key('Tab'))).toBe(true);
  });

  it('lets Tab and Shift+Tab through to the browser right after Escape, which still reaches the shell', () => {
    const handler = leaveWithEscapeTab();
    expect(handler(key('Escape'))).toBe(true);
    expect(handler(key('Tab'))).toBe(false);
    expect(handler(key('Tab'))).toBe(true);
    expect(handler(key('Escape'))).toBe(true);
    expect(handler(key('Shift'))).toBe(true);
    expect(handler(key('Tab', 'keydown', true))).toBe(false);
  });

  it('forgets the Escape once another key is typed', () => {
    const handler = leaveWithEscapeTab();
    handler(key('Escape'));
    handler(key('a'));
    expect(handler(key('Tab'))).toBe(true);
  });
});
