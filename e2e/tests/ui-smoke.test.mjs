// The SPA against a mocked backend: serves the built dist with `vite preview`, answers the API,
// the identity provider and the terminal WebSocket through Playwright routing, and walks the
// candidate journey. Needs no running service. Screenshots go to target/smoke-*.png.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, newPage, screenshot, step, waitUntil } from '../lib/browser.mjs';
import { MOCK_USER, installMockBackend } from '../lib/mockBackend.mjs';
import { startPreview } from '../lib/preview.mjs';

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
  const mock = await installMockBackend(page, preview.url, { failFirstTerminalConnections: 2 });
  page.setDefaultTimeout(20_000);

  await step('landing page', async () => {
    await page.goto('/');
    await page.getByRole('heading', { name: /build software/i }).waitFor();
    await page.getByTestId('sign-in').waitFor({ state: 'visible' });
    await screenshot(page, 'smoke-landing.png', { fullPage: true });
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
    assert.equal(await page.locator('[role="treeitem"]:has(> [data-path="tests"])').getAttribute('aria-expanded'), 'false', 'tests/ stays closed');
    assert.equal(await page.locator('[data-testid="file-tree-item"][data-path="tests/test_main.py"]').count(), 0);
    await page.locator('[data-testid="file-tree-item"][data-path="app/main.py"]').waitFor();
    await tests.click();
    await page.locator('[data-testid="file-tree-item"][data-path="tests/test_main.py"]').waitFor();
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
    const code = answer.getByTestId('md-code-scroll');
    const sizes = await code.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth}));
    assert.ok(sizes.scroll > sizes.client, `the code block scrolls sideways (${JSON.stringify(sizes)})`);
    await page.waitForTimeout(300);
    await screenshot(page, 'smoke-workspace.png');
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
    await page.getByTestId('final-score').waitFor({ timeout: 30_000 });
    await page.getByTestId('proficiency-level').waitFor();
    assert.equal(await page.getByTestId('category-score').count(), 4);
    assert.equal((await page.getByTestId('final-score').textContent())?.trim(), '73.9');
    await page.waitForTimeout(500);
    await screenshot(page, 'smoke-results.png', { fullPage: true });
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
    await screenshot(page, 'smoke-dashboard-assessments.png');
  });

  await step('unknown pages show a 404', async () => {
    await page.goto('/no-such-page');
    await page.getByTestId('not-found').waitFor();
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
