// The SPA against a mocked backend: serves the built dist with `vite preview`, answers the API,
// the identity provider and the terminal WebSocket through Playwright routing, and walks the
// candidate journey. Needs no running service. Screenshots go to target/smoke-*.png.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, newPage, screenshot, step, waitUntil } from '../lib/browser.mjs';
import { MOCK_USER, installMockBackend } from '../lib/mockBackend.mjs';
import { startPreview } from '../lib/preview.mjs';
import { assertAccessible } from '../lib/axe.mjs';

let preview;
let browser;

before(async () => {
  preview = await startPreview();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await preview?.stop();
});

test('candidate journey against a mocked backend', { timeout: 240_000 }, async () => {
  const { page, context, problems } = await newPage(browser, { baseURL: preview.url });
  const mock = await installMockBackend(page, preview.url, { failFirstTerminalConnections: 2, pastAssessments: 24 });
  page.setDefaultTimeout(20_000);

  await step('landing page', async () => {
    await page.goto('/');
    await page.getByRole('heading', { name: /build software/i }).waitFor();
    await page.getByTestId('sign-in').waitFor({ state: 'visible' });
    await screenshot(page, 'smoke-landing.png', { fullPage: true });
    await assertAccessible(page, 'landing');
  });

  await step('sign in through the (mock) identity provider', async () => {
    await page.getByTestId('sign-in').click();
    await page.waitForSelector('#username');
    await page.fill('#username', MOCK_USER.email);
    await page.fill('#password', MOCK_USER.password);
    await page.click('#kc-login');
    await page.waitForURL('**/dashboard');
    await page.getByTestId('user-name').filter({ hasText: MOCK_USER.name }).waitFor();
  });

  await step('dashboard lists the 11 default tasks and filters them', async () => {
    await page.getByTestId('task-card').first().waitFor();
    assert.equal(await page.getByTestId('task-card').count(), 11);
    await screenshot(page, 'smoke-dashboard.png', { fullPage: true });
    await assertAccessible(page, 'catalogue');
    await page.getByTestId('filter-type').selectOption('bug_fix');
    await waitUntil(async () => (await page.getByTestId('task-card').count()) === 2, { message: '2 bug-fix tasks' });
    await page.getByTestId('filter-type').selectOption('');
    await waitUntil(async () => (await page.getByTestId('task-card').count()) === 11, { message: 'all tasks again' });
  });

  await step('task detail and start', async () => {
    await page.getByTestId('task-card').filter({ hasText: 'Build a REST API with AI Assistance' }).click();
    await page.getByTestId('task-title').filter({ hasText: 'Build a REST API with AI Assistance' }).waitFor();
    await page.getByTestId('weights-table').waitFor();
    await screenshot(page, 'smoke-task.png', { fullPage: true });
    await assertAccessible(page, 'task page');
    await page.getByTestId('start-assessment').click();
    await page.waitForURL('**/workspace/*');
  });

  await step('terminal shows it is unavailable, then connects', async () => {
    await page.locator('[data-testid="terminal-status"][data-status="unavailable"]').waitFor();
    await page.getByTestId('terminal-status').waitFor({ state: 'detached', timeout: 15_000 });
  });

  await step('edit a file and see it saved', async () => {
    await page.locator('[data-testid="file-tree-item"][data-path="app/main.py"]').waitFor();
    await page.locator('[data-testid="file-tree-item"][data-path="app/main.py"]').click();
    await page.locator('.monaco-editor .view-lines').waitFor();
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n# edited in the smoke test\n');
    await page.getByTestId('save-status').filter({ hasText: 'Saved' }).waitFor({ timeout: 15_000 });
    await waitUntil(() => mock.writes.some((w) => w.path === 'app/main.py' && w.content.includes('# edited in the smoke test')), {
      message: 'the PUT of app/main.py',
    });
  });

  await step('type a command in the terminal', async () => {
    await page.locator('.xterm').click();
    await page.keyboard.type('ls');
    await page.keyboard.press('Enter');
    await waitUntil(() => mock.terminalInputs.join('').includes('ls\r'), { message: 'terminal input' });
  });

  await step('a file made in the terminal appears in the tree without a refresh, folders stay as they were', async () => {
    const tests = page.locator('[data-testid="file-tree-item"][data-path="tests"]');
    await tests.click();
    await page.locator('[data-testid="file-tree-item"][data-path="tests/test_main.py"]').waitFor({ state: 'detached' });
    await page.locator('.xterm').click();
    await page.keyboard.type('echo "- [ ] validate titles" > TODO.md');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="file-tree-item"][data-path="TODO.md"]').waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('[role="treeitem"][data-path="tests"]').getAttribute('aria-expanded'), 'false', 'tests/ stays closed');
    assert.equal(await page.locator('[data-testid="file-tree-item"][data-path="tests/test_main.py"]').count(), 0);
    await page.locator('[data-testid="file-tree-item"][data-path="app/main.py"]').waitFor();
    await tests.click();
    await page.locator('[data-testid="file-tree-item"][data-path="tests/test_main.py"]').waitFor();
  });

  await step('the model picker says whose key each model uses and starts on one with a key', async () => {
    const select = page.getByTestId('model-select');
    await page.getByTestId('selected-model-source').waitFor();
    assert.equal(await select.inputValue(), 'claude-sonnet-4', 'the platform model is the default, not the offline one');
    assert.equal((await page.getByTestId('selected-model-source').textContent())?.trim(), 'platform');
    const options = await select.locator('option').allTextContents();
    assert.deepEqual(options, ['Claude Sonnet 4 · platform', 'Skills Lab Assistant · offline']);
    await select.selectOption('offline-assistant');
    await page.getByTestId('selected-model-offline').waitFor();
  });

  await step('chat with the offline assistant', async () => {
    await page.getByTestId('chat-input').fill('Plan the CRUD endpoints for me, please.');
    await page.getByTestId('chat-send').click();
    const answer = page.locator('[data-testid="chat-message-assistant"][data-offline="true"][data-streaming="false"]');
    await answer.waitFor();
    await answer.getByTestId('model-offline-badge').waitFor();
    assert.equal(mock.chatRequests.length, 1);
    assert.equal(mock.chatRequests[0].model, 'offline-assistant');
    // GitHub-flavoured table as a table; a long code line scrolls instead of wrapping.
    await answer.locator('table th').filter({ hasText: 'Method' }).waitFor();
    // The budget line, read again after the answer: the 130 tokens of this chat are spent.
    await page.getByTestId('ai-budget-tokens').filter({ hasText: '49.9k of 50k tokens left' }).waitFor();
    assert.match(await page.getByTestId('ai-budget-requests').innerText(), /^1[89]\/20 requests this minute$/);
    assert.equal(await page.getByTestId('ai-budget').getAttribute('data-warn'), 'false');
    const code = answer.getByTestId('md-code-scroll');
    const sizes = await code.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth}));
    assert.ok(sizes.scroll > sizes.client, `the code block scrolls sideways (${JSON.stringify(sizes)})`);
    await page.waitForTimeout(300);
    await screenshot(page, 'smoke-workspace.png');
    await assertAccessible(page, 'workspace with chat and terminal');
  });

  await step('create, rename and delete a file', async () => {
    await page.getByTestId('left-tab-files').click();
    await page.getByTestId('new-file').click();
    const input = page.getByTestId('new-file-input');
    await input.waitFor();
    assert.equal(await input.inputValue(), 'app/', 'a new file goes next to the open one');
    await input.pressSequentially('helpers.py');
    await input.press('Enter');
    const created = page.locator('[data-testid="file-tree-item"][data-path="app/helpers.py"]');
    await created.waitFor();
    await page.locator('[data-testid="editor-tab"][data-path="app/helpers.py"]').waitFor();

    await created.hover();
    await created.getByTestId('rename-file').click();
    const rename = page.getByTestId('rename-input');
    await rename.fill('app/utils.py');
    await rename.press('Enter');
    const renamed = page.locator('[data-testid="file-tree-item"][data-path="app/utils.py"]');
    await renamed.waitFor();
    await page.locator('[data-testid="editor-tab"][data-path="app/utils.py"]').waitFor();
    assert.equal(await created.count(), 0);

    await renamed.hover();
    await renamed.getByTestId('delete-file').click();
    await page.getByTestId('confirm-delete').click();
    await renamed.waitFor({ state: 'detached' });
    assert.equal(await page.locator('[data-testid="editor-tab"][data-path="app/utils.py"]').count(), 0);
    assert.ok(!('app/utils.py' in mock.files) && !('app/helpers.py' in mock.files), 'the sandbox no longer has the file');
    await page.locator('[data-testid="file-tree-item"][data-path="app/main.py"]').click();
  });

  await step('write planning notes', async () => {
    await page.getByTestId('left-tab-notes').click();
    await page.getByTestId('notes-input').fill('1. Add POST /todos\n2. Validate titles\n3. Test');
    await page.getByTestId('left-tab-task').click();
    await page.getByTestId('task-description').waitFor();
    await page.getByTestId('left-tab-files').click();
  });

  await step('panels resize by dragging their separators and keep their sizes across a reload', async () => {
    const width = async (id) => (await page.locator(`#${id}`).boundingBox()).width;
    const height = async (id) => (await page.locator(`#${id}`).boundingBox()).height;
    const drag = async (testId, dx, dy) => {
      const box = await page.getByTestId(testId).boundingBox();
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + dx, y + dy, { steps: 10 });
      await page.mouse.up();
    };
    const filesBefore = await width('ws-files');
    const chatBefore = await width('ws-chat');
    const bottomBefore = await height('ws-bottom');
    await drag('separator-files', 100, 0);
    await drag('separator-chat', -60, 0);
    await drag('separator-bottom', 0, -120);
    const files = await width('ws-files');
    const chat = await width('ws-chat');
    const bottom = await height('ws-bottom');
    assert.ok(Math.abs(files - filesBefore - 100) < 4, `files panel ${filesBefore} → ${files}`);
    assert.ok(Math.abs(chat - chatBefore - 60) < 4, `chat panel ${chatBefore} → ${chat}`);
    assert.ok(Math.abs(bottom - bottomBefore - 120) < 4, `bottom panel ${bottomBefore} → ${bottom}`);

    // The collapse button folds the terminal to its tab bar and brings it back at its size.
    await page.getByTestId('toggle-bottom-panel').click();
    await waitUntil(async () => (await height('ws-bottom')) < 40, { message: 'the bottom panel collapsed' });
    await page.getByTestId('toggle-bottom-panel').click();
    await waitUntil(async () => Math.abs((await height('ws-bottom')) - bottom) < 2, { message: 'the bottom panel expanded' });

    // The editor and the terminal fit themselves to the new sizes.
    const editor = await page.locator('.monaco-editor').boundingBox();
    const editorSlot = await page.locator('#ws-editor .editor-body').boundingBox();
    assert.ok(Math.abs(editor.width - editorSlot.width) < 2, `Monaco ${editor.width} fills its panel ${editorSlot.width}`);
    const term = await page.locator('.xterm-screen').boundingBox();
    const termSlot = await page.locator('.terminal-host').boundingBox();
    assert.ok(termSlot.width - term.width < 20 && termSlot.height - term.height < 24, `xterm ${JSON.stringify(term)} fills ${JSON.stringify(termSlot)}`);

    await page.reload();
    await page.locator('.monaco-editor .view-lines').waitFor();
    await waitUntil(async () => Math.abs((await width('ws-files')) - files) < 2, { message: `files panel ${files} px after the reload` });
    assert.ok(Math.abs((await width('ws-chat')) - chat) < 2, 'chat panel width kept');
    assert.ok(Math.abs((await height('ws-bottom')) - bottom) < 2, 'bottom panel height kept');

    // Separators are keyboard-accessible.
    const separator = page.getByTestId('separator-files');
    assert.equal(await separator.getAttribute('role'), 'separator');
    await separator.focus();
    await page.keyboard.press('ArrowLeft');
    await waitUntil(async () => (await width('ws-files')) < files - 4, { message: 'the arrow key narrows the files panel' });
    await page.keyboard.press('ArrowRight');
    await screenshot(page, 'smoke-workspace-resized.png');
  });

  await step('a reload brings the session back', async () => {
    await page.reload();
    await page.getByTestId('chat-message-assistant').first().waitFor();
    await page.locator('[data-testid="editor-tab"][data-path="app/main.py"]').waitFor();
    await page.locator('.monaco-editor .view-lines').filter({ hasText: 'edited in the smoke test' }).waitFor();
    await page.getByTestId('timer').filter({ hasText: /\d:\d\d/ }).waitFor();
  });

  await step('keyboard only: skip link, file tree, editor, terminal and chat, leaving each with the documented keys', async () => {
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return {
          testId: el?.getAttribute('data-testid') ?? null,
          path: el?.getAttribute('data-path') ?? null,
          role: el?.getAttribute('role') ?? null,
          inEditor: Boolean(el?.closest('.monaco-editor')),
          inTerminal: Boolean(el?.closest('.xterm')),
        };
      });
    const tabUntil = async (reached, what, max = 40) => {
      for (let i = 0; i < max; i++) {
        if (reached(await focused())) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${what} (last: ${JSON.stringify(await focused())})`);
    };
    // Start from the top of the page, as after loading it (the editor took focus when it opened).
    await page.evaluate(() => {
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    await page.keyboard.press('Tab');
    assert.equal((await focused()).testId, 'skip-link', 'the first Tab reaches the skip link');
    await screenshot(page, 'smoke-keyboard-skip-link.png');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'ws-columns', 'the skip link moves to the workspace');
    await page.keyboard.press('Tab');
    assert.equal((await focused()).testId, 'left-tab-files', 'the next Tab is the first thing in the workspace');

    // The file tree is one Tab stop; the arrow keys walk it, Enter opens a file.
    await tabUntil((f) => f.role === 'treeitem', 'the file tree');
    for (let i = 0; i < 20 && (await focused()).path !== 'README.md'; i++) await page.keyboard.press('ArrowDown');
    assert.equal((await focused()).path, 'README.md', 'ArrowDown reaches README.md');
    await page.keyboard.press('Home');
    assert.equal((await focused()).path, 'app', 'Home goes to the first row');
    await page.keyboard.press('ArrowDown');
    assert.equal((await focused()).path, 'app/__init__.py', 'ArrowDown enters the open folder');
    await page.keyboard.press('ArrowLeft');
    assert.equal((await focused()).path, 'app', 'ArrowLeft goes to the parent folder');
    await page.keyboard.press('ArrowLeft');
    await page.locator('[role="treeitem"][data-path="app"][aria-expanded="false"]').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.locator('[role="treeitem"][data-path="app"][aria-expanded="true"]').waitFor();
    await screenshot(page, 'smoke-keyboard-tree.png');
    await page.keyboard.press('End');
    for (let i = 0; i < 20 && (await focused()).path !== 'README.md'; i++) await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="editor-tab"][data-path="README.md"][aria-selected="true"]').waitFor();

    // Into the editor, type, and out again with Ctrl+M (Tab moves focus), then Tab.
    await tabUntil((f) => f.inEditor, 'the editor');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nTyped without a mouse.\n');
    await waitUntil(() => mock.writes.some((w) => w.path === 'README.md' && w.content.includes('Typed without a mouse.')), {
      message: 'the PUT of README.md typed by keyboard',
    });
    await page.getByTestId('editor-focus-hint').waitFor();
    await page.keyboard.press('Control+M');
    await page.keyboard.press('Tab');
    assert.equal((await focused()).inEditor, false, 'Ctrl+M then Tab leaves the editor');
    await page.keyboard.press('Control+M');

    // The terminal keeps Tab for completion; Escape then Tab leaves it.
    await tabUntil((f) => f.inTerminal, 'the terminal');
    await page.keyboard.type('pwd');
    await page.keyboard.press('Enter');
    await waitUntil(() => mock.terminalInputs.join('').includes('pwd\r'), { message: 'the keyboard-typed terminal command' });
    await page.keyboard.press('Tab');
    assert.equal((await focused()).inTerminal, true, 'Tab alone stays in the terminal');
    await page.getByTestId('terminal-focus-hint').waitFor();
    await screenshot(page, 'smoke-keyboard-terminal.png');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    assert.equal((await focused()).inTerminal, false, 'Escape then Tab leaves the terminal');

    // On to the chat: Enter sends.
    const before = mock.chatRequests.length;
    await tabUntil((f) => f.testId === 'chat-input', 'the chat input');
    await page.keyboard.type('What does the keyboard walk cover?');
    await screenshot(page, 'smoke-keyboard-chat.png');
    await page.keyboard.press('Enter');
    await waitUntil(() => mock.chatRequests.length === before + 1, { message: 'the chat message sent with Enter' });
    await page.locator('[data-testid="chat-message-assistant"][data-streaming="false"]').nth(1).waitFor();
  });

  await step('run the tests from the Run tab', async () => {
    await page.getByTestId('bottom-tab-run').click();
    await page.getByTestId('run-time-limit').filter({ hasText: 'limit 60 s' }).waitFor();
    await page.getByTestId('run-command').click();
    await page.locator('[data-testid="run-exit-code"][data-outcome="success"]').filter({ hasText: 'exit 0' }).waitFor();
    // unittest reports on stderr: labelled, and not coloured as an error.
    const stderr = page.getByTestId('run-stderr');
    await stderr.filter({ hasText: 'Ran 3 tests' }).waitFor();
    const colour = await stderr.locator('pre').evaluate((el) => getComputedStyle(el).color);
    assert.equal(colour, 'rgb(230, 237, 243)', 'stderr has the normal text colour');
    await screenshot(page, 'smoke-workspace-run.png');
    await assertAccessible(page, 'workspace run tab');
  });

  await step('stop a long run from the Run tab', async () => {
    await page.getByTestId('run-input').fill('python3 -m http.server 8000');
    await page.getByTestId('run-command').click();
    await page.getByTestId('run-elapsed').filter({ hasText: '/ 60 s' }).waitFor();
    await page.getByTestId('run-running').waitFor();
    await screenshot(page, 'smoke-workspace-run-running.png');
    await page.getByTestId('run-stop').click();
    await page.locator('[data-testid="run-exit-code"][data-outcome="stopped"]').filter({ hasText: /^stopped$/ }).waitFor();
    assert.equal(mock.runStops, 1, 'one POST /run/stop');
    assert.equal(await page.getByTestId('run-stop').count(), 0, 'no Stop button once the run ended');
    assert.ok(await page.getByTestId('run-command').isEnabled(), 'a new run can start');
  });

  await step('submit and wait for the score', async () => {
    await page.getByTestId('submit-assessment').click();
    await page.getByTestId('confirm-submit').click();
    await page.waitForURL('**/results/*');
    await page.getByTestId('scoring-progress').waitFor();
    await screenshot(page, 'smoke-scoring.png');
    await assertAccessible(page, 'results while scoring');
    await page.getByTestId('final-score').waitFor({ timeout: 30_000 });
    await page.getByTestId('proficiency-level').waitFor();
    assert.equal(await page.getByTestId('category-score').count(), 4);
    assert.equal((await page.getByTestId('final-score').textContent())?.trim(), '73.9');
    await page.waitForTimeout(500);
    await screenshot(page, 'smoke-results.png', { fullPage: true });
    await assertAccessible(page, 'results');
  });

  await step('replay your own session', async () => {
    await page.getByTestId('own-replay-open').click();
    const replay = page.getByTestId('report-replay');
    await replay.waitFor();
    await page.getByTestId('replay-scrubber').fill('3');
    await page.locator('[data-testid="replay-code"][data-path="reconcile.py"]').waitFor();
    await page.getByTestId('replay-diff').filter({ hasText: 'by_ref' }).waitFor();
    assert.equal(await replay.locator('[data-kind="integrity"]').count(), 0);
  });

  await step('share: publish the result, copy its public link, revoke it', async () => {
    await page.getByTestId('share-name-initials').check();
    await page.getByTestId('share-publish').click();
    const url = await page.getByTestId('share-url').inputValue();
    assert.match(url, /\/r\/[A-Za-z0-9_-]{22}$/, 'the public link is a /r/ address');
    assert.deepEqual(mock.shares.at(-1)?.nameDisplay, 'initials');
    const linkedIn = new URL(await page.getByTestId('share-linkedin').getAttribute('href'));
    assert.equal(linkedIn.searchParams.get('url'), url, 'LinkedIn shares the public link, not the home page');
    const x = new URL(await page.getByTestId('share-x').getAttribute('href'));
    assert.equal(x.searchParams.get('url'), url, 'X shares the public link');
    await page.getByTestId('copy-link').click();
    await page.getByTestId('toast').filter({ hasText: 'Link copied to clipboard' }).waitFor();
    await page.getByTestId('share-revoke').click();
    await page.getByTestId('share-url').waitFor({ state: 'detached' });
  });

  await step('tracking reached the server and holds no AI events', async () => {
    const types = new Set(mock.tracked.map((e) => e.type));
    for (const expected of ['file_open', 'code_snapshot', 'terminal_command', 'test_run', 'file_op', 'note']) {
      assert.ok(types.has(expected), `a ${expected} event was tracked (got ${[...types].join(', ')})`);
    }
    assert.ok(!types.has('ai_prompt') && !types.has('ai_response'), 'the client never sends AI events');
    const snapshot = mock.tracked.filter((e) => e.type === 'code_snapshot' && e.data.path === 'app/main.py').at(-1);
    assert.ok(snapshot?.data.content.includes('# edited in the smoke test'), 'the last snapshot has the final content');
    assert.ok(mock.tracked.find((e) => e.type === 'terminal_command' && e.data.command === 'ls'), 'the ls command was tracked');
    const ops = mock.tracked.filter((e) => e.type === 'file_op').map((e) => [e.data.op, e.data.path, e.data.newPath ?? null]);
    assert.deepEqual(ops, [
      ['create', 'app/helpers.py', null],
      ['rename', 'app/helpers.py', 'app/utils.py'],
      ['delete', 'app/utils.py', null],
    ]);
    assert.equal(new Set(mock.tracked.map((e) => e.id)).size, mock.tracked.length, 'event ids are unique');
    assert.deepEqual(mock.unauthenticated, [], 'every API call carried a bearer token');
  });

  await step('the dashboard lists the scored assessment', async () => {
    await page.goto('/dashboard');
    const row = page.getByTestId('assessment-row').first();
    await row.waitFor();
    assert.match(await row.innerText(), /Scored/);
    assert.equal((await row.getByTestId('assessment-action').textContent())?.trim(), 'View results');
    await page.getByTestId('progress-chart').waitFor();
    assert.equal(await page.getByTestId('progress-row').count(), 25);
    await screenshot(page, 'smoke-dashboard-assessments.png');
    await assertAccessible(page, 'dashboard with assessments');
  });

  await step('the AI keys section: add an own server, test it to see the models it unlocks, delete it', async () => {
    // Where a task that needs your own key sends you.
    await page.goto('/account#ai-keys');
    const section = page.getByTestId('ai-keys-section');
    await section.waitFor();
    await page.getByTestId('ai-key-openai-compatible-edit').click();
    assert.equal(await page.getByTestId('ai-key-openai-compatible-apiKey').getAttribute('type'), 'password');
    // A private address is refused by the server; its words land under the field.
    await page.getByTestId('ai-key-openai-compatible-baseUrl').fill('https://10.0.0.5/v1');
    await page.getByTestId('ai-key-openai-compatible-save').click();
    await section.getByText('Base URL points at a private, loopback or link-local address').waitFor();
    await page.getByTestId('ai-key-openai-compatible-baseUrl').fill('http://localhost:11434/v1');
    await page.getByTestId('ai-key-openai-compatible-apiKey').fill('sk-ollama-local-5678');
    await page.getByTestId('ai-key-openai-compatible-save').click();
    const stored = page.getByTestId('ai-key-openai-compatible-stored');
    await stored.waitFor();
    assert.match(await stored.innerText(), /\.\.\.5678 at http:\/\/localhost:11434\/v1/);
    assert.ok(!(await section.innerText()).includes('sk-ollama-local-5678'), 'the key is never shown again');
    assert.ok(
      ![...mock.aiKeys.values()].some((k) => JSON.stringify({ ...k, apiKey: undefined }).includes('sk-ollama-local-5678')),
      'the mock keeps the key only in its own field',
    );
    await page.getByTestId('ai-key-openai-compatible-test').click();
    const result = page.getByTestId('ai-key-test-openai-compatible');
    await result.getByText('The key works').waitFor();
    assert.match(await result.innerText(), /qwen2\.5-coder:7b/);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'smoke-account-ai-keys.png', { fullPage: true });

    await page.getByTestId('ai-key-openai-compatible-delete').click();
    await page.getByTestId('ai-key-openai-compatible-confirm-delete').click();
    await page.getByTestId('ai-key-openai-compatible').getByText('No key stored.').waitFor();
    assert.equal(mock.aiKeys.size, 0);
  });

  await step('the dashboard pages and filters the list in the URL', async () => {
    await page.goto('/dashboard');
    await page.getByTestId('assessment-pages-range').filter({ hasText: '1–20 of 25' }).waitFor();
    await page.getByTestId('assessment-pages-next').click();
    await page.getByTestId('assessment-pages-range').filter({ hasText: '21–25 of 25' }).waitFor();
    assert.match(page.url(), /[?&]page=2/);
    assert.equal(await page.getByTestId('assessment-row').count(), 5);
    await page.getByTestId('assessment-filter-task').selectOption({ label: 'Build a REST API with AI Assistance' });
    await waitUntil(async () => (await page.getByTestId('assessment-row').count()) === 1, { message: 'one attempt of the REST task' });
    assert.doesNotMatch(page.url(), /[?&]page=/);
    assert.match(page.url(), /[?&]task=/);
    await page.reload();
    await waitUntil(async () => (await page.getByTestId('assessment-row').count()) === 1, { message: 'the filter survives a reload' });
    await page.getByTestId('assessment-filter-clear').click();
    await page.getByTestId('assessment-pages-range').filter({ hasText: '1–20 of 25' }).waitFor();
  });

  await step('unknown pages show a 404', async () => {
    await page.goto('/no-such-page');
    await page.getByTestId('not-found').waitFor();
    await assertAccessible(page, 'not found');
  });

  await step('the workspace of a submitted assessment goes to its results', async () => {
    const id = mock.submitted[0].id;
    await page.goto(`/workspace/${id}`);
    await page.waitForURL(`**/results/${id}`);
    await page.getByTestId('final-score').waitFor();
  });

  assert.deepEqual(
    problems.filter((p) => !/Failed to load resource|WebSocket/i.test(p)),
    [],
    'no errors in the browser console',
  );
  await context.close();
});
