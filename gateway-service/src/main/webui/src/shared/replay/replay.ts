// The session replay's state at a moment of the timeline: pure functions of the report's entries, so that the
// scrubber, the file tree, the code, the chat and the terminal all read the same moment.
import type { EvidenceReport, TimelineEntry, TimelineKind } from '../../api/types';

/** A file as the session left it at a moment: `content` null when the timeline does not know it (diff only). */
export interface ReplayFile {
  path: string;
  content: string | null;
  /** The index of the last entry that changed the file (created, edited, renamed to it). */
  changedAt: number;
  /** The last change's unified diff, when the timeline carries it. */
  diff: string | null;
  diffTruncated: boolean;
  contentTruncated: boolean;
}

export interface ReplayMessage {
  key: string;
  role: 'user' | 'assistant';
  text: string;
  model: string | null;
  at: string | null;
}

export interface ReplayState {
  index: number;
  entry: TimelineEntry | null;
  /** The files known at the moment, by path, sorted. */
  files: ReplayFile[];
  /** The file changed last up to the moment (its new path after a rename); null before any change. */
  lastChanged: string | null;
  messages: ReplayMessage[];
  /** Commands and test runs up to the moment, oldest first. */
  terminal: TimelineEntry[];
}

const TERMINAL_KINDS: ReadonlySet<TimelineKind> = new Set(['command', 'test-run']);

/** The chat up to a moment: from the timeline's prompts and answers, or, without them, from the stored chat by time. */
function messagesUpTo(
  timeline: TimelineEntry[],
  index: number,
  chat: EvidenceReport['chat'] | undefined,
): ReplayMessage[] {
  const fromTimeline = timeline.some((e) => e.kind === 'prompt' || e.kind === 'answer');
  if (fromTimeline) {
    const out: ReplayMessage[] = [];
    timeline.slice(0, index + 1).forEach((e, i) => {
      if (e.kind !== 'prompt' && e.kind !== 'answer') return;
      out.push({
        key: e.eventId ?? `t${i}`,
        role: e.kind === 'prompt' ? 'user' : 'assistant',
        text: e.text ?? '',
        model: e.model ?? null,
        at: e.at,
      });
    });
    return out;
  }
  const until = timeline[index] ? Date.parse(timeline[index].at) : Number.NEGATIVE_INFINITY;
  return (chat ?? [])
    .filter((m) => m.createdAt && Date.parse(m.createdAt) <= until)
    .map((m, i) => ({
      key: m.id ?? `c${i}`,
      role: m.role === 'user' ? 'user' : 'assistant',
      text: m.content ?? '',
      model: m.model ?? null,
      at: m.createdAt ?? null,
    }));
}

/** What the replay shows at `index` (clamped to the timeline). */
export function replayStateAt(
  timeline: TimelineEntry[],
  index: number,
  chat?: EvidenceReport['chat'],
): ReplayState {
  if (timeline.length === 0) return { index: 0, entry: null, files: [], lastChanged: null, messages: messagesUpTo([], -1, chat), terminal: [] };
  const at = Math.max(0, Math.min(timeline.length - 1, Math.trunc(index)));
  const files = new Map<string, ReplayFile>();
  let lastChanged: string | null = null;
  const terminal: TimelineEntry[] = [];
  for (let i = 0; i <= at; i++) {
    const e = timeline[i];
    if (TERMINAL_KINDS.has(e.kind)) terminal.push(e);
    if (e.kind === 'file-open' && e.path && !files.has(e.path)) {
      files.set(e.path, { path: e.path, content: null, changedAt: -1, diff: null, diffTruncated: false, contentTruncated: false });
      continue;
    }
    if (e.kind !== 'file-change' || !e.path) continue;
    const before = files.get(e.path);
    if (e.op === 'delete') {
      files.delete(e.path);
      if (lastChanged === e.path) lastChanged = null;
      continue;
    }
    if (e.op === 'rename' && e.newPath) {
      files.delete(e.path);
      files.set(e.newPath, {
        path: e.newPath,
        content: e.content ?? before?.content ?? null,
        changedAt: i,
        diff: e.diff ?? null,
        diffTruncated: e.diffTruncated ?? false,
        contentTruncated: e.contentTruncated ?? false,
      });
      lastChanged = e.newPath;
      continue;
    }
    files.set(e.path, {
      path: e.path,
      // A diff that did not apply comes without content: the file is unknown until the next whole snapshot.
      content: e.content ?? null,
      changedAt: i,
      diff: e.diff ?? null,
      diffTruncated: e.diffTruncated ?? false,
      contentTruncated: e.contentTruncated ?? false,
    });
    lastChanged = e.path;
  }
  return {
    index: at,
    entry: timeline[at],
    files: [...files.values()].sort((a, b) => a.path.localeCompare(b.path)),
    lastChanged,
    messages: messagesUpTo(timeline, at, chat),
    terminal,
  };
}

export type DiffLineKind = 'add' | 'remove' | 'hunk' | 'header' | 'context';

/** A unified diff's line by what it does: `+` added, `-` removed, `@@` a hunk, `---`/`+++` the file names. */
export function classifyDiffLine(line: string): DiffLineKind {
  if (line.startsWith('+++') || line.startsWith('---') || line.startsWith('diff ') || line.startsWith('index ')) return 'header';
  if (line.startsWith('@@')) return 'hunk';
  if (line.startsWith('+')) return 'add';
  if (line.startsWith('-')) return 'remove';
  return 'context';
}

export function diffLines(diff: string): { text: string; kind: DiffLineKind }[] {
  const lines = diff.replace(/\n$/, '').split('\n');
  return lines.map((text) => ({ text, kind: classifyDiffLine(text) }));
}

export const KIND_LABELS: Record<TimelineKind, string> = {
  prompt: 'Prompt',
  answer: 'AI answer',
  'file-change': 'File change',
  'file-open': 'File opened',
  command: 'Command',
  'test-run': 'Test run',
  focus: 'Focus',
  paste: 'Paste',
  copy: 'Copy',
  note: 'Note',
  'model-switch': 'Model switch',
  integrity: 'Integrity signal',
  submit: 'Submit',
};

/** Kinds worth a marker on the scrubber (focus changes and file opens would only crowd it). */
export const MARKED_KINDS: ReadonlySet<TimelineKind> = new Set([
  'prompt',
  'file-change',
  'command',
  'test-run',
  'paste',
  'integrity',
  'submit',
]);

/** `mm:ss` (or `h:mm:ss`) from the session's start; a client clock slightly behind shows as 0:00. */
export function formatOffset(seconds: number | null | undefined): string {
  const total = Math.max(0, Math.floor(seconds ?? 0));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** One line saying what happened at a moment. */
export function describeEntry(e: TimelineEntry): string {
  switch (e.kind) {
    case 'prompt':
      return `Asked the AI${e.model ? ` (${e.model})` : ''}`;
    case 'answer':
      return `The AI answered${e.outputTokens ? ` (${e.outputTokens} tokens)` : ''}`;
    case 'file-change': {
      const counts = e.linesAdded != null || e.linesRemoved != null ? ` (+${e.linesAdded ?? 0} −${e.linesRemoved ?? 0})` : '';
      if (e.op === 'create') return `Created ${e.path}${counts}`;
      if (e.op === 'delete') return `Deleted ${e.path}`;
      if (e.op === 'rename') return `Renamed ${e.path} to ${e.newPath}`;
      return `Edited ${e.path}${counts}`;
    }
    case 'file-open':
      return `Opened ${e.path}`;
    case 'command':
      return `Ran ${e.command ?? ''}`;
    case 'test-run':
      if (e.hidden) return `Hidden tests: ${e.testsPassed ?? 0}/${e.testsTotal ?? 0} passed`;
      return `Tests: ${e.command ?? ''} → ${e.timedOut ? 'timed out' : `exit ${e.exitCode ?? '?'}`}`;
    case 'focus':
      return e.focused ? 'Came back to the workspace' : 'Left the workspace';
    case 'paste':
      return `Pasted ${e.length ?? 0} characters from ${e.origin ?? 'somewhere'}${e.path ? ` into ${e.path}` : ''}`;
    case 'copy':
      return `Copied ${e.length ?? 0} characters from ${e.origin ?? 'somewhere'}`;
    case 'note':
      return 'Wrote a note';
    case 'model-switch':
      return `Switched model ${e.previousModel ?? ''} → ${e.model ?? ''}`.trim();
    case 'integrity':
      return `Integrity signal: ${e.code ?? 'unknown'}`;
    case 'submit':
      return e.autoSubmitted ? 'Submitted automatically at the time limit' : 'Submitted';
    default:
      return KIND_LABELS[e.kind as TimelineKind] ?? String(e.kind);
  }
}
