import { ChevronLeft, ChevronRight, FileCode2, MessageSquare, Pause, Play, SquareTerminal } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { EvidenceReport, TimelineEntry } from '../../api/types';
import { EmptyState } from '../EmptyState';
import {
  KIND_LABELS,
  MARKED_KINDS,
  describeEntry,
  diffLines,
  formatOffset,
  replayStateAt,
  type ReplayFile,
} from './replay';
import './replay.css';

const PLAY_STEP_MS = 900;

function CodeView({ file }: { file: ReplayFile | null }) {
  if (!file) {
    return (
      <pre className="replay-code replay-code-empty" data-testid="replay-code">
        No file changed yet at this moment.
      </pre>
    );
  }
  if (file.content === null) {
    return (
      <pre className="replay-code replay-code-empty" data-testid="replay-code" data-path={file.path}>
        {file.changedAt < 0
          ? `${file.path} was opened; its content is known from its first change on.`
          : `The content of ${file.path} is not known at this moment (only its diff was recorded).`}
      </pre>
    );
  }
  // A file's last newline ends its last line; it does not start another.
  const lines = file.content.replace(/\n$/, '').split('\n');
  return (
    <pre className="replay-code" data-testid="replay-code" data-path={file.path}>
      <code>
        {lines.map((line, i) => (
          <span key={i} className="code-line">
            <span className="code-line-no" aria-hidden="true">
              {i + 1}
            </span>
            {line}
            {'\n'}
          </span>
        ))}
      </code>
    </pre>
  );
}

function DiffView({ file, current }: { file: ReplayFile | null; current: boolean }) {
  if (!file || file.changedAt < 0) return null;
  return (
    <div className="replay-diff-wrap">
      <div className="replay-pane-head">
        <span>{current ? 'This change' : 'Last change to this file'}</span>
        {file.diffTruncated && <span className="muted small">diff cut short</span>}
      </div>
      {file.diff ? (
        <pre className="replay-diff" data-testid="replay-diff">
          {diffLines(file.diff).map((line, i) => (
            <span key={i} className={`diff-line diff-${line.kind}`} data-kind={line.kind}>
              {line.text}
              {'\n'}
            </span>
          ))}
        </pre>
      ) : (
        <p className="muted small replay-diff-none">No diff was recorded for this change.</p>
      )}
    </div>
  );
}

function TerminalView({ entries }: { entries: TimelineEntry[] }) {
  // The latest line in view, scrolling the terminal only (never the page).
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [entries.length]);
  return (
    <div className="replay-terminal" data-testid="replay-terminal" ref={box}>
      {entries.length === 0 && <p className="replay-terminal-empty">No command run yet.</p>}
      {entries.map((e, i) => (
        <div key={e.eventId ?? i} className="replay-terminal-line" data-kind={e.kind}>
          <span className="replay-terminal-time">{formatOffset(e.offsetSeconds)}</span>
          {e.kind === 'test-run' && e.hidden ? (
            <span className={e.testsFailed ? 'term-fail' : 'term-pass'}>
              hidden tests: {e.testsPassed ?? 0}/{e.testsTotal ?? 0} passed
            </span>
          ) : (
            <>
              <span className="term-prompt">$</span> {e.command}
              {e.kind === 'test-run' && (
                <span className={e.exitCode === 0 ? 'term-pass' : 'term-fail'}>
                  {' '}
                  → {e.timedOut ? 'timed out' : e.stopped ? 'stopped' : `exit ${e.exitCode ?? '?'}`}
                </span>
              )}
            </>
          )}
        </div>
      ))}
    </div>
  );
}

/**
 * The session as it happened: a scrubber over the timeline's moments; at each, the files as they were, the code of the
 * file chosen (or changed last) and that change's diff, the chat so far and the commands and test runs so far.
 */
export function SessionReplay({
  report,
  userLabel = 'Candidate',
}: {
  report: Pick<EvidenceReport, 'timeline' | 'chat' | 'timelineSummary'>;
  /** Who the chat's user turns are: "Candidate" for the business, "You" on the candidate's own results. */
  userLabel?: string;
}) {
  const timeline = useMemo(() => report.timeline ?? [], [report.timeline]);
  const last = Math.max(0, timeline.length - 1);
  const [index, setIndex] = useState(last);
  const [pinned, setPinned] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const state = useMemo(() => replayStateAt(timeline, index, report.chat), [timeline, index, report.chat]);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      setIndex((i) => {
        if (i >= last) {
          setPlaying(false);
          return i;
        }
        return i + 1;
      });
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, last]);

  const chatBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (chatBox.current) chatBox.current.scrollTop = chatBox.current.scrollHeight;
  }, [state.messages.length]);

  if (timeline.length === 0) {
    return (
      <section className="card" data-testid="report-replay" aria-labelledby="replay-heading">
        <h2 id="replay-heading" className="card-title">
          Session replay
        </h2>
        <EmptyState icon={<FileCode2 size={28} />} title="Nothing recorded to replay">
          <p>The session's activity is not available (yet).</p>
        </EmptyState>
      </section>
    );
  }

  const goTo = (next: number) => {
    const clamped = Math.max(0, Math.min(last, next));
    // Landing on a file change shows that file again, whatever was picked before.
    if (timeline[clamped]?.kind === 'file-change') setPinned(null);
    setIndex(clamped);
  };
  const shownPath = pinned && state.files.some((f) => f.path === pinned) ? pinned : state.lastChanged;
  const shown = state.files.find((f) => f.path === shownPath) ?? null;
  const entry = state.entry;
  const entryPath = entry?.kind === 'file-change' ? (entry.op === 'rename' ? entry.newPath : entry.path) : null;

  return (
    <section className="card replay" data-testid="report-replay" aria-labelledby="replay-heading" data-index={state.index}>
      <div className="replay-head">
        <h2 id="replay-heading" className="card-title">
          Session replay
        </h2>
        <span className="muted small">
          {timeline.length} moments
          {report.timelineSummary?.contentTruncated && ' · some file contents were too large to keep'}
        </span>
      </div>

      <div className="replay-controls">
        <button type="button" className="icon-btn" onClick={() => goTo(index - 1)} disabled={index <= 0} aria-label="Previous moment" data-testid="replay-prev">
          <ChevronLeft size={18} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="icon-btn replay-play"
          onClick={() => {
            if (!playing && index >= last) setIndex(0);
            setPlaying((p) => !p);
          }}
          aria-label={playing ? 'Pause' : 'Play'}
          aria-pressed={playing}
          data-testid="replay-play"
        >
          {playing ? <Pause size={18} aria-hidden="true" /> : <Play size={18} aria-hidden="true" />}
        </button>
        <button type="button" className="icon-btn" onClick={() => goTo(index + 1)} disabled={index >= last} aria-label="Next moment" data-testid="replay-next">
          <ChevronRight size={18} aria-hidden="true" />
        </button>
        <div className="replay-track">
          <input
            type="range"
            className="replay-scrubber"
            min={0}
            max={last}
            step={1}
            value={state.index}
            onChange={(e) => {
              setPlaying(false);
              goTo(Number(e.target.value));
            }}
            aria-label="Moment of the session"
            aria-valuetext={entry ? `${formatOffset(entry.offsetSeconds)}: ${describeEntry(entry)}` : undefined}
            data-testid="replay-scrubber"
          />
          <div className="replay-markers" aria-hidden="true">
            {timeline.map((e, i) =>
              MARKED_KINDS.has(e.kind) ? (
                <button
                  key={i}
                  type="button"
                  tabIndex={-1}
                  className={`replay-marker marker-${e.kind}${i === state.index ? ' current' : ''}`}
                  style={{ left: `${last === 0 ? 0 : (i / last) * 100}%` }}
                  title={`${formatOffset(e.offsetSeconds)} · ${describeEntry(e)}`}
                  onClick={() => goTo(i)}
                  data-testid="replay-marker"
                  data-kind={e.kind}
                />
              ) : null,
            )}
          </div>
        </div>
        <span className="replay-counter">
          {state.index + 1}/{timeline.length}
        </span>
      </div>

      {entry && (
        <p className="replay-moment" data-testid="replay-moment" data-kind={entry.kind}>
          <span className={`replay-kind marker-${entry.kind}`}>{KIND_LABELS[entry.kind] ?? entry.kind}</span>
          <time>{formatOffset(entry.offsetSeconds)}</time>
          <span className="replay-moment-text">{describeEntry(entry)}</span>
          {entry.kind === 'paste' && entry.text && <code className="replay-moment-extra">{entry.text.slice(0, 200)}</code>}
          {entry.kind === 'note' && entry.text && <span className="replay-moment-extra">“{entry.text}”</span>}
        </p>
      )}

      <div className="replay-grid">
        <nav className="replay-files" aria-label="Files at this moment" data-testid="replay-files">
          <div className="replay-pane-head">Files</div>
          {state.files.length === 0 && <p className="muted small replay-files-empty">No file touched yet.</p>}
          <ul>
            {state.files.map((f) => (
              <li key={f.path}>
                <button
                  type="button"
                  className={`replay-file${f.path === shownPath ? ' active' : ''}${f.changedAt === state.index ? ' changed-now' : ''}`}
                  onClick={() => setPinned(f.path)}
                  aria-current={f.path === shownPath ? 'true' : undefined}
                  data-testid="replay-file"
                  data-path={f.path}
                >
                  <FileCode2 size={14} aria-hidden="true" />
                  <span>{f.path}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>

        <div className="replay-main">
          <div className="replay-pane-head">
            <span className="replay-path">{shown?.path ?? 'Code'}</span>
            {shown?.contentTruncated && <span className="muted small">content cut short</span>}
          </div>
          <CodeView file={shown} />
          <DiffView file={shown} current={!!shown && shown.path === entryPath && shown.changedAt === state.index} />
        </div>

        <div className="replay-side">
          <div className="replay-pane-head">
            <MessageSquare size={14} aria-hidden="true" /> Chat so far ({state.messages.length})
          </div>
          <div className="replay-chat" data-testid="replay-chat" ref={chatBox} tabIndex={0} role="region" aria-label="Chat so far">
            {state.messages.length === 0 && <p className="muted small">No message yet.</p>}
            {state.messages.map((m) => (
              <div key={m.key} className={`replay-message replay-message-${m.role}`} data-testid="replay-message" data-role={m.role}>
                <span className="replay-message-who">{m.role === 'user' ? userLabel : (m.model ?? 'AI')}</span>
                <p>{m.text}</p>
              </div>
            ))}
          </div>
          <div className="replay-pane-head">
            <SquareTerminal size={14} aria-hidden="true" /> Terminal so far
          </div>
          <TerminalView entries={state.terminal} />
        </div>
      </div>
    </section>
  );
}
