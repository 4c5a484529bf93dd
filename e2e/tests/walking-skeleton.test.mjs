// The walking skeleton, end to end against the running system: sign in through Keycloak, pick
// a default task, work in the workspace (files, editor, AI chat), submit, read the score report
// and find the score e-mail in GreenMail.
//
//   SKILLSLAB_URL  the gateway (default http://localhost:8080)
//   GREENMAIL_API  GreenMail's REST API (default http://127.0.0.1:8025)
//   CHROMIUM_PATH  the browser (default /usr/bin/chromium)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, newPage, screenshot, step, waitUntil } from '../lib/browser.mjs';

const BASE_URL = (process.env.SKILLSLAB_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const GREENMAIL_API = (process.env.GREENMAIL_API ?? 'http://127.0.0.1:8025').replace(/\/$/, '');
const USER = { email: 'candidate@demo.skillslab.dev', password: 'demo-password' };
const TASK_TITLE = 'Build a REST API with AI Assistance';
const DEFAULT_TASKS = 11;
const EDIT_MARKER = '# touched by the walking skeleton';
const SUBMIT_NOTE = 'Validation first, then persistence; the store has tests.';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Why the gateway cannot serve the SPA its configuration, for failure messages. */
async function diagnoseGateway() {
  try {
    const response = await fetch(`${BASE_URL}/api/config`);
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok) return `GET ${BASE_URL}/api/config answered HTTP ${response.status}`;
    if (!type.includes('json')) return `GET ${BASE_URL}/api/config answered ${type || 'no content type'}, not JSON (is the gateway routing /api?)`;
    return `GET ${BASE_URL}/api/config answered: ${JSON.stringify(await response.json())}`;
  } catch (error) {
    return `${BASE_URL} is not reachable (${error.cause?.code ?? error.message}); start the system or set SKILLSLAB_URL`;
  }
}

async function inbox() {
  const url = `${GREENMAIL_API}/api/user/${encodeURIComponent(USER.email)}/messages/INBOX`;
  const response = await fetch(url);
  if (response.status === 404) return [];
  if (!response.ok) throw new Error(`GET ${url} answered HTTP ${response.status}`);
  const body = await response.json();
  return Array.isArray(body) ? body : (body.messages ?? []);
}

/** Calls the API from the page with the signed-in user's access token (as the SPA does). */
async function apiFromPage(page, path) {
  return page.evaluate(async (apiPath) => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    const token = key ? JSON.parse(sessionStorage.getItem(key)).access_token : null;
    const response = await fetch(apiPath, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
    return { status: response.status, body: await response.text() };
  }, path);
}

test('walking skeleton: sign in, take an assessment, get the score report and the e-mail', { timeout: 600_000 }, async () => {
  const { page, context, problems } = await newPage(browser, { baseURL: BASE_URL });
  page.setDefaultTimeout(30_000);
  let assessmentId;
  let finalScore;

  try {
    await step('open the landing page', async () => {
      try {
        await page.goto('/');
      } catch (error) {
        throw new Error(`Skills Lab is not reachable at ${BASE_URL} (${error.message.split('\n')[0]}); start the system or set SKILLSLAB_URL`);
      }
      await page.getByTestId('sign-in').waitFor({ state: 'visible' });
    });

    await step('sign in with Keycloak', async () => {
      const signIn = page.getByTestId('sign-in');
      try {
        await page.waitForFunction(() => {
          const button = document.querySelector('[data-testid="sign-in"]');
          return button && !button.disabled;
        }, null, { timeout: 20_000 });
      } catch {
        const shown = await page.getByTestId('error-state').allInnerTexts();
        throw new Error(`the Sign in button stayed disabled (${shown.join(' ') || 'no error shown'}); ${await diagnoseGateway()}`);
      }
      await signIn.click();
      try {
        await page.waitForSelector('#username', { timeout: 30_000 });
      } catch {
        throw new Error(`the Keycloak login form did not appear (now at ${page.url()})`);
      }
      await page.fill('#username', USER.email);
      await page.fill('#password', USER.password);
      await page.click('#kc-login');
      try {
        await page.waitForURL('**/dashboard', { timeout: 30_000 });
      } catch {
        const message = await page.locator('#input-error, .alert-error, .kc-feedback-text, [data-testid="auth-callback-error"]').allTextContents();
        throw new Error(`did not reach the dashboard after login (now at ${page.url()}): ${message.join(' ').trim() || 'no message'}`);
      }
    });

    await step(`the dashboard shows the ${DEFAULT_TASKS} default tasks`, async () => {
      const cards = page.getByTestId('task-card');
      try {
        await cards.first().waitFor({ timeout: 30_000 });
      } catch {
        const shown = await page.getByTestId('error-state').allInnerTexts();
        throw new Error(`no task card appeared${shown.length ? `: ${shown.join(' ')}` : ''}`);
      }
      try {
        await waitUntil(async () => (await cards.count()) === DEFAULT_TASKS, { timeoutMs: 15_000, message: 'the task cards' });
      } catch {
        const titles = await page.locator('[data-testid="task-card"] h3').allTextContents();
        throw new Error(`expected ${DEFAULT_TASKS} task cards, found ${titles.length}: ${titles.join(' | ')}`);
      }
    });

    let taskPath;
    await step(`start "${TASK_TITLE}"`, async () => {
      await page.getByTestId('task-card').filter({ hasText: TASK_TITLE }).first().click();
      await page.waitForURL('**/tasks/*');
      taskPath = new URL(page.url()).pathname;
      const start = page.getByTestId('start-assessment');
      const resume = page.getByTestId('resume-attempt');
      await start.or(resume).first().waitFor({ timeout: 30_000 });
      // An attempt an interrupted earlier run left open is resumed rather than doubled (the shared demo account).
      if (await resume.count()) await resume.click();
      else await start.click();
      try {
        await page.waitForURL('**/workspace/*', { timeout: 60_000 });
      } catch {
        const shown = await page.getByTestId('error-state').allInnerTexts();
        throw new Error(`the workspace did not open: ${shown.join(' ') || `still at ${page.url()}`}`);
      }
      assessmentId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
      const gate = page.getByTestId('start-gate');
      await gate.or(page.getByTestId('workspace')).first().waitFor({ timeout: 60_000 });
      if (await gate.count()) await gate.getByTestId('start-assessment').click();
      await page.getByTestId('workspace').waitFor({ timeout: 60_000 });
    });

    await step('the task page offers to resume this attempt instead of starting a second one', async () => {
      await page.goto(taskPath);
      const resume = page.getByTestId('resume-attempt');
      await resume.waitFor({ timeout: 30_000 });
      assert.match(await resume.innerText(), /Resume attempt #\d+/);
      assert.equal(await page.getByTestId('start-assessment').count(), 0, 'no second "Start assessment"');
      await resume.click();
      await page.waitForURL(`**/workspace/${encodeURIComponent(assessmentId)}`, { timeout: 30_000 });
      await page.getByTestId('workspace').waitFor({ timeout: 60_000 });
    });

    let pythonFile;
    await step('the file tree lists the starter files', async () => {
      const files = page.locator('[data-testid="file-tree-item"][data-type="file"]');
      try {
        await files.first().waitFor({ timeout: 90_000 });
      } catch {
        const shown = await page.getByTestId('error-state').allInnerTexts();
        throw new Error(`no file appeared in the tree${shown.length ? `: ${shown.join(' ')}` : ''}`);
      }
      const paths = await files.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-path')));
      const python = paths.filter((p) => p.endsWith('.py'));
      assert.ok(python.length > 0, `a Python file among ${paths.join(', ')}`);
      pythonFile = python.find((p) => !/(^|\/)(test_|__init__)/.test(p)) ?? python[0];
    });

    await step(`edit ${pythonFile ?? 'a Python file'} and see it saved`, async () => {
      await page.locator(`[data-testid="file-tree-item"][data-path="${pythonFile}"]`).click();
      const lines = page.locator('.monaco-editor .view-lines');
      await lines.waitFor({ timeout: 30_000 });
      await lines.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(`\n${EDIT_MARKER}\n`);
      const status = page.getByTestId('save-status');
      // The save waits ~800 ms after the last key, so "unsaved" shows first, then "Saved".
      await page.locator('[data-testid="save-status"]:not([data-state="saved"])').waitFor({ timeout: 5_000 }).catch(() => undefined);
      try {
        await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 30_000 });
      } catch {
        throw new Error(`the editor did not report "Saved" (it shows "${await status.textContent()}")`);
      }
      assert.equal((await status.textContent())?.trim(), 'Saved');
      const read = await apiFromPage(page, `/api/assessments/${encodeURIComponent(assessmentId)}/files/${pythonFile.split('/').map(encodeURIComponent).join('/')}`);
      assert.equal(read.status, 200, `reading ${pythonFile} back: HTTP ${read.status} ${read.body.slice(0, 300)}`);
      assert.ok(JSON.parse(read.body).content.includes(EDIT_MARKER), `the sandbox holds the edit of ${pythonFile}`);
    });

    await step('the terminal runs python3 main.py in the sandbox', async () => {
      const terminal = page.getByTestId('terminal');
      const rows = terminal.locator('.xterm-rows');
      await rows.waitFor({ timeout: 30_000 });
      // Connected once the overlay is gone and the shell has printed its prompt.
      await waitUntil(async () => (await page.getByTestId('terminal-status').count()) === 0 && /\$\s*$/m.test(await rows.innerText()), {
        timeoutMs: 60_000,
        message: 'the terminal connected and showed a prompt',
      });
      await terminal.click();
      await page.keyboard.type('python3 main.py\n');
      await waitUntil(async () => (await rows.innerText()).includes('Todo API listening on http://127.0.0.1:8000'), {
        timeoutMs: 30_000,
        message: 'the output of python3 main.py in the terminal',
      });
      await screenshot(page, 'terminal.png');
      // The server runs until interrupted, as it would on the candidate's own machine.
      await page.keyboard.press('Control+C');
      await waitUntil(async () => /KeyboardInterrupt|\^C/.test(await rows.innerText()), {
        timeoutMs: 15_000,
        message: 'Ctrl+C stops the server',
      });
    });

    await step('a file made in the terminal appears in the file tree by itself', async () => {
      const name = `from_terminal_${Date.now().toString(36)}.txt`;
      await page.getByTestId('terminal').click();
      await page.keyboard.type(`echo made-in-the-terminal > ${name}\n`);
      try {
        await page.locator(`[data-testid="file-tree-item"][data-path="${name}"]`).waitFor({ timeout: 30_000 });
      } catch {
        throw new Error(`${name}, made in the terminal, did not appear in the file tree without a manual refresh`);
      }
    });

    await step('the Run tab runs the visible tests in the sandbox', async () => {
      await page.getByTestId('bottom-tab-run').click();
      const command = await page.getByTestId('run-input').inputValue();
      assert.ok(command.trim().length > 0, 'the Run tab offers the task\'s visible test command');
      await page.getByTestId('run-command').click();
      await page.getByTestId('run-exit-code').waitFor({ timeout: 60_000 });
      const output = await page.getByTestId('run-output').innerText();
      assert.match(output, /Ran \d+ tests?/, `unittest's report in the Run output: ${output.slice(0, 300)}`);
      await screenshot(page, 'run.png');
      await page.getByTestId('bottom-tab-terminal').click();
    });

    await step('chat with the offline assistant', async () => {
      const models = await apiFromPage(page, '/api/ai/models');
      assert.equal(models.status, 200, `GET /api/ai/models: HTTP ${models.status} ${models.body.slice(0, 300)}`);
      const offline = JSON.parse(models.body).models.find((m) => m.offline);
      assert.ok(offline, `an offline model among ${models.body}`);
      await page.getByTestId('model-select').selectOption(offline.id);
      await page.getByTestId('chat-input').fill('Outline the CRUD endpoints I need for the todo API, with a short code example.');
      await page.getByTestId('chat-send').click();
      const answer = page.locator('[data-testid="chat-message-assistant"][data-streaming="false"]').last();
      const failure = page.getByTestId('chat-message-error');
      await answer.or(failure).first().waitFor({ timeout: 90_000 });
      if (await failure.count()) throw new Error(`the assistant answered with an error: ${await failure.last().textContent()}`);
      assert.equal(await answer.getAttribute('data-offline'), 'true', 'the answer is marked as coming from an offline model');
      await answer.getByTestId('model-offline-badge').waitFor();
      await screenshot(page, 'workspace.png');
    });

    await step('a reload brings back the files, the chat and the clock', async () => {
      const chatBefore = await page.getByTestId('chat-message-assistant').count();
      const secondsLeft = (text) => {
        const [h, m, s] = text.match(/(\d+):(\d+):(\d+)/).slice(1).map(Number);
        return h * 3600 + m * 60 + s;
      };
      const before = secondsLeft(await page.getByTestId('timer').innerText());
      await page.reload();
      await page.locator('[data-testid="file-tree-item"][data-type="file"]').first().waitFor({ timeout: 60_000 });
      await waitUntil(async () => (await page.getByTestId('chat-message-assistant').count()) === chatBefore, {
        timeoutMs: 30_000,
        message: `the ${chatBefore} assistant message(s) after the reload`,
      });
      const after = secondsLeft(await page.getByTestId('timer').innerText());
      assert.ok(after <= before && before - after < 120, `the clock continues (${before} s left before, ${after} s after)`);
      await page.locator(`[data-testid="file-tree-item"][data-path="${pythonFile}"]`).click();
      const lines = page.locator('.monaco-editor .view-lines');
      await lines.waitFor({ timeout: 30_000 });
      await lines.click();
      await page.keyboard.press('Control+End'); // the edit is the file's last line
      await lines.getByText(EDIT_MARKER).waitFor({ timeout: 30_000 });
    });

    await step('resized panels keep their sizes across a reload', async () => {
      const width = async (id) => (await page.locator(`#${id}`).boundingBox()).width;
      const drag = async (testId, dx) => {
        const box = await page.getByTestId(testId).boundingBox();
        const x = box.x + box.width / 2;
        const y = box.y + box.height / 2;
        await page.mouse.move(x, y);
        await page.mouse.down();
        await page.mouse.move(x + dx, y, { steps: 10 });
        await page.mouse.up();
      };
      const before = await width('ws-files');
      await drag('separator-files', 80);
      const resized = await width('ws-files');
      assert.ok(resized - before > 60, `dragging the separator widens the files panel (${before} → ${resized} px)`);
      await page.reload();
      await page.locator('[data-testid="file-tree-item"][data-type="file"]').first().waitFor({ timeout: 60_000 });
      await waitUntil(async () => Math.abs((await width('ws-files')) - resized) < 2, {
        timeoutMs: 15_000,
        message: `the files panel at ${resized} px after the reload`,
      });
    });

    let mailsBefore = 0;
    await step('submit the assessment', async () => {
      mailsBefore = (await inbox().catch(() => [])).length;
      await page.getByTestId('submit-assessment').click();
      await page.getByTestId('submit-notes').fill(SUBMIT_NOTE);
      await page.getByTestId('confirm-submit').click();
      try {
        await page.waitForURL('**/results/*', { timeout: 60_000 });
      } catch {
        const shown = await page.getByTestId('error-state').allInnerTexts();
        throw new Error(`submitting did not lead to the results page: ${shown.join(' ') || page.url()}`);
      }
    });

    await step('the score report appears', async () => {
      const score = page.getByTestId('final-score');
      const failed = page.getByTestId('scoring-failed');
      await score.or(failed).first().waitFor({ timeout: 120_000 });
      if (await failed.count()) throw new Error(`scoring failed: ${await failed.textContent()}`);
      await page.getByTestId('proficiency-level').waitFor();
      assert.equal(await page.getByTestId('category-score').count(), 4, 'four category scores');
      await page.getByTestId('submission-note').filter({ hasText: SUBMIT_NOTE }).waitFor();
      assert.match(await page.getByTestId('submission-note').innerText(), /Your note to the reviewer/);
      // The hidden tests' counts are the candidate's to see; what interfered with them is not.
      assert.match(await page.getByTestId('hidden-tests-count').innerText(), /\d+ of 11 hidden tests passed/);
      assert.equal(await page.getByTestId('integrity-flags').count(), 0);
      finalScore = Number((await score.textContent()).trim());
      assert.ok(finalScore >= 0 && finalScore <= 100, `a score between 0 and 100 (got ${finalScore})`);
      await page.waitForTimeout(500); // let the chart settle
      await screenshot(page, 'results.png', { fullPage: true });
    });

    await step('the score e-mail arrives', async () => {
      const rounded = String(Math.round(finalScore));
      const mentionsScore = (subject = '') =>
        subject.includes(String(finalScore)) || new RegExp(`\\b${rounded}\\b`).test(subject) || /score/i.test(subject);
      let subjects = [];
      await waitUntil(
        async () => {
          const messages = await inbox();
          subjects = messages.slice(mailsBefore).map((m) => m.subject ?? '');
          return subjects.some(mentionsScore);
        },
        {
          timeoutMs: 60_000,
          intervalMs: 2_000,
          message: `a message to ${USER.email} mentioning the score ${finalScore} in ${GREENMAIL_API} (new subjects: ${JSON.stringify(subjects)})`,
        },
      );
    });
  } catch (error) {
    await screenshot(page, 'walking-skeleton-failure.png', { fullPage: true }).catch(() => undefined);
    if (problems.length) error.message += `\nbrowser console:\n  ${problems.slice(-10).join('\n  ')}`;
    throw error;
  } finally {
    await context.close();
  }
});
