// Observability of the running platform, started with SKILLSLAB_TRACING=1 (./skillslab test does): one submit is one
// trace, from the browser's request through the gateway's proxy, assessment-service, the sandbox's finalize over REST,
// the outbox and Kafka to scoring-service and back; the AI proxy's chat is a span naming its model and provider but
// not the prompt, and its tokens are counted on /q/metrics. A throw-away account.
//
//   SKILLSLAB_URL, KEYCLOAK_URL  the gateway and Keycloak (defaults: the local platform)
//   ASSESSMENT_SERVICE_URL       assessment-service itself, for /q/metrics (default http://127.0.0.1:8082)
//   SKILLSLAB_TRACES             the trace receiver's file (default ~/.skillslab/data/traces/spans.jsonl)
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { formatTree, pathOf, readSpans, spansOf, TRACES_FILE } from '../../launcher/tools/trace.mjs';
import { step, waitUntil } from '../lib/browser.mjs';
import { BASE_URL, tempUser } from '../lib/platform.mjs';

const TASK = 'Build a REST API with AI Assistance';
const ASSESSMENT_SERVICE = (process.env.ASSESSMENT_SERVICE_URL ?? 'http://127.0.0.1:8082').replace(/\/$/, '');
const PROMPT = 'Which status code should GET /todos/{id} return for a todo that does not exist?';

/** A POST as a browser instrumented with OpenTelemetry sends it: with a traceparent of its own. */
async function tracedPost(token, path, body, traceparent) {
  const response = await fetch(BASE_URL + path, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', traceparent },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.ok, `POST ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

function spanChecks(trace) {
  const byId = new Map(trace.map((s) => [s.spanId, s]));
  const descends = (span, ancestor) => {
    for (let at = byId.get(span.parentSpanId); at; at = byId.get(at.parentSpanId)) {
      if (at.spanId === ancestor.spanId) return true;
    }
    return false;
  };
  const one = (what, predicate) => {
    const found = trace.filter(predicate);
    assert.ok(found.length > 0, `no ${what} in the trace:\n${formatTree(trace)}`);
    return found[0];
  };
  const parentOf = (span) => byId.get(span.parentSpanId);
  return { descends, one, parentOf };
}

const topicOf = (span) => span.attributes['messaging.destination.name'] ?? span.name.split(' ')[0];

test('one submit is one trace across the gateway, REST, Kafka and scoring; the AI proxy is measured', { timeout: 600_000 }, async () => {
  assert.ok(
    existsSync(TRACES_FILE),
    `no trace receiver output at ${TRACES_FILE}: start the platform with SKILLSLAB_TRACING=1 ./skillslab up`,
  );
  const user = await tempUser('trace');
  const { api } = user;
  let id;
  let submitted = false;
  try {
    const task = await api.defaultTask(TASK);
    id = await api.start(task.id);
    const { models } = await api.get('/api/ai/models');
    const offline = models.find((m) => m.offline);
    assert.ok(offline, 'the offline assistant is listed');

    const chatTrace = randomBytes(16).toString('hex');
    await step('a chat turn is answered', () =>
      tracedPost(api.token, '/api/ai/chat', { assessmentId: id, model: offline.id, message: PROMPT }, `00-${chatTrace}-${randomBytes(8).toString('hex')}-01`),
    );

    const traceId = randomBytes(16).toString('hex');
    const browserSpan = randomBytes(8).toString('hex');
    await step('the submit is accepted', () => tracedPost(api.token, `/api/assessments/${id}/submit`, {}, `00-${traceId}-${browserSpan}-01`));
    submitted = true;
    await step('the submission is scored', () => api.scored(id, 600_000));

    const submitPath = `/api/assessments/${id}/submit`;
    // Spans are exported in batches about a second apart; the last ones are the score's way back.
    const trace = await step('the spans of the submit arrive', () =>
      waitUntil(
        () => {
          const spans = spansOf(readSpans(), traceId);
          const back = spans.some((s) => s.service === 'assessment-service' && s.kind === 'CONSUMER' && topicOf(s) === 'score-results');
          return back && spans;
        },
        { timeoutMs: 60_000, intervalMs: 1_000, message: `the spans of trace ${traceId} in ${TRACES_FILE}` },
      ),
    );
    const { descends, one, parentOf } = spanChecks(trace);

    const gateway = await step('the gateway continues the browser trace', () => {
      const span = one('gateway server span of the submit', (s) => s.service === 'gateway-service' && s.kind === 'SERVER' && pathOf(s) === submitPath);
      assert.equal(span.parentSpanId, browserSpan, 'the gateway span is the child of the browser span');
      return span;
    });

    const assessment = await step('assessment-service serves the submit as a child of the gateway proxy', () => {
      const span = one('assessment-service server span of the submit', (s) => s.service === 'assessment-service' && s.kind === 'SERVER' && pathOf(s) === submitPath);
      assert.ok(descends(span, gateway), 'under the gateway span');
      assert.equal(parentOf(span)?.service, 'gateway-service', 'its parent is the gateway proxy call');
      const submit = one('assessment.submit span', (s) => s.name === 'assessment.submit');
      assert.equal(submit.attributes['skillslab.assessment.id'], id);
      assert.ok(descends(submit, span), 'assessment.submit under the server span');
      return span;
    });

    await step('the sandbox finalizes within the trace, called over REST', () => {
      const finalize = one('sandbox.finalize span', (s) => s.service === 'sandbox-orchestrator' && s.name === 'sandbox.finalize');
      assert.equal(finalize.attributes['skillslab.assessment.id'], id);
      assert.ok(descends(finalize, assessment), 'under the submit');
      const server = one('sandbox-orchestrator server span', (s) => s.service === 'sandbox-orchestrator' && s.kind === 'SERVER' && descends(finalize, s));
      assert.equal(parentOf(server)?.service, 'assessment-service');
      assert.equal(parentOf(server)?.kind, 'CLIENT', 'called by the REST client');
    });

    const consumer = await step('the AssessmentSubmitted record carries the trace from the outbox to scoring-service', () => {
      const producer = one(
        'assessment-lifecycle producer span',
        (s) => s.service === 'assessment-service' && s.kind === 'PRODUCER' && topicOf(s) === 'assessment-lifecycle',
      );
      assert.ok(descends(producer, assessment), 'the outbox relay publishes as a child of the submit request');
      const received = one(
        'assessment-lifecycle consumer span in scoring-service',
        (s) => s.service === 'scoring-service' && s.kind === 'CONSUMER' && topicOf(s) === 'assessment-lifecycle',
      );
      assert.equal(received.parentSpanId, producer.spanId, 'the consumer span is the child of the producer span');
      return received;
    });

    await step('scoring is a span under the consumer, and its result travels back', () => {
      const scoring = one('scoring.score span', (s) => s.service === 'scoring-service' && s.name === 'scoring.score');
      assert.equal(scoring.attributes['skillslab.assessment.id'], id);
      assert.equal(scoring.attributes['skillslab.task.id'], task.id);
      assert.ok(descends(scoring, consumer), 'under the consumer span');
      const published = one('score-results producer span', (s) => s.service === 'scoring-service' && s.kind === 'PRODUCER' && topicOf(s) === 'score-results');
      assert.ok(descends(published, consumer));
      const back = one('score-results consumer span', (s) => s.service === 'assessment-service' && s.kind === 'CONSUMER' && topicOf(s) === 'score-results');
      assert.equal(back.parentSpanId, published.spanId);
    });

    await step('the chat is a span naming the model and provider, never the prompt', async () => {
      const spans = await waitUntil(() => {
        const found = spansOf(readSpans(), chatTrace);
        return found.some((s) => s.name === 'ai.chat') && found;
      }, { timeoutMs: 30_000, intervalMs: 1_000, message: 'the chat span' });
      const chat = spans.find((s) => s.name === 'ai.chat');
      assert.equal(chat.attributes['skillslab.assessment.id'], id);
      assert.equal(chat.attributes['skillslab.ai.model'], offline.id);
      assert.equal(chat.attributes['skillslab.ai.provider'], 'offline');
      for (const span of spans) {
        assert.ok(!JSON.stringify(span).includes('status code should GET'), `span ${span.name} holds the prompt`);
      }
    });

    await step('the chat tokens and latency are on /q/metrics', async () => {
      const metrics = await (await fetch(`${ASSESSMENT_SERVICE}/q/metrics`)).text();
      const value = (name, ...labels) =>
        metrics
          .split('\n')
          .filter((line) => line.startsWith(name + '{') && labels.every((l) => line.includes(l)))
          .map((line) => Number(line.split(' ').pop()))
          .reduce((a, b) => a + b, 0);
      assert.ok(value('skillslab_ai_tokens_total', 'provider="offline"', 'direction="output"') > 0, 'output tokens counted');
      assert.ok(value('skillslab_ai_tokens_total', 'provider="offline"', 'direction="input"') > 0, 'input tokens counted');
      assert.ok(value('skillslab_ai_latency_seconds_count', 'provider="offline"', 'outcome="answered"') > 0, 'latency recorded');
    });
  } finally {
    if (id && !submitted) await api.submit(id).catch(() => undefined);
    await user.remove();
  }
});
