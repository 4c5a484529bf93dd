// A hiring team from "invite" to "decide", against the running system and across roles, on accounts made for this
// test (nothing depends on what the demo accounts hold):
//   1. a business makes an invite-only task with a starter file and a hidden test; in the browser it invites the first
//      candidate from its task list; the second is invited from a pasted list (bulk invite);
//   2. the first candidate opens the emailed link in the browser, accepts, works in the workspace and submits; the
//      second works through the API (asks the offline model, writes the solution, runs the tests) and submits;
//   3. the business receives the "scored" emails and sees them under the bell, finds both candidates on the
//      candidates page sorted by score, compares them (radar and ranking), reads the funnel, replays a session, and
//      downloads the PDF report and the CSV export, whose contents are checked.
//
//   SKILLSLAB_URL  the gateway (default http://localhost:8080)
//   GREENMAIL_API  GreenMail's REST API (default http://127.0.0.1:8025)
//   CHROMIUM_PATH  the browser (default /usr/bin/chromium)
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { launchBrowser, newPage, screenshot, step, waitUntil } from '../lib/browser.mjs';
import { decodeMime, findLink, inbox, waitForMail } from '../lib/mail.mjs';
import { callApi, tempUser, uploadTaskFile } from '../lib/platform.mjs';
import { onGateway, shownErrors, signInFromLanding } from '../lib/session.mjs';

const STAMP = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const TASK_TITLE = `Pipeline task ${STAMP}`;
const SCORING_TIMEOUT = 240_000;

const STARTER = ['def greet(name):', '    """The greeting for one person."""', '    raise NotImplementedError', ''].join('\n');
const SOLUTION = [
  'def greet(name):',
  '    """The greeting for one person."""',
  '    if not name or not name.strip():',
  '        raise ValueError("a name is needed")',
  '    return f"Hello, {name.strip()}!"',
  '',
].join('\n');
const VISIBLE_TEST = [
  'import unittest',
  'from greeting import greet',
  '',
  '',
  'class GreetTest(unittest.TestCase):',
  '    def test_greets_by_name(self):',
  '        self.assertEqual(greet("Ada"), "Hello, Ada!")',
  '',
  '',
  'if __name__ == "__main__":',
  '    unittest.main()',
  '',
].join('\n');
const HIDDEN_TEST = [
  'import unittest',
  'from greeting import greet',
  '',
  '',
  'class HiddenGreetTest(unittest.TestCase):',
  '    def test_greets_by_name(self):',
  '        self.assertEqual(greet("Grace"), "Hello, Grace!")',
  '',
  '    def test_blank_name_is_refused(self):',
  '        with self.assertRaises(ValueError):',
  '            greet("  ")',
  '',
].join('\n');

const made = [];
const open = []; // [api, assessmentId] not submitted yet
let browser;
let taskId;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  for (const [api, id] of open) await api.submit(id).catch(() => undefined);
  await browser?.close();
  for (const user of made) await user.remove().catch(() => undefined);
});

async function user(prefix, role) {
  const account = await tempUser(prefix, role);
  made.push(account);
  return account;
}

/** The bytes of a download the click starts. */
async function download(page, click) {
  const [started] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), click()]);
  const path = await started.path();
  if (!path) throw new Error(`the download of ${started.suggestedFilename()} failed: ${await started.failure()}`);
  return { name: started.suggestedFilename(), bytes: await readFile(path) };
}

test('a business goes from invite to decide in the dashboard, with every number backed by evidence', { timeout: 1_500_000 }, async () => {
  const business = await user('pipeline-business', 'business');
  const first = await user('pipeline-first');
  const second = await user('pipeline-second');
  const b = await newPage(browser, { baseURL: process.env.SKILLSLAB_URL ?? 'http://localhost:8080' });
  const c = await newPage(browser, { baseURL: process.env.SKILLSLAB_URL ?? 'http://localhost:8080' });
  const bpage = b.page;
  const cpage = c.page;
  bpage.setDefaultTimeout(30_000);
  cpage.setDefaultTimeout(30_000);
  let firstId;
  let secondId;

  try {
    taskId = await step('the business makes an invite-only task with a starter file and a hidden test', async () => {
      const created = await callApi(business.token, 'POST', '/api/tasks', {
        json: {
          title: TASK_TITLE,
          description:
            '## Task Description\n\nMake `greet(name)` in `greeting.py` greet the person by name.\n\n## Requirements\n\n1. `greet("Ada")` returns `"Hello, Ada!"`\n2. A blank name raises `ValueError`',
          taskType: 'code_generation',
          difficulty: 'basic',
          timeLimitMinutes: 60,
          runtime: 'python',
          visibleTestCommand: 'python3 -m unittest -q test_greeting',
          hiddenTestRunner: 'python-unittest',
        },
      });
      const id = created.body.id;
      await uploadTaskFile(business.token, id, 'greeting.py', STARTER);
      await uploadTaskFile(business.token, id, 'test_greeting.py', VISIBLE_TEST);
      await uploadTaskFile(business.token, id, 'hidden_tests/test_hidden_greeting.py', HIDDEN_TEST, 'hidden');
      await callApi(business.token, 'POST', `/api/tasks/${encodeURIComponent(id)}/publish`, { json: { isPublic: false } });
      return id;
    });

    await step('the business signs in and invites the first candidate from its task list', async () => {
      await signInFromLanding(bpage, business);
      await bpage.goto('/business/tasks');
      const row = bpage.locator(`[data-testid="task-row"][data-task-id="${taskId}"]`);
      await row.getByTestId('invite-candidate').click();
      const dialog = bpage.getByTestId('invite-dialog');
      await dialog.locator('#invite-recipientEmail').fill(first.email);
      await dialog.locator('#invite-recipientName').fill('Ada Pipeline');
      await dialog.getByTestId('invite-send').click();
      try {
        await dialog.getByTestId('invite-sent').waitFor({ timeout: 30_000 });
      } catch {
        throw new Error(`the invitation was not sent: ${(await shownErrors(bpage)) || 'no error shown'}`);
      }
      await dialog.getByTestId('invite-done').click();
    });

    await step('the second candidate is invited from a pasted list, one bad row refused on its own', async () => {
      const bulk = await callApi(business.token, 'POST', '/api/invitations/bulk', {
        json: { taskId, addresses: `Grace Pipeline, ${second.email}\nnot-an-address` },
      });
      assert.equal(bulk.body.created.length, 1, `one row created: ${JSON.stringify(bulk.body)}`);
      assert.equal(bulk.body.failed.length, 1, `one row refused: ${JSON.stringify(bulk.body)}`);
      const { body } = await callApi(business.token, 'GET', `/api/invitations?taskId=${encodeURIComponent(taskId)}`);
      const invitation = (body.invitations ?? body.items ?? []).find((i) => i.recipientEmail === second.email);
      assert.ok(invitation, `the bulk invitation is listed: ${JSON.stringify(body).slice(0, 500)}`);
    });

    await step('the first candidate opens the emailed link, accepts, works in the workspace and submits', async () => {
      const mail = await waitForMail(first.email, { subject: /invites you/i });
      const link = findLink(decodeMime(mail.mimeMessage ?? ''), /https?:\/\/[^\s"'<>]+\/invite\/[^\s"'<>]+/);
      assert.ok(link, 'an /invite/ link in the invitation email');
      await signInFromLanding(cpage, first);
      await cpage.goto(onGateway(link));
      await cpage.getByTestId('accept-invitation').click();
      await cpage.waitForURL((url) => url.pathname.startsWith('/workspace/'), { timeout: 60_000 });
      firstId = decodeURIComponent(new URL(cpage.url()).pathname.split('/').pop());
      open.push([first.api, firstId]);
      await cpage.getByTestId('start-gate').getByTestId('start-assessment').click();
      await cpage.getByTestId('workspace').waitFor({ timeout: 90_000 });
      await cpage.locator('[data-testid="file-tree-item"][data-path="greeting.py"]').click({ timeout: 90_000 });
      const lines = cpage.locator('.monaco-editor .view-lines');
      await lines.click();
      await cpage.keyboard.press('Control+A');
      await cpage.keyboard.type('def greet(name):\n    return "Hello, " + name + "!"\n');
      await cpage.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 30_000 });
      await cpage.getByTestId('submit-assessment').click();
      await cpage.getByTestId('confirm-submit').click();
      await cpage.waitForURL(`**/results/${encodeURIComponent(firstId)}`, { timeout: 60_000 });
      open.splice(open.findIndex(([, id]) => id === firstId), 1);
    });

    await step('the second candidate accepts and works through the API: the offline model, the solution, the tests', async () => {
      const mail = await waitForMail(second.email, { subject: /invites you/i });
      const link = findLink(decodeMime(mail.mimeMessage ?? ''), /https?:\/\/[^\s"'<>]+\/invite\/[^\s"'<>]+/);
      const token = new URL(link).pathname.split('/').pop();
      const accepted = await callApi(second.token, 'POST', `/api/invitations/access/${encodeURIComponent(token)}/accept`);
      secondId = accepted.body.assessmentId;
      await callApi(second.token, 'POST', `/api/assessments/${encodeURIComponent(secondId)}/start`);
      open.push([second.api, secondId]);
      const { models } = await second.api.get('/api/ai/models');
      const offline = models.find((m) => m.offline)?.id;
      if (offline) {
        await second.api.post('/api/ai/chat', {
          assessmentId: secondId,
          model: offline,
          message: 'Plan: 1) read greeting.py 2) handle blank names with ValueError 3) run the unit tests. How should greet() validate its input?',
        });
      }
      await second.api.writeFile(secondId, 'greeting.py', SOLUTION);
      const run = await second.api.run(secondId, 'python3 -m unittest -q test_greeting');
      assert.equal(run.exitCode, 0, `the visible tests pass: ${run.stdout}\n${run.stderr}`);
      await second.api.submit(secondId, 'Validated blank names and ran the tests.');
      open.splice(open.findIndex(([, id]) => id === secondId), 1);
    });

    const [firstScored, secondScored] = await step('both are scored', () =>
      Promise.all([first.api.scored(firstId, SCORING_TIMEOUT), second.api.scored(secondId, SCORING_TIMEOUT)]),
    );
    const scores = { [firstId]: firstScored.score.finalScore, [secondId]: secondScored.score.finalScore };
    console.log(`pipeline: first ${scores[firstId]}, second ${scores[secondId]}`);

    await step('the business receives a "scored" email for each candidate and sees them under the bell', async () => {
      await waitUntil(
        async () => (await inbox(business.email)).filter((m) => / scored /.test(m.subject ?? '')).length >= 2,
        { timeoutMs: 120_000, intervalMs: 2_000, message: `two "scored" emails to ${business.email}` },
      );
      await bpage.goto('/business');
      const bell = bpage.getByTestId('notification-bell');
      await waitUntil(async () => Number((await bpage.getByTestId('notification-unread').textContent().catch(() => '0')) || 0) >= 2, {
        timeoutMs: 60_000,
        message: 'the bell to count the notices',
      });
      await bell.click();
      await bpage.getByTestId('notification-menu').getByTestId('notification-item').first().waitFor();
      await screenshot(bpage, 'hiring-notifications.png');
      await bpage.keyboard.press('Escape');
    });

    await step('the candidates page sorts both by score, best first', async () => {
      await bpage.goto(`/business/candidates?taskId=${encodeURIComponent(taskId)}`);
      await bpage.getByTestId('candidates-page').waitFor();
      await bpage.getByTestId('sort-score').click();
      const rows = bpage.locator('[data-testid="candidate-row"][data-status="scored"]');
      await waitUntil(async () => (await rows.count()) === 2, { message: 'two scored candidate rows' });
      const order = await rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-assessment-id')));
      const expected = [firstId, secondId].sort((x, y) => scores[y] - scores[x]);
      if (scores[firstId] !== scores[secondId]) {
        const headerSort = await bpage.getByTestId('sort-score').locator('xpath=..').getAttribute('aria-sort');
        assert.deepEqual(headerSort === 'ascending' ? order.reverse() : order, expected, `rows by score (${JSON.stringify(scores)})`);
      }
      await screenshot(bpage, 'hiring-candidates.png', { fullPage: true });
    });

    await step('the business compares the two: one radar, a ranking', async () => {
      for (const id of [firstId, secondId]) {
        await bpage.locator(`[data-testid="candidate-row"][data-assessment-id="${id}"]`).getByTestId('candidate-select').check();
      }
      await bpage.getByTestId('compare-selected').click();
      await bpage.getByTestId('compare-page').waitFor();
      await bpage.getByTestId('compare-radar').locator('svg').first().waitFor();
      const ranked = await bpage.getByTestId('ranking-entry').evaluateAll((all) => all.map((e) => e.getAttribute('data-assessment-id')));
      assert.equal(ranked.length, 2);
      assert.equal(ranked[0], scores[firstId] >= scores[secondId] ? firstId : secondId, 'the better score ranks first');
      await screenshot(bpage, 'hiring-compare.png', { fullPage: true });
    });

    await step('the analytics funnel counts both invitations from sent to scored', async () => {
      await bpage.goto('/business/analytics');
      await bpage.getByTestId('analytics-page').waitFor();
      await bpage.getByTestId('analytics-filter-task').selectOption(taskId);
      const value = (key) => bpage.getByTestId(`funnel-${key}`).getAttribute('data-value');
      await waitUntil(async () => (await value('scored')) === '2', { message: 'the funnel to count two scored candidates' });
      for (const key of ['invited', 'opened', 'accepted', 'started', 'submitted']) {
        assert.equal(await value(key), '2', `funnel ${key}`);
      }
      await screenshot(bpage, 'hiring-analytics.png', { fullPage: true });
    });

    await step('the business replays the first candidate’s session: the code they typed, at the last moment', async () => {
      await bpage.goto(`/business/reports/${encodeURIComponent(firstId)}`);
      await bpage.getByTestId('business-report').waitFor({ timeout: 60_000 });
      assert.equal(await bpage.getByTestId('share-section').count(), 0, 'no "share your result" for a business');
      await bpage.getByTestId('report-replay').waitFor();
      await bpage.getByTestId('hidden-tests').waitFor();
      const scrubber = bpage.getByTestId('replay-scrubber');
      const max = Number(await scrubber.getAttribute('max'));
      assert.ok(max >= 2, `the timeline has several moments (${max + 1})`);
      await scrubber.fill(String(max));
      await screenshot(bpage, 'hiring-replay.png', { fullPage: true });
      await bpage.locator('[data-testid="replay-file"]', { hasText: 'greeting.py' }).first().click();
      await bpage.getByTestId('replay-code').filter({ hasText: '"Hello, " + name' }).waitFor();
      await scrubber.fill('0');
      assert.ok(
        !(await bpage.getByTestId('replay-code').innerText().catch(() => '')).includes('"Hello, " + name'),
        'at the first moment the typed code is not there yet',
      );
    });

    await step('the PDF report downloads with the candidate, score and level', async () => {
      const pdf = await download(bpage, () => bpage.getByTestId('download-pdf').click());
      assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-', `${pdf.name} is a PDF`);
      assert.ok(pdf.bytes.length > 2_000, `${pdf.name} has content (${pdf.bytes.length} bytes)`);
    });

    await step('the CSV export downloads with one row per candidate', async () => {
      await bpage.goto(`/business/candidates?taskId=${encodeURIComponent(taskId)}`);
      const csv = await download(bpage, () => bpage.getByTestId('export-csv').click());
      const text = csv.bytes.toString('utf8');
      assert.ok(text.includes(first.email) && text.includes(second.email), `both candidates in ${csv.name}`);
      assert.match(csv.name, /\.csv$/);
    });
  } finally {
    await b.context.close();
    await c.context.close();
  }
});
