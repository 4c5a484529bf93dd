#!/usr/bin/env node
// Prints one trace of the local platform as a tree of spans, from what the launcher's trace receiver wrote
// (SKILLSLAB_TRACING=1 ./skillslab up).
//
//   node launcher/tools/trace.mjs <traceId>        that trace
//   node launcher/tools/trace.mjs --last-submit    the trace of the latest POST /api/assessments/{id}/submit
//
//   SKILLSLAB_TRACES  the receiver's file (default: $SKILLSLAB_HOME/data/traces/spans.jsonl, home ~/.skillslab)
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const TRACES_FILE =
  process.env.SKILLSLAB_TRACES ?? join(process.env.SKILLSLAB_HOME ?? join(homedir(), '.skillslab'), 'data', 'traces', 'spans.jsonl');

const SUBMIT_PATH = /^\/api\/assessments\/[^/]+\/submit$/;

/** Every span received so far (a line cut off by a concurrent write is skipped). */
export function readSpans(file = TRACES_FILE) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      try {
        return [JSON.parse(line)];
      } catch {
        return [];
      }
    });
}

export const spansOf = (spans, traceId) => spans.filter((s) => s.traceId === traceId);

/** The path a server span answered (current and older HTTP semantic conventions). */
export function pathOf(span) {
  const a = span.attributes;
  const target = a['url.path'] ?? a['http.target'] ?? '';
  return target.split('?')[0];
}

/** The gateway's server span of the latest submit, or undefined. */
export function lastSubmit(spans) {
  return spans
    .filter((s) => s.kind === 'SERVER' && s.service === 'gateway-service' && SUBMIT_PATH.test(pathOf(s)))
    .sort((a, b) => (BigInt(a.startNanos) < BigInt(b.startNanos) ? -1 : 1))
    .at(-1);
}

const ms = (span) => Number(BigInt(span.endNanos) - BigInt(span.startNanos)) / 1e6;

// Attributes worth a glance in the tree; everything else stays in the file.
const SHOWN = [
  'http.response.status_code',
  'http.status_code',
  'messaging.destination.name',
  'messaging.kafka.message.key',
  'skillslab.assessment.id',
  'skillslab.task.id',
  'skillslab.ai.provider',
  'skillslab.ai.model',
];

/** The spans of one trace as indented lines, children in start order; spans whose parent never arrived are roots. */
export function formatTree(spans) {
  const ids = new Set(spans.map((s) => s.spanId));
  const children = new Map();
  for (const span of spans) {
    const parent = span.parentSpanId && ids.has(span.parentSpanId) ? span.parentSpanId : '';
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(span);
  }
  for (const list of children.values()) list.sort((a, b) => (BigInt(a.startNanos) < BigInt(b.startNanos) ? -1 : 1));
  const lines = [];
  const walk = (span, depth) => {
    const shown = SHOWN.filter((k) => span.attributes[k] !== undefined).map((k) => `${k}=${span.attributes[k]}`);
    const status = span.status === 'ERROR' ? ' ERROR' : '';
    const parent = span.parentSpanId && !ids.has(span.parentSpanId) ? ` (parent ${span.parentSpanId} not received)` : '';
    lines.push(
      `${'  '.repeat(depth)}${span.name}  [${span.service} ${span.kind.toLowerCase()}] ${ms(span).toFixed(1)} ms${status}` +
        `${shown.length ? '  ' + shown.join(' ') : ''}${parent}`,
    );
    for (const child of children.get(span.spanId) ?? []) walk(child, depth + 1);
  };
  for (const root of children.get('') ?? []) walk(root, 0);
  return lines.join('\n');
}

function main(argv) {
  const [arg] = argv;
  if (!arg) {
    console.error('usage: node launcher/tools/trace.mjs <traceId|--last-submit>');
    return 2;
  }
  const spans = readSpans();
  if (spans.length === 0) {
    console.error(`no spans in ${TRACES_FILE}: is the platform running with SKILLSLAB_TRACING=1 ./skillslab up?`);
    return 1;
  }
  let traceId = arg;
  if (arg === '--last-submit') {
    const submit = lastSubmit(spans);
    if (!submit) {
      console.error('no submit received yet');
      return 1;
    }
    traceId = submit.traceId;
  }
  const trace = spansOf(spans, traceId);
  if (trace.length === 0) {
    console.error(`no spans of trace ${traceId}`);
    return 1;
  }
  const services = new Set(trace.map((s) => s.service));
  console.log(`trace ${traceId}: ${trace.length} spans from ${[...services].sort().join(', ')}`);
  console.log(formatTree(trace));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
