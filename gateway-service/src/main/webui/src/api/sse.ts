import type { ChatStreamEvent, TokenUsage } from './types';

/**
 * Incremental parser for a `text/event-stream` body (WHATWG HTML, "server-sent events").
 * Chunks may split lines, and even CRLF pairs, anywhere; `push` returns the data of every
 * event completed by the chunk, `end` flushes a final event that had no blank line after it.
 */
export class SseParser {
  private buffer = '';
  private dataLines: string[] = [];
  private pendingCR = false;

  push(chunk: string): string[] {
    const events: string[] = [];
    let text = chunk;
    if (this.pendingCR && text.startsWith('\n')) {
      text = text.slice(1);
    }
    this.pendingCR = false;
    this.buffer += text;

    let start = 0;
    for (let i = 0; i < this.buffer.length; i++) {
      const ch = this.buffer[i];
      if (ch !== '\n' && ch !== '\r') continue;
      const line = this.buffer.slice(start, i);
      if (ch === '\r') {
        if (i + 1 < this.buffer.length) {
          if (this.buffer[i + 1] === '\n') i++;
        } else {
          // A CR at the very end of a chunk may be half of a CRLF pair.
          this.pendingCR = true;
        }
      }
      start = i + 1;
      this.processLine(line, events);
    }
    this.buffer = this.buffer.slice(start);
    return events;
  }

  end(): string[] {
    const events: string[] = [];
    if (this.buffer.length > 0) {
      this.processLine(this.buffer, events);
      this.buffer = '';
    }
    this.dispatch(events);
    return events;
  }

  private processLine(line: string, events: string[]): void {
    if (line === '') {
      this.dispatch(events);
      return;
    }
    if (line.startsWith(':')) return; // comment / keep-alive
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.dataLines.push(value);
    // `event`, `id` and `retry` carry nothing this client needs.
  }

  private dispatch(events: string[]): void {
    if (this.dataLines.length === 0) return;
    events.push(this.dataLines.join('\n'));
    this.dataLines = [];
  }
}

/** Reads a streamed response body and yields the data of each server-sent event. */
export async function* readSseData(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const data of parser.push(decoder.decode(value, { stream: true }))) {
        yield data;
      }
    }
    for (const data of parser.push(decoder.decode())) yield data;
    for (const data of parser.end()) yield data;
  } finally {
    reader.releaseLock();
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toUsage(value: unknown): TokenUsage | null {
  if (!isRecord(value)) return null;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return {
    inputTokens: num(value.inputTokens),
    outputTokens: num(value.outputTokens),
    totalTokens: num(value.totalTokens),
  };
}

/**
 * Turns one event's data into a chat stream event. Returns null for data this client does not
 * understand (unknown types, `[DONE]` sentinels) so that the stream can carry on.
 */
export function parseChatStreamEvent(data: string): ChatStreamEvent | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isRecord(parsed)) return null;
  switch (parsed.type) {
    case 'delta':
      return typeof parsed.text === 'string' ? { type: 'delta', text: parsed.text } : null;
    case 'done':
      return {
        type: 'done',
        model: typeof parsed.model === 'string' ? parsed.model : '',
        usage: toUsage(parsed.usage),
      };
    case 'error':
      return {
        type: 'error',
        title: typeof parsed.title === 'string' ? parsed.title : 'AI request failed',
        detail: typeof parsed.detail === 'string' ? parsed.detail : '',
      };
    default:
      return null;
  }
}
