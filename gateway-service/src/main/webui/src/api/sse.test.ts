import { describe, expect, it } from 'vitest';
import { SseParser, parseChatStreamEvent, readSseData } from './sse';

describe('SseParser', () => {
  it('joins lines split across chunks', () => {
    const parser = new SseParser();
    expect(parser.push('data: {"type":"del')).toEqual([]);
    expect(parser.push('ta","text":"a"}\n')).toEqual([]);
    expect(parser.push('\n')).toEqual(['{"type":"delta","text":"a"}']);
  });

  it('handles CRLF, CR and a CRLF pair split between chunks', () => {
    const parser = new SseParser();
    expect(parser.push('data: one\r\n\r\ndata: two\r')).toEqual(['one']);
    expect(parser.push('\n\r\n')).toEqual(['two']);
    expect(parser.push('data: three\r\r')).toEqual(['three']);
  });

  it('joins multi-line data with newlines and skips comments and other fields', () => {
    const parser = new SseParser();
    const events = parser.push(': keep-alive\nevent: message\nid: 7\ndata: first\ndata:second\nretry: 1000\n\n');
    expect(events).toEqual(['first\nsecond']);
  });

  it('removes exactly one space after the colon', () => {
    const parser = new SseParser();
    expect(parser.push('data:  two spaces\n\n')).toEqual([' two spaces']);
  });

  it('ignores blank events and flushes a last event without a blank line', () => {
    const parser = new SseParser();
    expect(parser.push('\n\n\ndata: last')).toEqual([]);
    expect(parser.end()).toEqual(['last']);
  });
});

describe('readSseData', () => {
  it('decodes UTF-8 split inside a character', async () => {
    const bytes = new TextEncoder().encode('data: {"type":"delta","text":"héllo ✓"}\n\n');
    const cut = 30; // inside the multi-byte characters region
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    const out: string[] = [];
    for await (const data of readSseData(stream)) out.push(data);
    expect(out).toEqual(['{"type":"delta","text":"héllo ✓"}']);
  });
});

describe('parseChatStreamEvent', () => {
  it('parses delta, done and error events', () => {
    expect(parseChatStreamEvent('{"type":"delta","text":"x"}')).toEqual({ type: 'delta', text: 'x' });
    expect(parseChatStreamEvent('{"type":"done","model":"m","usage":{"inputTokens":1,"outputTokens":2,"totalTokens":3}}')).toEqual({
      type: 'done',
      model: 'm',
      usage: { inputTokens: 1, outputTokens: 2, totalTokens: 3 },
    });
    expect(parseChatStreamEvent('{"type":"error","title":"T","detail":"D"}')).toEqual({ type: 'error', title: 'T', detail: 'D' });
  });

  it('returns null for what it does not understand', () => {
    expect(parseChatStreamEvent('[DONE]')).toBeNull();
    expect(parseChatStreamEvent('{"type":"ping"}')).toBeNull();
    expect(parseChatStreamEvent('{"type":"delta"}')).toBeNull();
    expect(parseChatStreamEvent('42')).toBeNull();
  });
});
