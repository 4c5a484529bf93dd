// Accounts and the business journey against the running system (like walking-skeleton.test.mjs):
//   1. a new individual signs up in the browser, verifies the address through the link in Skills Lab's verification
//      email (sent by Keycloak with the skillslab theme, read from GreenMail): one click on the themed confirmation
//      page, then the themed sign-in with the address filled in;
//   2. business@demo.skillslab.dev creates a task (a draft) with custom weights and a starter file;
//   3. the individual does not see it; the business publishes it invite-only and invites the individual; the
//      invitation email arrives; the individual opens the access link and accepts, which opens the invitation's own
//      attempt at its start confirmation (the task page then offers that attempt, never a second one);
//   4. the individual starts it, edits the starter file, submits with a note and reads "you" in the report; the
//      business sees the scored assessment in the invitation row and opens a report about the candidate (name,
//      email, third person, the note, no share box).
//
//   SKILLSLAB_URL  the gateway (default http://localhost:8080)
//   GREENMAIL_API  GreenMail's REST API (default http://127.0.0.1:8025)
//   CHROMIUM_PATH  the browser (default /usr/bin/chromium)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, newPage, screenshot, step, waitUntil } from '../lib/browser.mjs';
import { decodeMime, findLink, htmlPart, inbox, waitForMail } from '../lib/mail.mjs';
import { apiFromPage, onGateway, shownErrors, signInFromLanding, waitForDashboard } from '../lib/session.mjs';

const BASE_URL = (process.env.SKILLSLAB_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const BUSINESS = { email: 'business@demo.skillslab.dev', password: 'demo-password' };
const STAMP = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const INDIVIDUAL = {
  email: `e2e-individual-${STAMP}@e2e.skillslab.dev`,
  password: `Sk1lls-${STAMP}-pw`,
  firstName: 'Erin',
  lastName: `Tester ${STAMP}`,
};
const TASK_TITLE = `E2E private task ${STAMP}`;
const STARTER_PATH = 'src/hello.py';
const SUBMIT_NOTE = 'Kept it small; I would add input checks with more time.';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

test('accounts and business: sign-up with email verification, a private task, an invitation accepted', { timeout: 900_000 }, async () => {
  const person = await newPage(browser, { baseURL: BASE_URL });
  const business = await newPage(browser, { baseURL: BASE_URL });
  const page = person.page;
  const bpage = business.page;
  page.setDefaultTimeout(30_000);
  bpage.setDefaultTimeout(30_000);
  let taskId;
  let invitedAssessmentId;
  let candidateScore;
  let verificationMails = 0;

  try {
    await step('sign up a new individual in the browser', async () => {
      verificationMails = (await inbox(INDIVIDUAL.email)).length;
      try {
        await page.goto('/sign-up');
      } catch (error) {
        throw new Error(`Skills Lab is not reachable at ${BASE_URL} (${error.message.split('\n')[0]}); start the system or set SKILLSLAB_URL`);
      }
      await page.getByTestId('account-type-individual').click();
      await page.getByTestId('sign-up-continue').click();
      await page.fill('#signup-firstName', INDIVIDUAL.firstName);
      await page.fill('#signup-lastName', INDIVIDUAL.lastName);
      await page.fill('#signup-email', INDIVIDUAL.email);
      await page.fill('#signup-password', INDIVIDUAL.password);
      await page.fill('#signup-confirmPassword', INDIVIDUAL.password);
      await page.getByTestId('sign-up-submit').click();
      const verify = page.locator('[data-testid="sign-up-page"][data-step="verify"]');
      try {
        await verify.waitFor({ timeout: 30_000 });
      } catch {
        throw new Error(`the verify step did not appear: ${(await shownErrors(page)) || 'no error shown'}`);
      }
      await page.getByTestId('verify-email').filter({ hasText: INDIVIDUAL.email }).waitFor();
      await screenshot(page, 'accounts-signup-verify.png');
    });

    let verificationLink;
    await step('the verification email arrives in GreenMail: Skills Lab’s own, in HTML and text, with Keycloak’s action link', async () => {
      const mail = await waitForMail(INDIVIDUAL.email, { subject: /verify your email/i, skip: verificationMails });
      const mime = mail.mimeMessage ?? '';
      assert.match(mail.subject, /Skills Lab/, `the subject names the product ("${mail.subject}")`);
      assert.match(mime, /Content-Type:\s*text\/plain/i, 'a text part');
      assert.match(mime, /Content-Type:\s*text\/html/i, 'an HTML part');
      const text = decodeMime(mime);
      assert.ok(text.includes(`Hi ${INDIVIDUAL.firstName},`), 'the email greets the person by first name');
      assert.ok(text.includes('Verify my email'), 'the email’s call to action');
      verificationLink = findLink(text, /https?:\/\/[^\s"'<>]+\/realms\/skills-lab\/login-actions\/action-token\?[^\s"'<>]+/);
      assert.ok(verificationLink, `an action-token link in the email "${mail.subject}"`);
      const rendered = await person.context.newPage();
      await rendered.setContent(htmlPart(mime));
      await screenshot(rendered, 'accounts-verification-email.png', { fullPage: true });
      await rendered.close();
    });

    await step('the link: one click on Skills Lab’s page confirms the address, then the sign-in has it filled in', async () => {
      await page.goto(verificationLink);
      const confirm = page.locator('#kc-confirm-email');
      try {
        await confirm.waitFor({ timeout: 30_000 });
      } catch {
        const shown = await page.locator('#kc-page-title, .kc-feedback-text, #kc-info-message, body').first().innerText().catch(() => '');
        throw new Error(`Keycloak did not ask to confirm the address (now at ${page.url()}): ${shown.replace(/\s+/g, ' ').slice(0, 300)}`);
      }
      assert.equal((await page.locator('#kc-page-title').innerText()).trim(), 'Confirm your email address');
      await page.locator('#sl-address').filter({ hasText: INDIVIDUAL.email }).waitFor();
      await screenshot(page, 'accounts-confirm-email.png');
      await confirm.click();
      // Keycloak verifies the address and sends the browser straight back to the app, which opens the sign-in.
      try {
        await page.locator('#sl-email-verified').waitFor({ timeout: 30_000 });
      } catch {
        const shown = await page.locator('#kc-page-title, .kc-feedback-text, body').first().innerText().catch(() => '');
        throw new Error(`the sign-in did not say the email is verified (now at ${page.url()}): ${shown.replace(/\s+/g, ' ').slice(0, 300)}`);
      }
      assert.equal(await page.inputValue('#username'), INDIVIDUAL.email, 'the address is filled in');
      await screenshot(page, 'accounts-signin-verified.png');
      await page.fill('#password', INDIVIDUAL.password);
      await page.click('#kc-login');
      await waitForDashboard(page);
      await page.getByTestId('user-type').filter({ hasText: 'Individual' }).waitFor();
      await page.getByTestId('user-name').filter({ hasText: INDIVIDUAL.firstName }).waitFor();
      await page.getByTestId('task-card').first().waitFor();
      await screenshot(page, 'accounts-individual-dashboard.png');
    });

    await step('the account page shows the new individual', async () => {
      await page.getByTestId('nav-account').click();
      await page.getByTestId('account-email').filter({ hasText: INDIVIDUAL.email }).waitFor();
      assert.equal((await page.getByTestId('account-type').textContent()).trim(), 'Individual');
      assert.equal(await page.getByTestId('nav-business').count(), 0);
      await page.goto('/business');
      await page.getByTestId('business-forbidden').waitFor();
    });

    await step('as the business, create a private task with custom weights', async () => {
      await signInFromLanding(bpage, BUSINESS);
      await bpage.getByTestId('nav-business').click();
      await bpage.getByTestId('business-home').waitFor();
      await bpage.getByTestId('new-task').click();
      await bpage.getByTestId('task-title-input').fill(TASK_TITLE);
      await bpage
        .getByTestId('task-description-input')
        .fill(`## Task Description\n\nPrint a greeting from \`${STARTER_PATH}\`, with AI assistance.\n\n## Requirements\n\n1. Keep it small\n2. Add a test`);
      await bpage.getByTestId('task-type-select').selectOption('code_generation');
      await bpage.getByTestId('task-difficulty-select').selectOption('basic');
      await bpage.getByTestId('task-time-limit').fill('60');
      assert.equal(await bpage.getByTestId('task-public').count(), 0, 'who can take it is chosen when publishing');
      await bpage.getByTestId('wizard-next').click();
      const card = (key) => bpage.locator(`[data-testid="category-card"][data-key="${key}"]`);
      await card('planning').getByTestId('category-weight').fill('20');
      await card('prompt_engineering').getByTestId('category-weight').fill('30');
      const planningSubitems = card('planning').getByTestId('subitem-weight');
      await planningSubitems.nth(0).fill('30');
      await planningSubitems.nth(3).fill('20');
      await bpage.locator('[data-testid="category-total"][data-valid="true"]').waitFor();
      await card('planning').locator('[data-testid="subitem-total"][data-valid="true"]').waitFor();
      await screenshot(bpage, 'accounts-business-scoring.png', { fullPage: true });
      await bpage.getByTestId('save-task').click();
      try {
        await bpage.waitForURL(/\/business\/tasks\/[^/]+\/edit\?step=files/, { timeout: 30_000 });
      } catch {
        throw new Error(`the task was not created: ${(await shownErrors(bpage)) || bpage.url()}`);
      }
      taskId = decodeURIComponent(new URL(bpage.url()).pathname.split('/')[3]);
    });

    await step('add a starter file', async () => {
      await bpage.getByTestId('file-input').setInputFiles({
        name: 'hello.py',
        mimeType: 'text/x-python',
        buffer: Buffer.from('def greet(name: str) -> str:\n    raise NotImplementedError\n'),
      });
      await bpage.getByTestId('file-path').fill(STARTER_PATH);
      await bpage.getByTestId('upload-file').click();
      try {
        await bpage.locator(`[data-testid="starter-files"] [data-testid="task-file"][data-path="${STARTER_PATH}"]`).waitFor({ timeout: 30_000 });
      } catch {
        throw new Error(`the starter file was not stored: ${(await shownErrors(bpage)) || 'no error shown'}`);
      }
      const stored = await apiFromPage(bpage, `/api/tasks/${encodeURIComponent(taskId)}`);
      assert.equal(stored.status, 200, `GET /api/tasks/${taskId}: HTTP ${stored.status} ${stored.body.slice(0, 300)}`);
      const task = JSON.parse(stored.body);
      assert.equal(task.isPublic, false);
      assert.equal(task.status, 'draft', 'a new task starts as a draft');
      assert.deepEqual(task.evaluationConfig.categoryWeights, { planning: 20, prompt_engineering: 30, tool_orchestration: 25, outcome_quality: 25 });
      assert.deepEqual(task.evaluationConfig.subitemWeights.planning, {
        task_breakdown: 30,
        time_estimation: 25,
        milestone_definition: 25,
        problem_understanding: 20,
      });
      assert.ok(task.files.some((f) => f.path === STARTER_PATH), `${STARTER_PATH} among ${task.files.map((f) => f.path).join(', ')}`);
      await screenshot(bpage, 'accounts-business-files.png', { fullPage: true });
    });

    await step('the individual does not see the private task', async () => {
      await page.goto('/dashboard');
      await page.getByTestId('task-card').first().waitFor();
      await page.waitForTimeout(500);
      const titles = await page.locator('[data-testid="task-card"] h3').allTextContents();
      assert.ok(!titles.includes(TASK_TITLE), `the private task is not in the catalogue (${titles.length} cards)`);
      const direct = await apiFromPage(page, `/api/tasks/${encodeURIComponent(taskId)}`);
      assert.equal(direct.status, 404, `the private task answers 404 to the individual (got HTTP ${direct.status})`);
    });

    let invitationMails = 0;
    let linkFromDialog;
    await step('the business invites the individual', async () => {
      invitationMails = (await inbox(INDIVIDUAL.email)).length;
      await bpage.goto('/business/tasks');
      const row = bpage.locator(`[data-testid="task-row"][data-task-id="${taskId}"]`);
      await row.waitFor();
      await row.getByTestId('invite-candidate').click();
      // A draft cannot be invited to: the dialog asks to publish it first, only for invited people.
      const publish = bpage.getByTestId('publish-dialog');
      await publish.getByTestId('publish-first').waitFor();
      assert.ok(await publish.getByTestId('publish-invite-only').isChecked());
      await publish.getByTestId('confirm-publish').click();
      const dialog = bpage.getByTestId('invite-dialog');
      await dialog.locator('#invite-recipientEmail').fill(INDIVIDUAL.email);
      await dialog.locator('#invite-recipientName').fill(`${INDIVIDUAL.firstName} ${INDIVIDUAL.lastName}`);
      await dialog.locator('#invite-message').fill('An end-to-end test invitation.');
      await dialog.getByTestId('invite-send').click();
      try {
        await dialog.getByTestId('invite-sent').waitFor({ timeout: 30_000 });
      } catch {
        throw new Error(`the invitation was not sent: ${(await shownErrors(bpage)) || 'no error shown'}`);
      }
      linkFromDialog = await dialog.getByTestId('invite-link').inputValue();
      assert.match(linkFromDialog, /^https?:\/\//, 'the access link is absolute');
      await screenshot(bpage, 'accounts-business-invited.png');
      await dialog.getByTestId('invite-done').click();
    });

    let accessLink;
    await step('the invitation email arrives in GreenMail', async () => {
      const mail = await waitForMail(INDIVIDUAL.email, { subject: /invites you/i, skip: invitationMails });
      const text = decodeMime(mail.mimeMessage ?? '');
      assert.ok(mail.subject.includes(TASK_TITLE) || text.includes(TASK_TITLE), `the email names the task (subject "${mail.subject}")`);
      accessLink = findLink(text, /https?:\/\/[^\s"'<>]+\/invite\/[^\s"'<>]+/);
      assert.ok(accessLink, 'an /invite/ link in the invitation email');
      assert.equal(new URL(accessLink).pathname, new URL(linkFromDialog).pathname, 'the email and the dialog give the same link');
    });

    await step('the individual opens the access link and accepts', async () => {
      await page.goto(onGateway(accessLink));
      try {
        await page.getByTestId('invite-task-title').filter({ hasText: TASK_TITLE }).waitFor({ timeout: 30_000 });
      } catch {
        throw new Error(`the invitation page did not show the task: ${(await shownErrors(page)) || page.url()}`);
      }
      await page.getByTestId('invite-signed-in-as').filter({ hasText: INDIVIDUAL.email }).waitFor();
      await screenshot(page, 'accounts-invitation.png', { fullPage: true });
      await page.getByTestId('accept-invitation').click();
      const left = page.waitForURL((url) => url.pathname.startsWith('/workspace/'), { timeout: 60_000 }).then(() => 'left');
      const refused = page.getByTestId('invite-wrong-account').waitFor({ timeout: 60_000 }).then(() => 'wrong-account');
      const failed = page.locator('[data-testid="invite-page"] [data-testid="error-state"]').waitFor({ timeout: 60_000 }).then(() => 'error');
      const outcome = await Promise.any([left, refused, failed]).catch(() => 'timeout');
      if (outcome !== 'left') {
        throw new Error(`accepting did not lead on (${outcome}, still at ${page.url()}): ${(await shownErrors(page)) || 'no message'}`);
      }
      // One click: accepting opens the invitation's own attempt, which asks to confirm the start.
      invitedAssessmentId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
      await page.getByTestId('start-gate').waitFor({ timeout: 30_000 });
      assert.match(await page.getByTestId('start-gate').innerText(), /Assessment for Demo Corp/i);
      await screenshot(page, 'accounts-accepted.png');
    });

    await step('the task is now reachable for the individual', async () => {
      // The access grant travels through Kafka (InvitationAccepted): it may take a moment.
      let last = { status: 0, body: '' };
      await waitUntil(
        async () => {
          last = await apiFromPage(page, `/api/tasks/${encodeURIComponent(taskId)}`);
          return last.status === 200;
        },
        { timeoutMs: 60_000, intervalMs: 2_000, message: `GET /api/tasks/${taskId} to answer 200 for the individual (last: HTTP ${last.status})` },
      );
      const task = JSON.parse(last.body);
      assert.equal(task.title, TASK_TITLE);
      assert.ok(!task.files.some((f) => f.visibility === 'hidden'), 'no hidden file for the candidate');
      await page.goto(`/tasks/${encodeURIComponent(taskId)}`);
      await page.getByTestId('task-title').filter({ hasText: TASK_TITLE }).waitFor();
      await page.getByTestId('task-files').filter({ hasText: STARTER_PATH }).waitFor();
      // The task page offers the invitation's attempt, never a second one.
      const open = page.getByTestId('resume-attempt');
      await open.waitFor();
      assert.equal(await open.getAttribute('href'), `/workspace/${encodeURIComponent(invitedAssessmentId)}`);
      assert.equal(await page.getByTestId('start-assessment').count(), 0, 'no "Start assessment" beside the open attempt');
      await screenshot(page, 'accounts-task-reachable.png', { fullPage: true });
    });

    await step('the candidate starts the invitation’s attempt, works and submits it with a note', async () => {
      await page.getByTestId('resume-attempt').click();
      await page.getByTestId('start-gate').getByTestId('start-assessment').click();
      await page.getByTestId('workspace').waitFor({ timeout: 90_000 });
      assert.equal(new URL(page.url()).pathname, `/workspace/${encodeURIComponent(invitedAssessmentId)}`);
      await page.locator(`[data-testid="file-tree-item"][data-path="${STARTER_PATH}"]`).click({ timeout: 90_000 });
      const lines = page.locator('.monaco-editor .view-lines');
      await lines.waitFor({ timeout: 30_000 });
      await lines.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('def greet(name: str) -> str:\n    return f"Hello, {name}!"\n');
      await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 30_000 });
      await page.getByTestId('submit-assessment').click();
      await page.getByTestId('submit-notes').fill(SUBMIT_NOTE);
      await page.getByTestId('confirm-submit').click();
      await page.waitForURL(`**/results/${encodeURIComponent(invitedAssessmentId)}`, { timeout: 60_000 });
      const score = page.getByTestId('final-score');
      const failed = page.getByTestId('scoring-failed');
      await score.or(failed).first().waitFor({ timeout: 180_000 });
      if (await failed.count()) throw new Error(`scoring failed: ${await failed.textContent()}`);
      candidateScore = (await score.textContent()).trim();
      assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /Your results for Demo Corp/);
      assert.match(await page.getByTestId('score-summary').innerText(), /^You scored/);
      await page.getByTestId('submission-note').filter({ hasText: SUBMIT_NOTE }).waitFor();
      await screenshot(page, 'accounts-candidate-results.png', { fullPage: true });
    });

    await step('the business sees the score in the invitation row and opens the candidate’s report', async () => {
      const row = bpage.getByTestId('invitation-row').filter({ hasText: INDIVIDUAL.email }).first();
      await waitUntil(
        async () => {
          await bpage.goto(`/business/invitations?taskId=${encodeURIComponent(taskId)}`);
          await row.waitFor({ timeout: 15_000 });
          return (
            (await row.getAttribute('data-status')) === 'completed' &&
            (await row.getByTestId('assessment-status').getAttribute('data-status')) === 'scored'
          );
        },
        { timeoutMs: 90_000, intervalMs: 3_000, message: 'the invitation row to show the scored assessment' },
      );
      assert.equal((await row.getByTestId('invitation-score').innerText()).trim().split(/\s/)[0], candidateScore);
      await screenshot(bpage, 'accounts-business-invitations.png', { fullPage: true });
      await row.getByTestId('invitation-report').click();
      await bpage.waitForURL(`**/results/${encodeURIComponent(invitedAssessmentId)}`);
      await bpage.getByTestId('candidate-name').filter({ hasText: INDIVIDUAL.firstName }).waitFor({ timeout: 30_000 });
      await bpage.getByTestId('candidate-email').filter({ hasText: INDIVIDUAL.email }).waitFor();
      assert.match(await bpage.getByTestId('score-summary').innerText(), /^The candidate scored/);
      assert.equal(await bpage.getByTestId('share-section').count(), 0, 'no "Share your result" for the business');
      await bpage.getByTestId('submission-note').filter({ hasText: SUBMIT_NOTE }).waitFor();
      await screenshot(bpage, 'accounts-business-report.png', { fullPage: true });
    });
  } catch (error) {
    await screenshot(page, 'accounts-failure-individual.png', { fullPage: true }).catch(() => undefined);
    await screenshot(bpage, 'accounts-failure-business.png', { fullPage: true }).catch(() => undefined);
    const console = [...person.problems.map((p) => `individual: ${p}`), ...business.problems.map((p) => `business: ${p}`)];
    if (console.length) error.message += `\nbrowser console:\n  ${console.slice(-12).join('\n  ')}`;
    throw error;
  } finally {
    await person.context.close();
    await business.context.close();
  }
});
