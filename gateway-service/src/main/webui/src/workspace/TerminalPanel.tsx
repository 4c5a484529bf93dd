import { memo, useEffect, useRef, useState } from 'react';
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import { leaveWithEscapeTab, TERMINAL_HINT_ID } from './terminalKeys';
import { CommandLineRecorder, TerminalConnection, websocketUrl, type TerminalStatus } from './terminalConnection';

export interface TerminalPanelProps {
  /** Path (or absolute URL) of the terminal WebSocket. */
  socketPath: string;
  getToken: () => Promise<string | null>;
  readOnly: boolean;
  visible: boolean;
  onCommand: (command: string) => void;
  /** The shell printed something (e.g. to notice when a command has gone quiet). */
  onOutput?: () => void;
  onCopy: (text: string) => void;
  onPaste: (text: string) => void;
}

const THEME = {
  background: '#0d1117',
  foreground: '#e6edf3',
  cursor: '#58a6ff',
  selectionBackground: '#264f78',
  black: '#484f58',
  red: '#ff7b72',
  green: '#3fb950',
  yellow: '#d29922',
  blue: '#58a6ff',
  magenta: '#bc8cff',
  cyan: '#39c5cf',
  white: '#b1bac4',
};

/** An interactive shell in the sandbox over a WebSocket (xterm.js). */
export const TerminalPanel = memo(function TerminalPanel({
  socketPath,
  getToken,
  readOnly,
  visible,
  onCommand,
  onOutput,
  onCopy,
  onPaste,
}: TerminalPanelProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const connectionRef = useRef<TerminalConnection | null>(null);
  const fitRef = useRef<FitAddon | null>(null);
  const [status, setStatus] = useState<TerminalStatus>('connecting');
  const [retryIn, setRetryIn] = useState<number | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const callbacks = useRef({ onCommand, onOutput, onCopy, onPaste, getToken });
  callbacks.current = { onCommand, onOutput, onCopy, onPaste, getToken };

  useEffect(() => {
    const host = hostRef.current;
    if (!host || readOnly) return;
    const term = new Terminal({
      fontFamily: '"JetBrains Mono", "Fira Code", ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
      fontSize: 13,
      cursorBlink: true,
      convertEol: false,
      scrollback: 5000,
      theme: THEME,
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(host);
    fitRef.current = fit;
    term.textarea?.setAttribute('aria-describedby', TERMINAL_HINT_ID);
    term.attachCustomKeyEventHandler(leaveWithEscapeTab());
    const safeFit = () => {
      try {
        if (host.offsetWidth > 0 && host.offsetHeight > 0) fit.fit();
      } catch {
        // Not laid out yet.
      }
    };
    safeFit();

    const recorder = new CommandLineRecorder();
    const connection = new TerminalConnection({
      url: websocketUrl(socketPath),
      getToken: () => callbacks.current.getToken(),
      getSize: () => ({ cols: term.cols, rows: term.rows }),
      onOutput: (data) => {
        term.write(data);
        callbacks.current.onOutput?.();
      },
      onExit: (code) => term.write(`\r\n\x1b[2m[process exited with code ${code}]\x1b[0m\r\n`),
      onStatus: (next, delay, reason) => {
        setStatus(next);
        setRetryIn(delay);
        setRefusal(reason ?? null);
      },
    });
    connectionRef.current = connection;
    connection.start();

    const dataSub = term.onData((data) => {
      if (!connection.sendInput(data)) return;
      for (const command of recorder.feed(data)) callbacks.current.onCommand(command);
    });
    const resizeSub = term.onResize(({ cols, rows }) => connection.resize(cols, rows));
    const observer = new ResizeObserver(() => safeFit());
    observer.observe(host);

    const onCopyEvent = () => {
      const text = term.getSelection();
      if (text) callbacks.current.onCopy(text);
    };
    const onPasteEvent = (event: ClipboardEvent) => {
      const text = event.clipboardData?.getData('text/plain');
      if (text) callbacks.current.onPaste(text);
    };
    host.addEventListener('copy', onCopyEvent, true);
    host.addEventListener('paste', onPasteEvent, true);

    return () => {
      host.removeEventListener('copy', onCopyEvent, true);
      host.removeEventListener('paste', onPasteEvent, true);
      observer.disconnect();
      dataSub.dispose();
      resizeSub.dispose();
      connection.stop();
      connectionRef.current = null;
      fitRef.current = null;
      term.dispose();
    };
  }, [socketPath, readOnly]);

  useEffect(() => {
    if (!visible) return;
    const id = requestAnimationFrame(() => {
      try {
        fitRef.current?.fit();
      } catch {
        // ignore
      }
    });
    return () => cancelAnimationFrame(id);
  }, [visible]);

  const statusText =
    status === 'open'
      ? 'Connected'
      : status === 'connecting'
        ? 'Connecting…'
        : status === 'unavailable'
          ? refusal
            ? `${refusal} Trying again${retryIn ? ` in ${Math.ceil(retryIn / 1000)} s` : '…'}`
            : `Terminal unavailable — reconnecting${retryIn ? ` in ${Math.ceil(retryIn / 1000)} s` : '…'}`
          : 'Disconnected';

  return (
    <div className="terminal-panel">
      {readOnly ? (
        <div className="terminal-overlay" data-testid="terminal-status" data-status="closed">
          The terminal is closed: the assessment is no longer in progress.
        </div>
      ) : (
        status !== 'open' && (
          <div className={`terminal-overlay terminal-${status}`} data-testid="terminal-status" data-status={status}>
            <span className={status === 'unavailable' ? 'dot dot-warn' : 'dot dot-busy'} aria-hidden="true" />
            <span>{statusText}</span>
            {status === 'unavailable' && (
              <button type="button" className="link-button" onClick={() => connectionRef.current?.retryNow()}>
                Retry now
              </button>
            )}
          </div>
        )
      )}
      <div className="terminal-host" ref={hostRef} data-testid="terminal" />
    </div>
  );
});
