// The business's hiring pipeline against a mocked backend (like business-smoke.test.mjs: `vite preview` of the built
// SPA, API, identity provider and notification socket answered by lib/mockBackend.mjs, every JSON answer checked
// against the services' OpenAPI documents). A business with scored candidates signs in, sorts its candidates by
// score, sets a stage, a rating and notes (and sees a failed save roll back), compares two candidates on one radar,
// reads the analytics, gets a live notification in the bell, changes a notification setting, adds a webhook and sends it a test event, exports
// the list as CSV, reads a candidate's evidence report (scrubbing the session replay, downloading the PDF) and invites a
// pasted list with one bad line. Screenshots go to target/pipeline-*.png.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { TARGET_DIR, launchBrowser, newPage, screenshot, step, waitUntil } from '../lib/browser.mjs';
import { MOCK_BUSINESS, contractViolations, installMockBackend } from '../lib/mockBackend.mjs';
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

/** The 4xx/5xx answers this test provokes on purpose make the browser log "Failed to load resource". */
function unexpected(problems) {
  return problems.filter((p) => !/Failed to load resource|WebSocket/i.test(p));
}

async function signInAt(page, account) {
  await page.waitForSelector('#username');
  await page.fill('#username', account.email);
  await page.fill('#password', account.password);
  await page.click('#kc-login');
}

const rowOf = (page, name) => page.getByTestId('candidate-row').filter({ has: page.getByTestId('candidate-name').filter({ hasText: name }) });

test('business pipeline: candidates, review, compare, analytics, notifications, webhooks, export', { timeout: 240_000 }, async () => {
  const { page, context, problems } = await newPage(browser, { baseURL: preview.url });
  const mock = await installMockBackend(page, preview.url);
  page.setDefaultTimeout(15_000);
  mock.seedPipeline();
  mock.notify('biz-1', { kind: 'invitation.accepted', title: 'Invitation accepted', body: 'Dennis Pending accepted your invitation to “Build a payments reconciliation service”.', link: '/business/invitations' });

  await step('sign in as the business: the bell shows the unread notice; no plan panel while the plan API is missing', async () => {
    await page.goto('/');
    await page.getByTestId('header-sign-in').click();
    await signInAt(page, MOCK_BUSINESS);
    await page.waitForURL(/\/(dashboard|business)$/);
    await page.getByTestId('nav-business').click();
    await page.getByTestId('business-home').waitFor();
    await page.getByTestId('notification-unread').filter({ hasText: '1' }).waitFor();
    await page.getByTestId('home-results').getByText('Ada Lovelace').waitFor();
    assert.equal(await page.getByTestId('plan-usage').count(), 0, 'the plan panel hides itself on 404');
    await screenshot(page, 'pipeline-home.png', { fullPage: true });
    await assertAccessible(page, 'business home with candidates');
  });

  await step('candidates: scored attempts with scores, AI use and flags; the invitation nobody accepted shows its status', async () => {
    await page.getByTestId('business-tab-candidates').click();
    await page.waitForURL('**/business/candidates');
    await page.getByTestId('candidates').waitFor();
    assert.equal(await page.getByTestId('candidate-row').count(), 6);
    const waiting = rowOf(page, 'Barbara Liskov');
    assert.equal(await waiting.getByTestId('invitation-status').getAttribute('data-status'), 'sent');
    assert.equal(await waiting.getByTestId('candidate-select').isDisabled(), true, 'only scored attempts can be compared');
    const linus = rowOf(page, 'Linus Example');
    assert.deepEqual(await linus.getByTestId('integrity-flag').evaluateAll((els) => els.map((e) => e.dataset.flag)), ['conftest', 'manipulation-attempts']);
    await linus.getByTestId('candidate-ai-usage').filter({ hasText: '88% AI code' }).waitFor();
    assert.equal(await linus.getByTestId('category-bars').locator('.mini-bar').count(), 4);
  });

  await step('sort by score: best first, then the other way round', async () => {
    await page.getByTestId('sort-score').click();
    await page.waitForURL(/sortBy=score/);
    await page.getByTestId('candidate-row').first().getByTestId('candidate-name').filter({ hasText: 'Ada Lovelace' }).waitFor();
    const scores = await page.getByTestId('candidate-score').allTextContents();
    assert.deepEqual(scores, ['88.4', '79.9', '71.2', '52.5']);
    await page.getByTestId('sort-score').click();
    await page.waitForURL(/order=asc/);
    await page.getByTestId('candidate-row').first().getByTestId('candidate-name').filter({ hasText: 'Linus Example' }).waitFor();
    await page.getByTestId('sort-score').click();
    await page.waitForURL(/order=desc/);
    await page.getByTestId('candidate-row').first().getByTestId('candidate-name').filter({ hasText: 'Ada Lovelace' }).waitFor();
  });

  await step('stage and rating are saved as they change; the notes keep what was written', async () => {
    const grace = rowOf(page, 'Grace Hopper');
    await grace.getByTestId('candidate-stage').selectOption('shortlisted');
    await waitUntil(() => mock.reviewRequests.length === 1, { message: 'the stage save' });
    assert.deepEqual(mock.reviewRequests[0], { id: 'asm-p2', input: { stage: 'shortlisted', rating: null, notes: null } });
    await grace.getByTestId('rating-4').click();
    await waitUntil(() => mock.reviewRequests.length === 2, { message: 'the rating save' });
    assert.deepEqual(mock.reviewRequests[1].input, { stage: 'shortlisted', rating: 4, notes: null });
    await grace.locator('[data-testid="candidate-rating"][data-rating="4"]').waitFor();
    await grace.getByTestId('candidate-notes').click();
    await page.getByTestId('notes-dialog').waitFor();
    await page.getByTestId('notes-input').fill('Strong on tests; ask about the retry design.');
    await page.waitForTimeout(300); // the dialog's fade-in
    await screenshot(page, 'pipeline-notes.png');
    await assertAccessible(page, 'candidate notes dialog');
    await page.getByTestId('save-notes').click();
    await page.getByTestId('notes-dialog').waitFor({ state: 'detached' });
    assert.deepEqual(mock.reviewRequests[2].input, { stage: 'shortlisted', rating: 4, notes: 'Strong on tests; ask about the retry design.' });
    await grace.getByTestId('rating-5').click();
    await waitUntil(() => mock.reviewRequests.length === 4, { message: 'the second rating save' });
    assert.equal(mock.reviewRequests[3].input.notes, 'Strong on tests; ask about the retry design.', 'a rating does not wipe the notes');
    assert.equal(mock.reviews.get('asm-p2').stage, 'shortlisted');
  });

  await step('a save that fails rolls the row back and says so', async () => {
    mock.failNextReviews = 1;
    const ada = rowOf(page, 'Ada Lovelace');
    await ada.getByTestId('candidate-stage').selectOption('interview');
    await page.getByTestId('toast').filter({ hasText: 'The review could not be saved' }).waitFor();
    await waitUntil(async () => (await ada.getByTestId('candidate-stage').inputValue()) === 'new', { message: 'the stage to roll back' });
    await ada.getByTestId('candidate-stage').selectOption('interview');
    await waitUntil(() => mock.reviews.get('asm-p1')?.stage === 'interview', { message: 'the retried save' });
    await screenshot(page, 'pipeline-candidates.png', { fullPage: true });
    await assertAccessible(page, 'candidates');
  });

  await step('select two and compare: ranking, one radar series each, best values marked', async () => {
    await rowOf(page, 'Grace Hopper').getByTestId('candidate-select').check();
    await rowOf(page, 'Ada Lovelace').getByTestId('candidate-select').check();
    await page.getByTestId('compare-bar').filter({ hasText: '2 selected' }).waitFor();
    await page.getByTestId('compare-selected').click();
    await page.waitForURL(/\/business\/compare\?ids=asm-p2,asm-p1$/);
    await page.getByTestId('compare-radar').locator('svg').first().waitFor();
    assert.equal(await page.getByTestId('compare-radar').locator('.recharts-radar').count(), 2, 'one series per candidate');
    const ranking = await page.getByTestId('ranking-entry').evaluateAll((els) => els.map((e) => e.dataset.assessmentId));
    assert.deepEqual(ranking, ['asm-p1', 'asm-p2'], 'Ada ranks first');
    assert.equal(await page.getByTestId('ranking-entry').first().locator('a.report-link').getAttribute('href'), '/business/reports/asm-p1', 'the ranking links the evidence report');
    assert.equal(await page.getByTestId('compare-category-planning').locator('td[data-best="true"]').count(), 1);
    assert.equal(await page.getByTestId('compare-different-tasks').count(), 0, 'same task: no warning');
    await page.getByTestId('compare-time').getByTestId('integrity-flag').filter({ hasText: 'Evidence incomplete' }).waitFor();
    await screenshot(page, 'pipeline-compare.png', { fullPage: true });
    await assertAccessible(page, 'compare');
  });

  await step('comparing an attempt that is not scored yet is refused clearly', async () => {
    await page.goto('/business/compare?ids=asm-p1,asm-p5');
    await page.getByTestId('compare-not-scored').waitFor();
    await screenshot(page, 'pipeline-compare-not-scored.png');
  });

  await step('analytics: funnel with "not tracked" for opened, histogram, averages', async () => {
    await page.goto('/business/analytics');
    await page.getByTestId('analytics-funnel').locator('svg').first().waitFor();
    assert.equal(await page.getByTestId('funnel-opened').getAttribute('data-value'), 'null');
    await page.getByTestId('funnel-opened').filter({ hasText: 'not tracked' }).waitFor();
    assert.equal(await page.getByTestId('funnel-invited').getAttribute('data-value'), '6');
    await page.getByTestId('analytics-score-histogram').locator('.recharts-bar-rectangle').first().waitFor();
    await page.getByTestId('analytics-completion').filter({ hasText: '67%' }).waitFor();
    await page.getByTestId('analytics-categories').waitFor();
    await page.getByTestId('analytics-filter-period').selectOption('30d');
    await waitUntil(() => mock.analyticsRequests.some((r) => r.from && r.to), { message: 'a dated analytics request' });
    await screenshot(page, 'pipeline-analytics.png', { fullPage: true });
    await assertAccessible(page, 'analytics');
  });

  await step('notifications: a new one arrives live, the bell lists it, all can be marked read', async () => {
    mock.notify('biz-1', { kind: 'candidate.scored', title: 'Candidate scored', body: 'Ada Lovelace scored 88.4/100 (AI Innovator).', link: '/business/reports/asm-p1' });
    await page.getByTestId('notification-unread').filter({ hasText: '2' }).waitFor();
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notification-menu').waitFor();
    await page.getByTestId('notification-item').filter({ hasText: 'Ada Lovelace scored 88.4' }).waitFor();
    assert.equal(await page.getByTestId('notification-item').count(), 2);
    await screenshot(page, 'pipeline-notifications.png');
    await assertAccessible(page, 'notifications open');
    await page.getByTestId('notifications-read-all').click();
    await page.getByTestId('notification-unread').waitFor({ state: 'detached' });
    assert.equal(mock.notifications.filter((n) => !n.readAt).length, 0);
    await page.keyboard.press('Escape');
  });

  await step('notification settings on the account page: one kind off by email', async () => {
    await page.getByTestId('nav-account').click();
    const preferences = page.getByTestId('notification-preferences');
    await preferences.getByTestId('preference-candidate.submitted-email').waitFor();
    assert.ok(await preferences.getByTestId('save-preferences').isDisabled(), 'nothing to save yet');
    await preferences.getByTestId('preference-candidate.submitted-email').uncheck();
    await preferences.getByTestId('save-preferences').click();
    await page.getByTestId('toast').filter({ hasText: 'Notification settings saved' }).waitFor();
    assert.ok(await preferences.getByTestId('save-preferences').isDisabled(), 'saved: nothing left to save');
    assert.deepEqual(mock.preferences.get('biz-1'), [
      { kind: 'candidate.scored', email: true, inApp: true },
      { kind: 'candidate.submitted', email: false, inApp: true },
      { kind: 'invitation.accepted', email: true, inApp: true },
    ]);
    await screenshot(page, 'pipeline-preferences.png', { fullPage: true });
    await page.getByTestId('nav-business').click();
    await page.getByTestId('business-home').waitFor();
  });

  await step('integrations: a refused URL shows on its field; a webhook is added, its secret shown once, a test event delivered', async () => {
    await page.getByTestId('business-tab-integrations').click();
    await page.waitForURL('**/business/integrations');
    await page.getByTestId('empty-state').waitFor();
    await page.getByTestId('webhook-event-candidate.scored').uncheck();
    await page.getByTestId('create-webhook').click();
    await page.getByTestId('webhook-url-error').waitFor();
    await page.getByTestId('webhook-events-error').waitFor();
    assert.equal(mock.webhookRequests.length, 0, 'nothing sent while the form has errors');
    await page.fill('#webhook-url', 'http://169.254.169.254/latest');
    await page.getByTestId('webhook-event-candidate.scored').check();
    await page.getByTestId('webhook-event-invitation.accepted').check();
    await page.getByTestId('create-webhook').click();
    await page.getByTestId('webhook-url-error').filter({ hasText: 'link-local' }).waitFor();
    await screenshot(page, 'pipeline-webhook-error.png', { fullPage: true });
    await page.fill('#webhook-url', 'https://ats.example.com/hooks/skills-lab');
    await page.getByTestId('create-webhook').click();
    await page.getByTestId('webhook-secret-dialog').waitFor();
    assert.deepEqual(mock.webhookRequests.at(-1), { url: 'https://ats.example.com/hooks/skills-lab', events: ['candidate.scored', 'invitation.accepted'] });
    assert.match(await page.getByTestId('webhook-secret-value').inputValue(), /^whsec_/);
    await page.waitForTimeout(300); // the dialog's fade-in
    await screenshot(page, 'pipeline-webhook-secret.png');
    await page.getByTestId('webhook-secret-done').click();
    const card = page.getByTestId('webhook-card');
    await card.getByTestId('no-deliveries').waitFor();
    await card.getByTestId('test-webhook').click();
    await card.locator('[data-testid="test-result"][data-ok="true"]').filter({ hasText: 'HTTP 200' }).waitFor();
    await card.getByTestId('delivery-row').filter({ hasText: 'webhook.test' }).waitFor();
    assert.equal(await card.getByTestId('delivery-status').first().getAttribute('data-status'), 'delivered');
    await card.getByTestId('delivery-toggle').first().click();
    await card.getByTestId('delivery-attempt').filter({ hasText: 'HTTP 200' }).waitFor();
    await screenshot(page, 'pipeline-integrations.png', { fullPage: true });
    await assertAccessible(page, 'integrations');
  });

  await step('export CSV: the file downloads with the list filters, a toast says so', async () => {
    await page.getByTestId('business-tab-candidates').click();
    await page.getByTestId('candidates').waitFor();
    await page.getByTestId('candidate-filter-task').selectOption('task-pipeline');
    await page.waitForURL(/taskId=task-pipeline/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    assert.match(download.suggestedFilename(), /^candidates-task-pipeline-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    assert.ok(csv.startsWith('\uFEFFname,email,task'), 'a header row after the byte order mark');
    assert.match(csv, /Ada Lovelace,ada@example.com/);
    assert.equal(mock.exports.at(-1).taskId, 'task-pipeline');
    assert.equal(mock.exports.at(-1).format, 'csv');
    await page.getByTestId('toast').filter({ hasText: 'Export ready' }).waitFor();
    await screenshot(page, 'pipeline-export.png');
  });

  await step('the report link opens the evidence report: score, hidden tests with messages, no share box', async () => {
    await rowOf(page, 'Ada Lovelace').getByTestId('candidate-report').click();
    await page.waitForURL('**/business/reports/asm-p1');
    const report = page.getByTestId('business-report');
    await report.waitFor();
    await report.getByTestId('score-radar').locator('svg').first().waitFor();
    assert.equal(await report.getByTestId('candidate-name').textContent(), 'Ada Lovelace');
    assert.equal(await page.getByTestId('share-section').count(), 0, 'no "share your result" for a business');
    const hidden = report.getByTestId('hidden-tests');
    assert.equal(await hidden.getByTestId('hidden-test').count(), 10);
    assert.equal(await hidden.locator('[data-testid="hidden-test"][data-passed="true"]').count(), 10);
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the report opens at its top');
    // The earlier steps' toasts would cover the header's Download PDF button.
    while (await page.getByTestId('toast').count()) await page.getByTestId('toast').first().getByLabel('Dismiss').click();
    await screenshot(page, 'pipeline-report-top.png');
    await assertAccessible(page, 'evidence report');
  });

  await step('the replay: scrubbing to the end and back changes the code, the diff and the chat', async () => {
    const replay = page.getByTestId('report-replay');
    const scrubber = replay.getByTestId('replay-scrubber');
    const max = Number(await scrubber.getAttribute('max'));
    assert.ok(max >= 10, `the timeline has several moments (${max + 1})`);
    await scrubber.fill(String(max));
    await replay.getByTestId('replay-code').filter({ hasText: 'raise ValueError' }).waitFor();
    assert.equal(await replay.getByTestId('replay-message').count(), 4, 'the whole chat at the end');
    await replay.getByTestId('replay-terminal').filter({ hasText: 'hidden tests: 10/10 passed' }).waitFor();
    // Back to the first edit: the code has no check yet, only the first exchange was had.
    await scrubber.fill('3');
    await replay.getByTestId('replay-moment').filter({ hasText: 'Edited reconcile.py (+2 −1)' }).waitFor();
    assert.ok(!(await replay.getByTestId('replay-code').textContent()).includes('ValueError'), 'the code as it was then');
    assert.equal(await replay.getByTestId('replay-message').count(), 2, 'the chat so far');
    assert.equal(await replay.getByTestId('replay-diff').locator('[data-kind="add"]').count(), 2, 'the change\'s added lines');
    assert.equal(await replay.getByTestId('replay-diff').locator('[data-kind="remove"]').count(), 1, 'the change\'s removed line');
    // Next steps one moment; the paste before the second edit shows its text.
    await replay.getByTestId('replay-next').click();
    await replay.getByTestId('replay-terminal').filter({ hasText: 'python -m pytest -q' }).waitFor();
    await scrubber.fill('12');
    await replay.getByTestId('replay-diff').locator('[data-kind="add"]').filter({ hasText: 'raise ValueError' }).waitFor();
    assert.equal(await replay.getByTestId('replay-message').count(), 4);
    await replay.scrollIntoViewIfNeeded();
    await replay.screenshot({ path: `${TARGET_DIR}/pipeline-report-replay.png` });
    await screenshot(page, 'pipeline-report.png', { fullPage: true });
  });

  await step('download the PDF: the file arrives, a toast says so', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-pdf').click()]);
    assert.match(download.suggestedFilename(), /^evidence-report-asm-p1-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = await readFile(await download.path());
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    await page.getByTestId('toast').filter({ hasText: 'PDF ready' }).waitFor();
    assert.deepEqual(mock.pdfRequests, ['asm-p1']);
  });

  await step('an attempt still in progress: a clear state, no PDF, the evidence so far', async () => {
    await page.goto('/business/reports/asm-p5');
    await page.getByTestId('report-not-scored').filter({ hasText: 'still in progress' }).waitFor();
    assert.ok(await page.getByTestId('download-pdf').isDisabled(), 'no PDF before scoring');
    await page.getByTestId('report-replay').waitFor();
    await screenshot(page, 'pipeline-report-in-progress.png', { fullPage: true });
    await assertAccessible(page, 'evidence report in progress');
    await page.getByTestId('report-not-scored').getByRole('link', { name: 'Back to candidates' }).click();
    await page.getByTestId('candidates').waitFor();
  });

  await step('bulk invite: a pasted list, one bad line refused on its own and shown with its problem', async () => {
    await page.getByTestId('business-tab-invitations').click();
    await page.getByTestId('invitations').waitFor();
    await page.getByTestId('bulk-invite').click();
    const dialog = page.getByTestId('bulk-invite-dialog');
    await dialog.getByTestId('bulk-task').selectOption('task-pipeline');
    await dialog.getByTestId('bulk-addresses').fill('Alan Turing, alan@example.com\nnot-an-address\nkatherine@example.com\n');
    await dialog.getByTestId('bulk-line-count').filter({ hasText: '3 lines' }).waitFor();
    await screenshot(page, 'pipeline-bulk-form.png');
    await assertAccessible(page, 'bulk invite dialog');
    await dialog.getByTestId('bulk-send').click();
    const result = dialog.getByTestId('bulk-result');
    await result.waitFor();
    assert.equal(await result.getByTestId('bulk-summary').textContent(), '2 people invited, 1 line not');
    const failed = result.getByTestId('bulk-failed-row');
    assert.equal(await failed.count(), 1);
    assert.equal(await failed.getAttribute('data-row'), '2');
    await failed.filter({ hasText: 'not-an-address is not an email address' }).waitFor();
    assert.equal(mock.bulkRequests.at(-1).taskId, 'task-pipeline');
    await page.waitForTimeout(300); // the dialog's fade-in
    await screenshot(page, 'pipeline-bulk-invite.png');
    await dialog.getByTestId('bulk-done').click();
    await page.getByTestId('invitations').getByText('alan@example.com').waitFor();
    await page.getByTestId('invitations').getByText('katherine@example.com').waitFor();
  });

  assert.deepEqual(contractViolations, [], 'every answer kept the services\' contract');
  assert.deepEqual(unexpected(problems), [], 'no errors in the browser console');
  await context.close();
});
