import { describe, expect, it } from 'vitest';
import { classifyDiffLine, describeEntry, diffLines, formatOffset, replayStateAt } from './replay';
import { TIMELINE } from './fixture';

describe('replayStateAt', () => {
  it('knows an opened file but not its content before its first change', () => {
    const state = replayStateAt(TIMELINE, 0);
    expect(state.files).toEqual([expect.objectContaining({ path: 'greeting.py', content: null, changedAt: -1 })]);
    expect(state.lastChanged).toBeNull();
    expect(state.messages).toEqual([]);
  });

  it('has the chat so far, from the prompts and answers', () => {
    expect(replayStateAt(TIMELINE, 1).messages.map((m) => m.role)).toEqual(['user']);
    const state = replayStateAt(TIMELINE, 2);
    expect(state.messages.map((m) => [m.role, m.text])).toEqual([
      ['user', 'How do I reject an empty name?'],
      ['assistant', 'Raise a ValueError when the name is blank.'],
    ]);
  });

  it('has each file as the last change left it', () => {
    expect(replayStateAt(TIMELINE, 3).files[0].content).toContain('return f"Hello');
    expect(replayStateAt(TIMELINE, 4).files[0].content).not.toContain('ValueError');
    const later = replayStateAt(TIMELINE, 5);
    expect(later.files[0].content).toContain('raise ValueError');
    expect(later.files[0].diff).toContain('+    if not name.strip():');
    expect(later.lastChanged).toBe('greeting.py');
  });

  it('follows creates and renames, keeping the content', () => {
    expect(replayStateAt(TIMELINE, 6).lastChanged).toBe('notes.md');
    const renamed = replayStateAt(TIMELINE, 8);
    expect(renamed.files.map((f) => f.path)).toEqual(['greeting.py', 'NOTES.md'].sort((a, b) => a.localeCompare(b)));
    expect(renamed.files.find((f) => f.path === 'NOTES.md')?.content).toBe('todo\n');
    expect(renamed.lastChanged).toBe('NOTES.md');
  });

  it('drops deleted files', () => {
    const timeline = [...TIMELINE.slice(0, 7), { ...TIMELINE[6], op: 'delete' as const, content: null, diff: null }];
    const state = replayStateAt(timeline, 7);
    expect(state.files.map((f) => f.path)).toEqual(['greeting.py']);
    expect(state.lastChanged).toBeNull();
  });

  it('has the commands and test runs so far', () => {
    expect(replayStateAt(TIMELINE, 3).terminal).toEqual([]);
    expect(replayStateAt(TIMELINE, 9).terminal.map((e) => e.command)).toEqual(['ls', 'pytest -q']);
  });

  it('clamps the index and copes with an empty timeline', () => {
    expect(replayStateAt(TIMELINE, 99).index).toBe(TIMELINE.length - 1);
    expect(replayStateAt(TIMELINE, -3).index).toBe(0);
    expect(replayStateAt([], 0)).toMatchObject({ entry: null, files: [], messages: [] });
  });

  it('takes the stored chat by time when the timeline has no prompts', () => {
    const timeline = TIMELINE.filter((e) => e.kind !== 'prompt' && e.kind !== 'answer');
    const chat = [
      { id: 'c1', role: 'user', content: 'early', createdAt: TIMELINE[1].at },
      { id: 'c2', role: 'assistant', content: 'late', createdAt: TIMELINE[9].at },
    ];
    expect(replayStateAt(timeline, 1, chat).messages.map((m) => m.text)).toEqual(['early']);
    expect(replayStateAt(timeline, timeline.length - 1, chat).messages.map((m) => m.text)).toEqual(['early', 'late']);
  });
});

describe('diff lines', () => {
  it('classifies added, removed, hunk and header lines', () => {
    expect(classifyDiffLine('+++ b/x.py')).toBe('header');
    expect(classifyDiffLine('--- a/x.py')).toBe('header');
    expect(classifyDiffLine('@@ -1,2 +1,3 @@')).toBe('hunk');
    expect(classifyDiffLine('+added')).toBe('add');
    expect(classifyDiffLine('-removed')).toBe('remove');
    expect(classifyDiffLine(' same')).toBe('context');
    expect(diffLines('+a\n-b\n c\n').map((l) => l.kind)).toEqual(['add', 'remove', 'context']);
  });
});

describe('wording', () => {
  it('says what happened and when', () => {
    expect(formatOffset(65)).toBe('1:05');
    expect(formatOffset(3725)).toBe('1:02:05');
    expect(formatOffset(-0.3)).toBe('0:00');
    expect(describeEntry(TIMELINE[3])).toBe('Edited greeting.py (+1 −1)');
    expect(describeEntry(TIMELINE[8])).toBe('Renamed notes.md to NOTES.md');
    expect(describeEntry(TIMELINE[7])).toBe('Tests: pytest -q → exit 0');
    expect(describeEntry(TIMELINE[4])).toBe('Ran ls');
  });
});
