// A short session for the replay's tests: the candidate asks the AI, edits a file twice, runs the tests, submits.
import type { TimelineEntry } from '../../api/types';

const at = (s: number) => new Date(Date.parse('2026-12-06T10:00:00Z') + s * 1000).toISOString();

export const TIMELINE: TimelineEntry[] = [
  { at: at(5), offsetSeconds: 5, kind: 'file-open', path: 'greeting.py', recordedBy: 'client', eventId: 'e0' },
  { at: at(30), offsetSeconds: 30, kind: 'prompt', text: 'How do I reject an empty name?', model: 'offline-assistant', recordedBy: 'server', eventId: 'e1' },
  { at: at(34), offsetSeconds: 34, kind: 'answer', text: 'Raise a ValueError when the name is blank.', model: 'offline-assistant', recordedBy: 'server', eventId: 'e2' },
  {
    at: at(60),
    offsetSeconds: 60,
    kind: 'file-change',
    path: 'greeting.py',
    op: 'edit',
    diff: '--- a/greeting.py\n+++ b/greeting.py\n@@ -1,2 +1,2 @@\n def greet(name):\n-    pass\n+    return f"Hello, {name}!"\n',
    content: 'def greet(name):\n    return f"Hello, {name}!"\n',
    linesAdded: 1,
    linesRemoved: 1,
    recordedBy: 'client',
    eventId: 'e3',
  },
  { at: at(90), offsetSeconds: 90, kind: 'command', command: 'ls', recordedBy: 'server', eventId: 'e4' },
  {
    at: at(120),
    offsetSeconds: 120,
    kind: 'file-change',
    path: 'greeting.py',
    op: 'edit',
    diff: '@@ -1,2 +1,4 @@\n def greet(name):\n+    if not name.strip():\n+        raise ValueError("name is empty")\n     return f"Hello, {name}!"\n',
    content: 'def greet(name):\n    if not name.strip():\n        raise ValueError("name is empty")\n    return f"Hello, {name}!"\n',
    linesAdded: 2,
    linesRemoved: 0,
    recordedBy: 'client',
    eventId: 'e5',
  },
  { at: at(130), offsetSeconds: 130, kind: 'file-change', path: 'notes.md', op: 'create', diff: '+todo\n', content: 'todo\n', recordedBy: 'client', eventId: 'e6' },
  { at: at(150), offsetSeconds: 150, kind: 'test-run', command: 'pytest -q', exitCode: 0, durationMs: 800, hidden: false, recordedBy: 'server', eventId: 'e7' },
  { at: at(170), offsetSeconds: 170, kind: 'file-change', path: 'notes.md', op: 'rename', newPath: 'NOTES.md', recordedBy: 'client', eventId: 'e8' },
  { at: at(200), offsetSeconds: 200, kind: 'submit', autoSubmitted: false, recordedBy: 'platform' },
];
