// Accounts and the business area against a mocked backend (like ui-smoke.test.mjs: `vite preview` of the built
// SPA, API and identity provider answered by lib/mockBackend.mjs). Walks sign-up's three steps, the account page
// (edit, delete), the 403 of the business area, creating a task with a custom category and files, the preview,
// duplicate/delete, drafts and publishing, the business home, the invite form (with a retake allowed), the invitation
// list (copy link, resend, a scored assessment with its report) and the candidate's side of an invitation.
// Screenshots go to target/business-*.png.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { TARGET_DIR, launchBrowser, newPage, screenshot, step, waitUntil } from '../lib/browser.mjs';
import { MOCK_BUSINESS, MOCK_USER, installMockBackend } from '../lib/mockBackend.mjs';
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

/** Whether two elements' boxes overlap on screen. */
async function overlap(a, b) {
  // A toast that timed out in the meantime covers nothing.
  const box = (locator) => locator.boundingBox({ timeout: 2000 }).catch(() => null);
  const [p, q] = [await box(a), await box(b)];
  if (!p || !q) return false;
  return p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
}

/** Errors the browser logs for the 4xx answers this test provokes on purpose are expected. */
function unexpected(problems) {
  return problems.filter((p) => !/Failed to load resource|WebSocket/i.test(p));
}

async function signInAt(page, account) {
  await page.waitForSelector('#username');
  await page.fill('#username', account.email);
  await page.fill('#password', account.password);
  await page.click('#kc-login');
}

test('sign-up, account page and the 403 of the business area', { timeout: 180_000 }, async () => {
  const { page, context, problems } = await newPage(browser, { baseURL: preview.url });
  const mock = await installMockBackend(page, preview.url);
  page.setDefaultTimeout(15_000);
  const person = { email: 'new.person@example.com', password: 'correct-horse-battery' };

  await step('the landing page links to sign-up', async () => {
    await page.goto('/');
    await page.getByTestId('landing-sign-up').click();
    await page.waitForURL('**/sign-up');
    await page.locator('[data-testid="sign-up-page"][data-step="type"]').waitFor();
    assert.equal(await page.getByTestId('account-type-individual').locator('li').count(), 3);
    assert.equal(await page.getByTestId('account-type-business').locator('li').count(), 4);
    await screenshot(page, 'business-signup-type.png', { fullPage: true });
    await assertAccessible(page, 'sign-up: account type');
  });

  await step('step 2 as a business: inline errors for every empty field', async () => {
    await page.getByTestId('account-type-business').click();
    await page.getByTestId('sign-up-continue').click();
    await page.locator('[data-testid="sign-up-page"][data-step="details"][data-account-type="business"]').waitFor();
    await page.getByTestId('sign-up-submit').click();
    for (const field of ['firstName', 'lastName', 'email', 'password', 'confirmPassword', 'companyName', 'companySize', 'companyIndustry']) {
      await page.getByTestId(`signup-${field}-error`).waitFor();
    }
    assert.equal(mock.signUps.length, 0, 'nothing is sent while the form has errors');
    await screenshot(page, 'business-signup-errors.png', { fullPage: true });
    await assertAccessible(page, 'sign-up: details with errors');
  });

  await step('an address that already has an account: answered like a new one (its owner is told by email)', async () => {
    await page.fill('#signup-firstName', 'Pat');
    await page.fill('#signup-lastName', 'Person');
    await page.fill('#signup-email', MOCK_USER.email);
    await page.fill('#signup-password', person.password);
    await page.fill('#signup-confirmPassword', person.password);
    await page.fill('#signup-companyName', 'Acme Ltd');
    await page.selectOption('#signup-companySize', '51-200');
    await page.selectOption('#signup-companyIndustry', 'finance');
    await page.getByTestId('sign-up-submit').click();
    await page.locator('[data-testid="sign-up-page"][data-step="verify"]').waitFor();
    await page.getByTestId('verify-sent').filter({ hasText: 'If the address already has an account' }).waitFor();
    assert.equal(await page.getByTestId('signup-email-error').count(), 0, 'nothing says the address is taken');
    assert.deepEqual(mock.signUpNotices, [MOCK_USER.email]);
    const sent = mock.signUps.at(-1);
    assert.deepEqual(
      { accountType: sent.accountType, companyName: sent.companyName, companySize: sent.companySize, companyIndustry: sent.companyIndustry },
      { accountType: 'business', companyName: 'Acme Ltd', companySize: '51-200', companyIndustry: 'finance' },
    );
    assert.ok(!('confirmPassword' in sent), 'the confirmation stays in the browser');
  });

  await step('back to step 1, switch to individual; a password mismatch is caught in the form', async () => {
    await page.getByTestId('sign-up-start-again').click();
    await page.getByTestId('sign-up-back').click();
    await page.getByTestId('account-type-individual').click();
    await page.getByTestId('sign-up-continue').click();
    await page.locator('[data-testid="sign-up-page"][data-step="details"][data-account-type="individual"]').waitFor();
    assert.equal(await page.locator('#signup-companyName').count(), 0, 'no company fields for an individual');
    assert.equal(await page.inputValue('#signup-firstName'), 'Pat', 'the details are kept');
    await page.fill('#signup-email', person.email);
    await page.fill('#signup-confirmPassword', 'something-else');
    const before = mock.signUps.length;
    await page.getByTestId('sign-up-submit').click();
    await page.getByTestId('signup-confirmPassword-error').filter({ hasText: 'do not match' }).waitFor();
    assert.equal(mock.signUps.length, before);
  });

  await step('create the account: step 3 asks to verify the email, without company fields sent', async () => {
    // The password fields were emptied when the earlier attempt was accepted: nothing keeps a password after sending it.
    await page.fill('#signup-password', person.password);
    await page.fill('#signup-confirmPassword', person.password);
    await page.getByTestId('sign-up-submit').click();
    await page.locator('[data-testid="sign-up-page"][data-step="verify"]').waitFor();
    await page.getByTestId('verify-email').filter({ hasText: person.email }).waitFor();
    const sent = mock.signUps.at(-1);
    assert.deepEqual(sent, {
      accountType: 'individual',
      firstName: 'Pat',
      lastName: 'Person',
      email: person.email,
      password: person.password,
    });
    await screenshot(page, 'business-signup-verify.png', { fullPage: true });
    await assertAccessible(page, 'sign-up: verify the email');
  });

  await step('"send it again" asks for another verification email', async () => {
    const before = mock.verificationEmails.length;
    await page.getByTestId('resend-verification').click();
    await page.getByTestId('resend-status').filter({ hasText: person.email }).waitFor();
    assert.equal(mock.verificationEmails.length, before + 1);
    assert.equal(mock.verificationEmails.at(-1), person.email);
    assert.ok(await page.getByTestId('resend-verification').isDisabled(), 'a short pause before the next one');
  });

  await step('the verification link ends at /sign-in?verified=1: the sign-in opens with the address filled in and says it is verified', async () => {
    mock.verify(person.email);
    await page.goto(`/sign-in?verified=1&email=${encodeURIComponent(person.email)}`);
    await page.waitForSelector('#username');
    assert.equal(await page.inputValue('#username'), person.email, 'the address is filled in');
    const request = mock.authRequests.at(-1);
    assert.equal(request.login_hint, person.email);
    assert.equal(request.skillslab_notice, 'email-verified', 'the sign-in page is told to say the email is verified');
    await screenshot(page, 'business-signin-verified.png');
    await signInAt(page, person);
    await page.waitForURL('**/dashboard');
    await page.getByTestId('user-name').filter({ hasText: 'Pat Person' }).waitFor();
    assert.equal(await page.getByTestId('nav-business').count(), 0, 'no Business link for an individual');
    await page.getByTestId('nav-account').waitFor();
  });

  await step('an individual gets the friendly 403 in the business area', async () => {
    await page.goto('/business');
    await page.getByTestId('business-forbidden').waitFor();
    await screenshot(page, 'business-forbidden.png');
    await assertAccessible(page, 'business area refused');
    await page.goto('/business/tasks/new');
    await page.getByTestId('business-forbidden').waitFor();
  });

  await step('the account page shows the profile and saves new names', async () => {
    await page.getByTestId('nav-account').click();
    await page.waitForURL('**/account');
    await page.getByTestId('account-email').filter({ hasText: person.email }).waitFor();
    assert.equal((await page.getByTestId('account-type').textContent()).trim(), 'Individual');
    assert.equal(await page.inputValue('#profile-firstName'), 'Pat');
    assert.equal(await page.locator('#profile-companyName').count(), 0);
    await page.getByTestId('deletion-explanation').first().waitFor();
    await screenshot(page, 'business-account.png', { fullPage: true });
    await assertAccessible(page, 'account');
    await page.fill('#profile-firstName', 'Patricia');
    await page.getByTestId('save-profile').click();
    await page.getByTestId('toast').filter({ hasText: 'Your profile was saved' }).waitFor();
    assert.deepEqual(mock.profileUpdates.at(-1), { firstName: 'Patricia', lastName: 'Person' });
    await page.getByTestId('user-name').filter({ hasText: 'Patricia Person' }).waitFor();
    await page.getByTestId('account-name').filter({ hasText: 'Patricia Person' }).waitFor();
  });

  await step('a two-word first name and a name with < survive a reload of the account page', async () => {
    await page.fill('#profile-firstName', 'Mary Ann');
    await page.fill('#profile-lastName', 'Smith <Jr>');
    await page.getByTestId('save-profile').click();
    await page.getByTestId('account-name').filter({ hasText: 'Mary Ann Smith <Jr>' }).waitFor();
    assert.deepEqual(mock.profileUpdates.at(-1), { firstName: 'Mary Ann', lastName: 'Smith <Jr>' });
    await page.reload();
    await page.getByTestId('account-email').filter({ hasText: person.email }).waitFor();
    assert.equal(await page.inputValue('#profile-firstName'), 'Mary Ann');
    assert.equal(await page.inputValue('#profile-lastName'), 'Smith <Jr>');
    await page.getByTestId('account-created').waitFor();
  });

  await step('download my data: a failure says so, then the ZIP downloads with the access token', async () => {
    const button = page.getByTestId('export-data');
    await button.waitFor();
    mock.failNextPersonalExports = 1;
    await button.click();
    await page.getByTestId('export-data-section').getByRole('alert').filter({ hasText: 'Your data could not be exported' }).waitFor();
    await page.getByTestId('export-data-section').getByText('nothing was exported').waitFor();
    await screenshot(page, 'business-account-export-failed.png');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    assert.match(download.suggestedFilename(), /^skills-lab-export-\d{4}-\d{2}-\d{2}\.zip$/);
    const bytes = await readFile(await download.path());
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a ZIP file');
    assert.ok(bytes.includes(Buffer.from('export.json')), 'the ZIP holds export.json');
    assert.match(mock.personalExports.at(-1), /application\/zip/);
    await page.getByRole('status').filter({ hasText: /Your export skills-lab-export-.*\.zip was downloaded/ }).waitFor();
    assert.equal(await page.getByTestId('export-data-section').getByRole('alert').count(), 0, 'the earlier error is gone');
    await screenshot(page, 'business-account-export.png');
    await assertAccessible(page, 'account: data export');
  });

  await step('deleting the account needs the typed confirmation, then lands on / with a notice', async () => {
    await page.getByTestId('delete-account').click();
    await page.getByTestId('delete-account-dialog').waitFor();
    assert.ok(await page.getByTestId('confirm-delete-account').isDisabled());
    await page.getByTestId('delete-confirm-input').fill('delete');
    assert.ok(await page.getByTestId('confirm-delete-account').isDisabled(), 'the exact word is needed');
    await page.getByTestId('delete-confirm-input').fill('DELETE');
    await screenshot(page, 'business-account-delete.png');
    await assertAccessible(page, 'account: delete dialog');
    await page.getByTestId('confirm-delete-account').click();
    await page.getByTestId('account-deleted-notice').waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    assert.ok(mock.users.get(person.email).deleted, 'DELETE /api/me was called');
    await page.getByTestId('sign-in').waitFor();
    const session = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('oidc.user:')));
    assert.deepEqual(session, [], 'the session is gone from the browser');
    await screenshot(page, 'business-account-deleted.png');
  });

  assert.deepEqual(unexpected(problems), [], 'no errors in the browser console');
  await context.close();
});

test('business: tasks with custom scoring and files, invitations, and the candidate side', { timeout: 240_000 }, async () => {
  const business = await newPage(browser, { baseURL: preview.url });
  const page = business.page;
  const mock = await installMockBackend(page, preview.url);
  page.setDefaultTimeout(15_000);
  const title = 'Harden a payments webhook';
  let taskId;
  let inviteLink;
  let wrongInviteLink;

  await step('sign in as a business: the home walks through create, publish, invite; no own task yet', async () => {
    await page.goto('/');
    await page.getByTestId('header-sign-in').click();
    await signInAt(page, MOCK_BUSINESS);
    await page.waitForURL(/\/(dashboard|business)$/);
    await page.getByTestId('nav-business').click();
    await page.waitForURL('**/business');
    await page.getByTestId('business-home').waitFor();
    await page.getByTestId('company-name').filter({ hasText: 'Demo Corp' }).waitFor();
    for (const key of ['create', 'publish', 'invite']) {
      await page.locator(`[data-testid="start-step-${key}"][data-done="false"]`).waitFor();
    }
    await page.getByTestId('home-results').getByTestId('no-results').waitFor();
    assert.ok(await page.getByTestId('home-invite-candidate').isDisabled(), 'nothing to invite to yet');
    await screenshot(page, 'business-home-empty.png', { fullPage: true });
    await assertAccessible(page, 'business home, no task yet');
    await page.getByTestId('business-tab-tasks').click();
    await page.waitForURL('**/business/tasks');
    await page.getByTestId('empty-state').waitFor();
    await page.getByTestId('default-tasks').waitFor();
    await screenshot(page, 'business-my-tasks-empty.png', { fullPage: true });
    await assertAccessible(page, 'my tasks, empty');
  });

  await step('details: inline errors, markdown preview, and the type switches the untouched scoring', async () => {
    await page.getByTestId('new-task').click();
    await page.waitForURL('**/business/tasks/new');
    await page.locator('[data-testid="task-wizard"][data-mode="create"]').waitFor();
    assert.ok(await page.getByTestId('wizard-step-files').isDisabled(), 'files come after creating the task');
    assert.equal(await page.getByTestId('task-public').count(), 0, 'visibility is chosen when publishing, not in the form');
    await page.getByTestId('save-task').click();
    await page.getByTestId('task-title-error').waitFor();
    await page.getByTestId('task-description-error').waitFor();
    assert.equal(mock.taskWrites.length, 0);
    await page.getByTestId('task-title-input').fill(title);
    await page.getByTestId('task-description-input').fill(
      '## Task Description\n\nMake the webhook handler **idempotent** and verify signatures.\n\n- Reject replays\n- Log every failure',
    );
    await page.getByTestId('description-preview').locator('h2', { hasText: 'Task Description' }).waitFor();
    await page.getByTestId('description-preview').locator('strong', { hasText: 'idempotent' }).waitFor();
    await page.getByTestId('task-type-select').selectOption('bug_fix');
    await page.getByTestId('type-notice').filter({ hasText: 'Bug fix' }).waitFor();
    await page.getByTestId('task-difficulty-select').selectOption('advanced');
    await page.getByTestId('task-time-limit').fill('90');
    await page.getByTestId('task-max-attempts').fill('2');
    await page.getByTestId('task-access-start').fill('2030-01-01T09:00');
    await page.getByTestId('task-access-end').fill('2029-12-31T09:00');
    await page.getByTestId('save-task').click();
    await page.getByTestId('task-accessEndDate-error').filter({ hasText: 'after the start' }).waitFor();
    await page.getByTestId('task-access-start').fill('');
    await page.getByTestId('task-access-end').fill('');
    await screenshot(page, 'business-wizard-details.png', { fullPage: true });
    await assertAccessible(page, 'task wizard: details');
  });

  const card = (key) => page.locator(`[data-testid="category-card"][data-key="${key}"]`);

  await step('scoring: bug-fix defaults, a running total that blocks saving, a custom category, levels', async () => {
    await page.getByTestId('wizard-next').click();
    await page.locator('[data-testid="task-wizard"][data-step="scoring"]').waitFor();
    await page.locator('[data-testid="category-total"][data-valid="true"]').waitFor();
    const planning = await card('planning').getByTestId('subitem-weight').evaluateAll((inputs) => inputs.map((i) => Number(i.value)));
    assert.deepEqual(planning, [20, 25, 20, 35], 'the bug_fix planning weights');
    const outcome = await card('outcome_quality').getByTestId('subitem-weight').evaluateAll((inputs) => inputs.map((i) => Number(i.value)));
    assert.deepEqual(outcome, [45, 25, 15, 15], 'the bug_fix outcome weights');
    await card('planning').locator('.subitem-row', { hasText: 'Time estimation' }).waitFor();

    await card('planning').getByTestId('category-weight').fill('30');
    await page.locator('[data-testid="category-total"][data-valid="false"]').filter({ hasText: '105' }).waitFor();
    assert.ok(await page.getByTestId('save-task').isDisabled(), 'save is disabled while the total is not 100');
    await page.getByTestId('save-blocked').waitFor();

    await page.getByTestId('add-custom-category').click();
    const custom = page.locator('[data-testid="category-card"][data-builtin="false"]');
    await custom.getByTestId('custom-category-name').fill('Security awareness');
    assert.equal(await custom.getByTestId('custom-category-key').inputValue(), 'security_awareness', 'the key follows the name');
    await custom.getByTestId('custom-category-description').fill('Treats secrets and untrusted input with care.');
    const sub = custom.getByTestId('custom-subitem').first();
    await sub.getByTestId('custom-subitem-name').fill('Signature checks');
    await sub.getByTestId('custom-subitem-description').fill('Verifies webhook signatures before acting.');
    await sub.getByTestId('custom-subitem-signal').selectOption('edge_case_handling');
    await custom.getByTestId('add-subitem').click();
    const second = custom.getByTestId('custom-subitem').nth(1);
    await second.getByTestId('custom-subitem-name').fill('Replay protection');
    await second.getByTestId('custom-subitem-description').fill('Refuses an event it has already handled.');
    await second.getByTestId('custom-subitem-signal').selectOption('correctness');
    await custom.locator('[data-testid="subitem-total"][data-valid="true"]').waitFor();
    await sub.getByTestId('subitem-weight').fill('60');
    await second.getByTestId('subitem-weight').fill('40');
    await custom.locator('[data-testid="subitem-total"][data-valid="true"]').waitFor();
    await custom.getByTestId('category-weight').fill('10');
    await card('planning').getByTestId('category-weight').fill('15');
    await page.locator('[data-testid="category-total"][data-valid="true"]').waitFor();

    await card('outcome_quality').getByTestId('subitem-weight').first().fill('50');
    await card('outcome_quality').locator('[data-testid="subitem-total"][data-valid="false"]').waitFor();
    assert.ok(await page.getByTestId('save-task').isDisabled());
    await card('outcome_quality').getByTestId('subitem-weight').nth(1).fill('20');
    await card('outcome_quality').locator('[data-testid="subitem-total"][data-valid="true"]').waitFor();

    const operatorMax = page.locator('[data-testid="level-row"][data-level="operator"] [data-testid="level-max"]');
    await operatorMax.fill('69');
    await operatorMax.press('Tab');
    await waitUntil(async () => (await page.locator('[data-testid="level-row"][data-level="architect"] [data-testid="level-min"]').inputValue()) === '70', {
      message: 'architect starts at 70',
    });
    assert.equal(await page.locator('[data-testid="level-row"][data-level="explorer"] [data-testid="level-min"]').isDisabled(), true);
    assert.ok(!(await page.getByTestId('save-task').isDisabled()), 'everything adds up: save is enabled');
    await screenshot(page, 'business-wizard-scoring.png', { fullPage: true });
    await assertAccessible(page, 'task wizard: scoring');
    await custom.screenshot({ path: `${TARGET_DIR}/business-wizard-custom-category.png` });
    await page.getByTestId('level-editor').screenshot({ path: `${TARGET_DIR}/business-wizard-levels.png` });
  });

  await step('preview before saving: the candidate view with the unsaved values', async () => {
    await page.getByTestId('wizard-step-preview').click();
    await page.getByTestId('task-preview').waitFor();
    await page.getByTestId('task-preview').getByTestId('task-title').filter({ hasText: title }).waitFor();
    await page.getByTestId('task-preview').getByTestId('weights-table').filter({ hasText: 'Security awareness' }).waitFor();
  });

  await step('create the task: the payload is exactly what task-service accepts', async () => {
    await page.getByTestId('save-task').click();
    await page.waitForURL(/\/business\/tasks\/[^/]+\/edit\?step=files/);
    taskId = decodeURIComponent(new URL(page.url()).pathname.split('/')[3]);
    const { input } = mock.taskWrites.find((w) => w.method === 'POST');
    assert.deepEqual(Object.keys(input).sort(), [
      'accessEndDate',
      'accessStartDate',
      'description',
      'difficulty',
      'evaluationConfig',
      'hiddenTestRunner',
      'isPublic',
      'maxAttempts',
      'runtime',
      'taskType',
      'timeLimitMinutes',
      'title',
      'usesPlatformKeys',
      'visibleTestCommand',
    ]);
    assert.equal(input.runtime, 'python');
    assert.equal(input.hiddenTestRunner, 'python-unittest');
    assert.equal(input.taskType, 'bug_fix');
    assert.equal(input.difficulty, 'advanced');
    assert.equal(input.timeLimitMinutes, 90);
    assert.equal(input.maxAttempts, 2);
    assert.equal(input.isPublic, false);
    assert.equal(input.accessStartDate, null);
    assert.deepEqual(input.evaluationConfig.categoryWeights, {
      planning: 15,
      prompt_engineering: 25,
      tool_orchestration: 25,
      outcome_quality: 25,
      security_awareness: 10,
    });
    assert.deepEqual(input.evaluationConfig.subitemWeights.security_awareness, { signature_checks: 60, replay_protection: 40 });
    assert.deepEqual(input.evaluationConfig.subitemWeights.outcome_quality, { correctness: 50, code_quality: 20, documentation: 15, edge_case_handling: 15 });
    assert.deepEqual(input.evaluationConfig.customCategories, [
      {
        key: 'security_awareness',
        name: 'Security awareness',
        description: 'Treats secrets and untrusted input with care.',
        subitems: [
          { key: 'signature_checks', name: 'Signature checks', description: 'Verifies webhook signatures before acting.', signal: 'edge_case_handling' },
          { key: 'replay_protection', name: 'Replay protection', description: 'Refuses an event it has already handled.', signal: 'correctness' },
        ],
      },
    ]);
    assert.deepEqual(input.evaluationConfig.levelThresholds, {
      explorer: { min: 0, max: 39 },
      operator: { min: 40, max: 69 },
      architect: { min: 70, max: 84 },
      innovator: { min: 85, max: 100 },
    });
    await page.getByTestId('toast').filter({ hasText: 'Task created as a draft' }).waitFor();
    await page.locator('.wizard-heading [data-testid="task-state"][data-publication="draft"]').waitFor();
  });

  await step('files: a starter file, a hidden test, and the server refusing a binary', async () => {
    await page.getByTestId('files-step').waitFor();
    await page.getByTestId('file-input').setInputFiles({
      name: 'webhook.py',
      mimeType: 'text/x-python',
      buffer: Buffer.from('def handle(event):\n    raise NotImplementedError\n'),
    });
    assert.equal(await page.getByTestId('file-path').inputValue(), 'webhook.py');
    await page.getByTestId('file-path').fill('src/webhook.py');
    await page.getByTestId('upload-file').click();
    await page.locator('[data-testid="starter-files"] [data-testid="task-file"][data-path="src/webhook.py"]').waitFor();

    await page.getByTestId('visibility-hidden').check();
    await page.getByTestId('file-input').setInputFiles({
      name: 'test_webhook.py',
      mimeType: 'text/x-python',
      buffer: Buffer.from('def test_replay():\n    assert True\n'),
    });
    assert.equal(await page.getByTestId('file-path').inputValue(), 'hidden_tests/test_webhook.py');
    await page.getByTestId('upload-file').click();
    await page.locator('[data-testid="hidden-files"] [data-testid="task-file"][data-path="hidden_tests/test_webhook.py"]').waitFor();

    await page.getByTestId('visibility-starter').check();
    await page.getByTestId('file-input').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
    await page.getByTestId('upload-file').click();
    await page.getByTestId('upload-refused').filter({ hasText: 'Unsupported file type' }).waitFor();
    await page.getByTestId('upload-path-error').filter({ hasText: 'Only text, source code and data files' }).waitFor();
    await screenshot(page, 'business-wizard-files.png', { fullPage: true });
    await assertAccessible(page, 'task wizard: files');

    const files = mock.taskFiles.get(taskId);
    assert.deepEqual(
      files.map((f) => [f.path, f.visibility]),
      [
        ['src/webhook.py', 'starter'],
        ['hidden_tests/test_webhook.py', 'hidden'],
      ],
    );
    assert.match(files[0].content, /def handle/);
  });

  await step('preview: the candidate sees the starter file but never the hidden test', async () => {
    await page.getByTestId('wizard-step-preview').click();
    const preview = page.getByTestId('task-preview');
    await preview.getByTestId('task-files').filter({ hasText: 'src/webhook.py' }).waitFor();
    assert.ok(!(await preview.getByTestId('task-files').innerText()).includes('hidden_tests'), 'no hidden file in the candidate view');
    await screenshot(page, 'business-wizard-preview.png', { fullPage: true });
    await assertAccessible(page, 'task wizard: preview');
  });

  await step('edit and save: a PUT with the same strict payload', async () => {
    await page.getByTestId('wizard-step-details').click();
    await page.getByTestId('task-title-input').fill(`${title} (v2)`);
    await page.getByTestId('unsaved').waitFor();
    await page.getByTestId('save-task').click();
    const saved = page.getByTestId('toast').filter({ hasText: 'Task saved' });
    await saved.waitFor();
    assert.equal(await overlap(saved, page.getByTestId('save-task')), false, 'the toast leaves the Save button visible');
    for (const toast of await page.getByTestId('toast').all()) {
      assert.equal(await overlap(toast, page.locator('.wizard-footer')), false, 'no toast covers the action bar');
    }
    await screenshot(page, 'business-wizard-saved.png');
    const put = mock.taskWrites.filter((w) => w.method === 'PUT').at(-1);
    assert.equal(put.id, taskId);
    assert.equal(put.input.title, `${title} (v2)`);
    assert.equal(put.input.evaluationConfig.categoryWeights.security_awareness, 10);
    assert.equal(await page.getByTestId('unsaved').count(), 0);
  });

  await step("the wizard's last step publishes the draft, invite-only", async () => {
    await page.getByTestId('wizard-step-preview').click();
    await page.locator('[data-testid="publish-panel"][data-publication="draft"]').waitFor();
    await page.getByTestId('wizard-publish').click();
    const dialog = page.getByTestId('publish-dialog');
    await dialog.waitFor();
    assert.ok(await dialog.getByTestId('publish-invite-only').isChecked(), 'invite-only is the first choice');
    await dialog.getByTestId('publish-public').check();
    await dialog.getByTestId('publish-invite-only').check();
    await screenshot(page, 'business-publish-dialog.png');
    await assertAccessible(page, 'publish dialog');
    await dialog.getByTestId('confirm-publish').click();
    await page.getByTestId('toast').filter({ hasText: 'is published' }).waitFor();
    await page.locator('[data-testid="publish-panel"][data-publication="invite-only"]').waitFor();
    await page.locator('.wizard-heading [data-testid="task-state"]', { hasText: 'Published · invite-only' }).waitFor();
    assert.deepEqual(mock.publishRequests.at(-1), { id: taskId, input: { isPublic: false } });
    assert.equal(await page.getByTestId('wizard-publish').count(), 0, 'nothing left to publish');
    // Scrolled to the end, the action bar sits above the page footer: the toasts still keep clear of it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await waitUntil(
      async () => {
        const toasts = await page.getByTestId('toast').all();
        for (const toast of toasts) if (await overlap(toast, page.locator('.wizard-footer'))) return false;
        return toasts.length > 0;
      },
      { message: 'the toasts to clear the action bar at the bottom of the page', timeoutMs: 5000, intervalMs: 100 },
    );
    await screenshot(page, 'business-wizard-published.png', { fullPage: true });
  });

  await step('my tasks: a draft copy asks to be published before inviting; delete the copy', async () => {
    await page.locator('.back-link', { hasText: 'My tasks' }).click();
    await page.waitForURL('**/business/tasks');
    const row = page.locator(`[data-testid="task-row"][data-task-id="${taskId}"]`);
    await row.waitFor();
    await row.locator('[data-testid="task-state"][data-publication="invite-only"]', { hasText: 'Published · invite-only' }).waitFor();
    assert.equal(await row.getByTestId('publish-task').count(), 0);
    await row.getByTestId('duplicate-task').click();
    await page.getByTestId('toast').filter({ hasText: 'Task duplicated' }).waitFor();
    const copy = page.getByTestId('task-row').filter({ hasText: `Copy of ${title} (v2)` });
    await copy.waitFor();
    await copy.locator('[data-testid="task-state"]', { hasText: 'Draft' }).waitFor();
    await copy.getByTestId('publish-task').waitFor();
    await screenshot(page, 'business-my-tasks.png', { fullPage: true });
    await assertAccessible(page, 'my tasks');
    await copy.getByTestId('invite-candidate').click();
    const publishFirst = page.getByTestId('publish-dialog');
    await publishFirst.getByTestId('publish-first').filter({ hasText: 'is a draft' }).waitFor();
    await publishFirst.getByTestId('confirm-publish').filter({ hasText: 'Publish and invite' }).waitFor();
    await screenshot(page, 'business-publish-first.png');
    await publishFirst.getByTestId('publish-cancel').click();
    await publishFirst.waitFor({ state: 'detached' });
    await copy.getByTestId('delete-task').click();
    await page.getByTestId('confirm-delete-task').click();
    await page.getByTestId('toast').filter({ hasText: 'was deleted' }).waitFor();
    await copy.waitFor({ state: 'detached' });
  });

  await step('the invite form: inline errors, then an invitation with its access link', async () => {
    const row = page.locator(`[data-testid="task-row"][data-task-id="${taskId}"]`);
    await row.getByTestId('invite-candidate').click();
    const dialog = page.getByTestId('invite-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('invite-send').click();
    await dialog.getByTestId('invite-recipientEmail-error').waitFor();
    await dialog.locator('#invite-recipientEmail').fill(MOCK_USER.email);
    await dialog.locator('#invite-recipientName').fill('Casey Candidate');
    await dialog.locator('#invite-message').fill('We loved your application — this is the last step.');
    await dialog.getByTestId('invite-allow-retakes').check();
    await screenshot(page, 'business-invite-form.png');
    await assertAccessible(page, 'invite dialog');
    await dialog.getByTestId('invite-send').click();
    await dialog.getByTestId('invite-sent').waitFor();
    inviteLink = await dialog.getByTestId('invite-link').inputValue();
    assert.match(inviteLink, /\/invite\/tok1-/);
    assert.deepEqual(mock.invitationRequests.at(-1), {
      taskId,
      recipientEmail: MOCK_USER.email,
      recipientName: 'Casey Candidate',
      message: 'We loved your application — this is the last step.',
      allowRetakes: true,
      locale: await page.evaluate(() => navigator.language),
    });
    await screenshot(page, 'business-invite-sent.png');
    await dialog.getByTestId('invite-another').click();
    await dialog.locator('#invite-recipientEmail').fill('someone.else@example.com');
    await dialog.getByTestId('invite-send').click();
    wrongInviteLink = await dialog.getByTestId('invite-link').inputValue();
    await dialog.getByTestId('invite-another').click();
    await dialog.locator('#invite-recipientEmail').fill('withdrawn@example.com');
    await dialog.getByTestId('invite-send').click();
    await dialog.getByTestId('invite-sent').waitFor();
    await dialog.getByTestId('invite-done').click();
  });

  await step('the invitation list filters by status and cancels a pending invitation', async () => {
    await page.getByTestId('business-tab-invitations').click();
    await page.waitForURL('**/business/invitations');
    await waitUntil(async () => (await page.getByTestId('invitation-row').count()) === 3, { message: 'three invitations' });
    const withdrawn = page.getByTestId('invitation-row').filter({ hasText: 'withdrawn@example.com' });
    await withdrawn.getByTestId('cancel-invitation').click();
    await page.getByTestId('confirm-cancel-invitation').click();
    await page.getByTestId('toast').filter({ hasText: 'Invitation cancelled' }).waitFor();
    await withdrawn.locator('[data-testid="invitation-status"][data-status="cancelled"]').waitFor();
    await page.getByTestId('invitation-filter-status').selectOption('sent');
    await waitUntil(async () => (await page.getByTestId('invitation-row').count()) === 2, { message: 'two pending invitations' });
    await page.getByTestId('invitation-filter-status').selectOption('');
    await waitUntil(async () => (await page.getByTestId('invitation-row').count()) === 3, { message: 'all invitations again' });
    await page.getByTestId('invitation-row').filter({ hasText: MOCK_USER.email }).getByTestId('invitation-retakes').waitFor();
    await screenshot(page, 'business-invitations.png', { fullPage: true });
    await assertAccessible(page, 'invitations');
  });

  await step('copy link: to the clipboard, or shown to copy by hand when the clipboard is refused', async () => {
    const other = page.getByTestId('invitation-row').filter({ hasText: 'someone.else@example.com' });
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await other.getByTestId('copy-invitation-link').click();
    await page.getByTestId('toast').filter({ hasText: 'Link copied' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), wrongInviteLink);
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await other.getByTestId('copy-invitation-link').click();
    const manual = page.getByTestId('link-dialog');
    assert.equal(await manual.getByTestId('link-dialog-input').inputValue(), wrongInviteLink);
    await screenshot(page, 'business-invitation-copy-by-hand.png');
    await manual.getByRole('button', { name: 'Done' }).click();
    await manual.waitFor({ state: 'detached' });
  });

  await step('resend: the wait after the last email is explained, later it is sent again, then the limit', async () => {
    const row = page.getByTestId('invitation-row').filter({ hasText: MOCK_USER.email });
    await row.getByTestId('resend-invitation').click();
    await row.getByTestId('invitation-notice').filter({ hasText: 'You can resend it in 10 min.' }).waitFor();
    await screenshot(page, 'business-invitation-resend-wait.png', { fullPage: true });
    const invitation = mock.invitations.find((i) => i.recipientEmail === MOCK_USER.email);
    invitation.lastSentAt = new Date(Date.now() - 11 * 60_000).toISOString(); // eleven minutes later
    await row.getByTestId('resend-invitation').click();
    await page.getByTestId('toast').filter({ hasText: 'Invitation sent again' }).waitFor();
    await row.filter({ hasText: 'Resent' }).waitFor();
    assert.equal(await row.getByTestId('invitation-notice').count(), 0, 'the refusal is gone');
    assert.deepEqual(mock.resendRequests, [invitation.id, invitation.id]);
    assert.equal(invitation.resendCount, 1);
    mock.invitations.find((i) => i.recipientEmail === 'someone.else@example.com').resendCount = 5;
    await page.reload();
    const other = page.getByTestId('invitation-row').filter({ hasText: 'someone.else@example.com' });
    await other.getByTestId('resend-limit').filter({ hasText: 'Resend limit reached' }).waitFor();
    assert.ok(await other.getByTestId('resend-invitation').isDisabled());
  });

  // ---- the candidate, in another browser ------------------------------------------------------------
  const candidate = await newPage(browser, { baseURL: preview.url });
  const cpage = candidate.page;
  await installMockBackend(cpage, preview.url, { state: mock });
  cpage.setDefaultTimeout(15_000);

  await step('the candidate cannot see the private task before accepting', async () => {
    await cpage.goto('/');
    await cpage.getByTestId('header-sign-in').click();
    await signInAt(cpage, MOCK_USER);
    await cpage.waitForURL('**/dashboard');
    await cpage.getByTestId('task-card').first().waitFor();
    assert.equal(await cpage.getByTestId('task-card').filter({ hasText: title }).count(), 0);
  });

  await step('an invitation to another address: "this invitation was sent to another address"', async () => {
    await cpage.goto(new URL(wrongInviteLink).pathname);
    await cpage.getByTestId('invite-task-title').filter({ hasText: title }).waitFor();
    await cpage.getByTestId('accept-invitation').click();
    await cpage.getByTestId('invite-wrong-account').filter({ hasText: 'This invitation was sent to another address' }).waitFor();
    assert.ok(!(await cpage.getByTestId('accept-invitation').isDisabled()), 'the button is usable again');
    await screenshot(cpage, 'business-invite-wrong-account.png', { fullPage: true });
  });

  await step('the invitation page is public; accepting asks to sign in and comes back to accept', async () => {
    // A fresh browser without a session, as when the link is opened from the email.
    const anonymous = await newPage(browser, { baseURL: preview.url });
    await installMockBackend(anonymous.page, preview.url, { state: mock });
    anonymous.page.setDefaultTimeout(15_000);
    await anonymous.page.goto(new URL(inviteLink).pathname);
    await anonymous.page.getByTestId('invite-heading').filter({ hasText: 'Demo Corp invites you' }).waitFor();
    await anonymous.page.getByTestId('invite-message').filter({ hasText: 'last step' }).waitFor();
    await screenshot(anonymous.page, 'business-invite-page.png', { fullPage: true });
    await assertAccessible(anonymous.page, 'invitation page');
    await anonymous.page.getByTestId('accept-invitation').click();
    await signInAt(anonymous.page, MOCK_USER);
    await anonymous.page.waitForURL('**/workspace/*');
    await anonymous.page.getByTestId('start-assessment').waitFor();
    await screenshot(anonymous.page, 'business-invite-accepted.png');
    assert.deepEqual(unexpected(anonymous.problems), []);
    await anonymous.context.close();
  });

  await step('a newcomer signs up from the invitation: address and name filled in, no business account, back to accept', async () => {
    const newcomer = { email: 'someone.else@example.com', password: 'correct-horse-battery' };
    mock.invitations.find((i) => i.recipientEmail === newcomer.email).recipientName = 'Mary Ann Smith';
    const fresh = await newPage(browser, { baseURL: preview.url });
    await installMockBackend(fresh.page, preview.url, { state: mock });
    const npage = fresh.page;
    npage.setDefaultTimeout(15_000);
    const invitePath = new URL(wrongInviteLink).pathname;
    await npage.goto(invitePath);
    await npage.getByTestId('invite-sign-up').click();
    const form = npage.locator('[data-testid="sign-up-page"][data-step="details"][data-invited="true"]');
    await form.waitFor();
    await npage.getByTestId('sign-up-invitation').filter({ hasText: `Demo Corp invited you to take ${title}` }).waitFor();
    await waitUntil(async () => (await npage.inputValue('#signup-email')) === newcomer.email, { message: 'the invited address filled in' });
    assert.ok(await npage.locator('#signup-email').getAttribute('readonly') !== null, 'the invited address cannot be changed');
    assert.equal(await npage.inputValue('#signup-firstName'), 'Mary Ann');
    assert.equal(await npage.inputValue('#signup-lastName'), 'Smith');
    assert.equal(await npage.getByTestId('account-type-business').count(), 0, 'no business account offered');
    await npage.fill('#signup-password', newcomer.password);
    await npage.fill('#signup-confirmPassword', newcomer.password);
    await screenshot(npage, 'business-invited-signup.png', { fullPage: true });
    await npage.getByTestId('sign-up-submit').click();
    await npage.locator('[data-testid="sign-up-page"][data-step="verify"]').waitFor();
    const token = decodeURIComponent(invitePath.split('/').pop());
    const sent = mock.signUps.at(-1);
    assert.equal(sent.accountType, 'individual');
    assert.equal(sent.returnTo, `/invite/${encodeURIComponent(token)}?accept=1`, 'the verification link leads back to accept');
    // What the verification email's link ends at (the gateway puts the address and the return path in it).
    mock.verify(newcomer.email);
    await npage.goto(`/sign-in?verified=1&email=${encodeURIComponent(newcomer.email)}&returnTo=${encodeURIComponent(sent.returnTo)}`);
    await npage.waitForSelector('#username');
    assert.equal(await npage.inputValue('#username'), newcomer.email);
    await signInAt(npage, newcomer);
    await npage.waitForURL('**/workspace/*');
    await npage.getByTestId('start-assessment').waitFor();
    assert.equal(mock.invitations.find((i) => i.recipientEmail === newcomer.email).status, 'accepted');
    assert.deepEqual(unexpected(fresh.problems), []);
    await fresh.context.close();
  });

  await step('after accepting, the task is reachable for the candidate', async () => {
    await cpage.goto(`/tasks/${encodeURIComponent(taskId)}`);
    await cpage.getByTestId('task-title').filter({ hasText: title }).waitFor();
    assert.ok(!(await cpage.getByTestId('task-files').innerText()).includes('hidden_tests'));
    await cpage.goto('/dashboard');
    await cpage.getByTestId('task-card').filter({ hasText: title }).waitFor();
  });

  await step("the business sees the acceptance, then the scored assessment's score, level and report", async () => {
    await page.goto('/business/invitations');
    const row = page.getByTestId('invitation-row').filter({ hasText: MOCK_USER.email });
    await row.locator('[data-testid="invitation-status"][data-status="accepted"]').waitFor();
    await row.locator('[data-testid="assessment-status"][data-status="pending"]', { hasText: 'Not started' }).waitFor();
    const assessment = mock.scoreInvitation(mock.invitations.find((i) => i.recipientEmail === MOCK_USER.email).id);
    await page.reload();
    await row.locator('[data-testid="assessment-status"][data-status="scored"]').waitFor();
    await row.getByTestId('invitation-score').filter({ hasText: '73.9' }).waitFor();
    await row.locator('[data-testid="invitation-level"][data-level="architect"]').waitFor();
    assert.equal(await row.getByTestId('invitation-report').getAttribute('href'), `/results/${assessment.id}`);
    await screenshot(page, 'business-invitations-scored.png', { fullPage: true });
    await row.getByTestId('invitation-report').click();
    await page.waitForURL(`**/results/${assessment.id}`);
    await page.getByTestId('final-score').waitFor();
  });

  await step('the business home: tasks with their state, recent invitations, the latest result with its report', async () => {
    await page.getByTestId('nav-business').click();
    await page.waitForURL('**/business');
    await page.getByTestId('business-home').waitFor();
    assert.equal(await page.getByTestId('getting-started').count(), 0, 'every first step is done');
    const task = page.locator(`[data-testid="home-task"][data-task-id="${taskId}"]`);
    await task.locator('[data-testid="task-state"][data-publication="invite-only"]').waitFor();
    await page.getByTestId('stat-tasks').filter({ hasText: '1 published' }).waitFor();
    const result = page.getByTestId('result-row').filter({ hasText: 'Casey Candidate' }).first();
    await result.getByTestId('result-score').filter({ hasText: '73.9' }).waitFor();
    await result.locator('[data-testid="result-level"][data-level="architect"]').waitFor();
    assert.match(await result.getByTestId('result-report').getAttribute('href'), /^\/results\/asm-\d+$/);
    const invitations = page.getByTestId('home-invitation');
    await waitUntil(async () => (await invitations.count()) === 3, { message: 'three recent invitations' });
    await invitations.filter({ hasText: MOCK_USER.email }).locator('[data-testid="assessment-status"][data-status="scored"]').waitFor();
    await screenshot(page, 'business-home.png', { fullPage: true });
    await assertAccessible(page, 'business home');
  });

  await step('deleting the taken task archives it', async () => {
    await page.goto('/business/tasks');
    const row = page.locator(`[data-testid="task-row"][data-task-id="${taskId}"]`);
    await row.getByTestId('delete-task').click();
    await page.getByTestId('confirm-delete-task').click();
    await page.getByTestId('toast').filter({ hasText: 'was archived, not deleted' }).waitFor();
    await row.locator('[data-testid="task-state"]', { hasText: 'Archived' }).waitFor();
    assert.equal(await row.getByTestId('edit-task').count(), 0, 'an archived task cannot be edited');
  });

  assert.deepEqual(unexpected(business.problems), [], 'no errors in the business browser console');
  assert.deepEqual(unexpected(candidate.problems), [], 'no errors in the candidate browser console');
  assert.deepEqual(mock.unauthenticated, [], 'every private API call carried a bearer token');
  await candidate.context.close();
  await business.context.close();
});
