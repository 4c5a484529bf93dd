// What a candidate takes away, against the running system, on accounts made for this test:
//   1. in the workspace, the offline assistant answers three different questions about "Build a REST API with AI
//      Assistance" with three different answers, each about what was asked and the task's real files;
//   2. the candidate writes the reference solution, adds a line in the editor, runs the tests and submits;
//   3. on the results page they replay their own session: the line typed is in the code at the last moment, not at
//      the first;
//   4. they share the result with their initials and the public link opens in a fresh browser without sign-in: the
//      page, its OpenGraph tags and card image, the badge, and a signature that the platform's published key verifies
//      and that fails when one field is changed; revoking takes the page down;
//   5. on the account page they add a key for an OpenAI-compatible server (a local stand-in), test it, see the model it
//      unlocks become their default, chat with it in a second attempt's workspace, and delete the key;
//   6. axe-core finds no serious or critical violation on the workspace, the results page, the account page and the
//      public result page.
//
//   SKILLSLAB_URL  the gateway (default http://localhost:8080)
//   CHROMIUM_PATH  the browser (default /usr/bin/chromium)
import assert from 'node:assert/strict';
import { createPublicKey, verify } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { assertAccessible } from '../lib/axe.mjs';
import { E2E_DIR, launchBrowser, newPage, screenshot, step, waitUntil } from '../lib/browser.mjs';
import { startOpenAiStub } from '../lib/openaiStub.mjs';
import { BASE_URL, tempUser } from '../lib/platform.mjs';
import { shownErrors, signInFromLanding } from '../lib/session.mjs';

const TASK = 'Build a REST API with AI Assistance';
const REFERENCE_DIR = join(E2E_DIR, '..', 'task-service', 'src', 'test', 'resources', 'reference-solutions', 'a1b2c3d4-e5f6-7890-abcd-ef1234567890');
const SOLUTION_FILES = ['todo_api/store.py', 'todo_api/server.py'];
const SCORING_TIMEOUT = 300_000;
const REVIEW_MARK = '# Reviewed: every query is parameterised';

// Three questions a candidate asks, and what a relevant answer must speak of.
const QUESTIONS = [
  { ask: 'What does this project do, and where should I start?', about: [/store\.py|server\.py|TodoStore/] },
  { ask: 'How do I implement TodoStore.get so that it returns None when the todo does not exist?', about: [/get/, /None/] },
  { ask: 'How could I add rate limiting to POST /todos so one client cannot flood it?', about: [/rate|limit/i, /429|too many|token bucket|window/i] },
];

let browser;
let candidate;
let stub;
const open = [];

before(async () => {
  browser = await launchBrowser();
  candidate = await tempUser('takeaways');
});

after(async () => {
  for (const id of open) await candidate?.api.submit(id).catch(() => undefined);
  await stub?.close();
  await browser?.close();
  await candidate?.remove().catch(() => undefined);
});

/** The canonical JSON the platform signs: keys sorted, no whitespace (RFC 8785 for the values results hold). */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

async function publicKeys() {
  const response = await fetch(`${BASE_URL}/.well-known/skills-lab-keys.json`);
  assert.equal(response.status, 200, 'the platform publishes its keys');
  return (await response.json()).keys;
}

function signatureHolds(keys, result, signature) {
  const jwk = keys.find((key) => key.kid === signature.kid);
  assert.ok(jwk, `the signing key ${signature.kid} is published`);
  const key = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, format: 'jwk' });
  return verify(null, Buffer.from(canonical(result), 'utf8'), key, Buffer.from(signature.value, 'base64url'));
}

async function askOffline(page, question) {
  const before = await page.locator('[data-testid="chat-message-assistant"][data-streaming="false"]').count();
  await page.getByTestId('chat-input').fill(question);
  await page.getByTestId('chat-send').click();
  const failure = page.getByTestId('chat-message-error');
  await waitUntil(
    async () => (await failure.count()) > 0 || (await page.locator('[data-testid="chat-message-assistant"][data-streaming="false"]').count()) > before,
    { timeoutMs: 90_000, message: `an answer to "${question}"` },
  );
  if (await failure.count()) throw new Error(`the assistant answered with an error: ${await failure.last().textContent()}`);
  return page.locator('[data-testid="chat-message-assistant"][data-streaming="false"]').last().innerText();
}

test('a candidate asks, solves, replays, shares a verifiable result and brings their own key', { timeout: 1_200_000 }, async () => {
  const { page } = await newPage(browser, { baseURL: BASE_URL });
  const { api } = candidate;
  const task = await api.defaultTask(TASK);
  const id = await api.start(task.id);
  open.push(id);

  await step('the candidate signs in and opens the workspace', async () => {
    await signInFromLanding(page, candidate);
    await page.goto(`/workspace/${id}`);
    await page.getByTestId('workspace').waitFor({ timeout: 60_000 });
  });

  await step('the offline assistant answers three different questions, each about what was asked', async () => {
    const { models } = await api.get('/api/ai/models');
    const offline = models.find((m) => m.offline);
    assert.ok(offline, `an offline model among ${JSON.stringify(models)}`);
    await page.getByTestId('model-select').selectOption(offline.id);
    const answers = [];
    for (const { ask, about } of QUESTIONS) {
      const answer = await askOffline(page, ask);
      for (const pattern of about) assert.match(answer, pattern, `the answer to "${ask}" speaks of ${pattern}:\n${answer}`);
      assert.doesNotMatch(answer, /you mentioned/i, `the answer to "${ask}" claims the candidate said something:\n${answer}`);
      answers.push(answer);
    }
    assert.equal(new Set(answers).size, 3, 'three questions, three different answers');
    await screenshot(page, 'takeaways-offline-chat.png');
    await assertAccessible(page, 'workspace');
  });

  const reference = Object.fromEntries(
    await Promise.all(SOLUTION_FILES.map(async (path) => [path, await readFile(join(REFERENCE_DIR, path), 'utf8')])),
  );

  await step('the candidate writes the solution, reviews it in the editor, runs the tests and submits', async () => {
    await api.writeFile(id, 'todo_api/store.py', reference['todo_api/store.py']);
    await api.writeFile(id, 'todo_api/server.py', reference['todo_api/server.py']);
    await page.reload();
    await page.getByTestId('workspace').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="file-tree-item"][data-path="todo_api/store.py"]').click({ timeout: 60_000 });
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`\n${REVIEW_MARK}\n`);
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 30_000 });
    const run = await api.run(id, task.visibleTestCommand);
    assert.equal(run.exitCode, 0, `the visible tests pass: ${run.stdout}\n${run.stderr}`);
    // Submitting in the browser sends what the page still holds of the tracking (the edit above) first.
    await page.getByTestId('submit-assessment').click();
    await page.getByTestId('submit-notes').fill('Store first, then the status codes.');
    await page.getByTestId('confirm-submit').click();
    await waitUntil(async () => new URL(page.url()).pathname === `/results/${id}`, {
      timeoutMs: 90_000,
      message: `the results page after submitting (now at ${page.url()}; shown: ${await shownErrors(page)})`,
    }).catch(async (error) => {
      await screenshot(page, 'takeaways-submit-failed.png');
      throw new Error(`${error.message}; now at ${page.url()}, shown: ${await shownErrors(page)}`);
    });
    open.splice(open.indexOf(id), 1);
    await api.scored(id, SCORING_TIMEOUT);
  });

  await step('on the results page they replay their own session: the starter at the first moment, the solution at the last', async () => {
    await page.goto(`/results/${id}`);
    await page.getByTestId('final-score').waitFor({ timeout: 60_000 });
    await page.getByTestId('own-replay-open').click();
    const scrubber = page.getByTestId('replay-scrubber');
    await scrubber.waitFor({ timeout: 60_000 });
    const max = Number(await scrubber.getAttribute('max'));
    assert.ok(max > 0, `the timeline has moments (max ${max})`);
    const code = () => page.getByTestId('replay-code').innerText().catch(() => '');
    await scrubber.fill(String(max));
    await page.locator('[data-testid="replay-file"]', { hasText: 'store.py' }).first().click({ timeout: 30_000 });
    await waitUntil(async () => (await code()).includes(REVIEW_MARK), { timeoutMs: 20_000, message: 'the line typed in the editor, in the replay at the last moment' });
    await scrubber.fill('0');
    await waitUntil(async () => !(await code()).includes(REVIEW_MARK), { timeoutMs: 20_000, message: 'the file without that line at the first moment' });
    assert.equal(await page.getByText(/hidden_tests/).count(), 0, 'no hidden-test detail in the candidate’s replay');
    await screenshot(page, 'takeaways-replay.png', { fullPage: true });
    await assertAccessible(page, 'results');
  });

  let shared;
  await step('they share the result with their initials', async () => {
    await page.getByTestId('share-name-initials').check();
    await page.getByTestId('share-publish').click();
    const url = page.getByTestId('share-url');
    await url.waitFor({ timeout: 30_000 });
    const link = (await url.inputValue()).trim();
    shared = new URL(link);
    assert.match(shared.pathname, /^\/r\/[A-Za-z0-9_-]{16,}$/, `a public link: ${link}`);
    const linkedIn = new URL(await page.getByTestId('share-linkedin').getAttribute('href'));
    assert.equal(linkedIn.searchParams.get('url'), link, `LinkedIn shares the public link: ${linkedIn}`);
    await screenshot(page, 'takeaways-share.png');
  });

  const shareId = shared.pathname.split('/').pop();
  const publicUrl = `${BASE_URL}${shared.pathname}`;
  await step('anyone opens the public link without signing in: the page, its preview tags, card and badge', async () => {
    const { context, page: visitor } = await newPage(browser);
    try {
      const response = await visitor.goto(publicUrl);
      assert.equal(response.status(), 200, 'the public page opens');
      const meta = async (selector) => visitor.locator(selector).first().getAttribute('content');
      const ogTitle = await meta('meta[property="og:title"]');
      const ogImage = await meta('meta[property="og:image"]');
      assert.ok(ogTitle && /Skills Lab|AI/.test(ogTitle), `og:title: ${ogTitle}`);
      assert.equal(await meta('meta[name="twitter:card"]'), 'summary_large_image');
      const body = await visitor.locator('body').innerText();
      assert.match(body, /E\. T\./, `the initials of "E2E takeaways" on the page:\n${body}`);
      assert.doesNotMatch(body, new RegExp(candidate.email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'never the email');
      assert.doesNotMatch(body, /def get|TodoStore|hidden_tests/, 'never code or hidden tests');
      const image = await fetch(new URL(ogImage, BASE_URL));
      assert.equal(image.headers.get('content-type'), 'image/png');
      const png = Buffer.from(await image.arrayBuffer());
      assert.equal(png.readUInt32BE(16), 1200, 'the card is 1200 wide');
      assert.equal(png.readUInt32BE(20), 630, 'and 630 high');
      const badge = await fetch(`${BASE_URL}/api/public/badges/${shareId}.svg`);
      assert.equal(badge.status, 200);
      assert.match(badge.headers.get('content-type'), /^image\/svg\+xml/);
      assert.match(await badge.text(), /<svg[\s\S]*Skills Lab/);
      await screenshot(visitor, 'takeaways-public.png', { fullPage: true });
      await assertAccessible(visitor, 'public result');
    } finally {
      await context.close();
    }
  });

  await step('the signature holds with the published key, and fails when one field is changed', async () => {
    const answer = await fetch(`${BASE_URL}/api/public/results/${shareId}`);
    assert.equal(answer.status, 200);
    const { result, signature } = await answer.json();
    assert.equal(signature.alg, 'Ed25519');
    const keys = await publicKeys();
    assert.ok(signatureHolds(keys, result, signature), 'the signature of the published result holds');
    assert.ok(!signatureHolds(keys, { ...result, finalScore: Math.min(100, Number(result.finalScore) + 10) }, signature), 'a raised score breaks it');
    for (const hidden of ['email', 'userId', 'code', 'chat', 'hiddenTests']) assert.ok(!(hidden in result), `no ${hidden} in the public result`);
  });

  await step('revoking takes the public page and the verification down', async () => {
    await page.getByTestId('share-revoke').click();
    await page.getByTestId('share-url').waitFor({ state: 'detached', timeout: 30_000 });
    await waitUntil(async () => (await fetch(publicUrl)).status === 404, { timeoutMs: 30_000, message: 'the public page to answer 404' });
    assert.equal((await fetch(`${BASE_URL}/api/public/results/${shareId}`)).status, 404);
  });

  await step('on the account page they add, test and delete a key for an OpenAI-compatible server', async () => {
    stub = await startOpenAiStub({ apiKey: 'sk-local-e2e-4242', models: ['local-llama-3'] });
    await page.goto('/account#ai-keys');
    const section = page.getByTestId('ai-keys-section');
    await section.waitFor({ timeout: 30_000 });
    await page.getByTestId('ai-key-openai-compatible-edit').click();
    await page.getByTestId('ai-key-openai-compatible-baseUrl').fill(stub.baseUrl);
    await page.getByTestId('ai-key-openai-compatible-apiKey').fill('sk-local-e2e-4242');
    await page.getByTestId('ai-key-openai-compatible-save').click();
    await page.getByTestId('ai-key-openai-compatible-stored').filter({ hasText: '4242' }).waitFor({ timeout: 30_000 });
    assert.doesNotMatch(await section.innerText(), /sk-local-e2e/, 'the key is never shown again, only its last four characters');
    await page.getByTestId('ai-key-openai-compatible-test').click();
    const result = page.getByTestId('ai-key-test-openai-compatible');
    await result.filter({ hasText: 'local-llama-3' }).waitFor({ timeout: 30_000 });
    assert.ok(stub.requests.some((r) => r.url === '/v1/models' && r.authorization === 'Bearer sk-local-e2e-4242'), 'the test called the server with the key');
    await screenshot(page, 'takeaways-ai-keys.png', { fullPage: true });
    await assertAccessible(page, 'account');
    const { models } = await api.get('/api/ai/models');
    const own = models.find((m) => m.source === 'own-key');
    assert.ok(own && /local-llama-3/.test(own.id), `the key unlocks its model: ${JSON.stringify(models)}`);
    assert.equal(own.default, true, 'a model on the candidate’s own key is the default, not the offline assistant');

    // A second attempt chats through the candidate's own server, picked in the workspace.
    const second = await api.start(task.id);
    open.push(second);
    await page.goto(`/workspace/${second}`);
    await page.getByTestId('workspace').waitFor({ timeout: 60_000 });
    const picker = page.getByTestId('model-select');
    const option = picker.locator(`option[value="${own.id}"]`);
    await option.waitFor({ state: 'attached', timeout: 30_000 });
    assert.match(await option.innerText(), /your key/i, 'the picker says whose key the model runs on');
    await picker.selectOption(own.id);
    await page.getByTestId('chat-input').fill('Say hello.');
    await page.getByTestId('chat-send').click();
    await page.locator('[data-testid="chat-message-assistant"][data-streaming="false"]').filter({ hasText: 'Hello from the local model.' }).waitFor({ timeout: 60_000 });
    assert.ok(stub.requests.some((r) => r.url === '/v1/chat/completions' && r.authorization === 'Bearer sk-local-e2e-4242'), 'the chat went to the own server with the key');
    await screenshot(page, 'takeaways-own-model-chat.png');
    await page.goto('/account#ai-keys');
    await page.getByTestId('ai-key-openai-compatible-delete').click();
    await page.getByTestId('ai-key-openai-compatible-confirm-delete').click();
    await page.getByTestId('ai-key-openai-compatible').getByText('No key stored.').waitFor({ timeout: 30_000 });
  });
});
