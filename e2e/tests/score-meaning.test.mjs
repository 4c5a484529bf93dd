// What a score means, on the running platform, with throw-away accounts only:
//   1. a session that does nothing scores below 20, level explorer;
//   2. two sessions of "Build a REST API with AI Assistance" with the same prompts and the same visible test run,
//      one writing the task's reference solution, the other code that runs but solves nothing: the solved one scores
//      at least 20 points more, the unsolved one stays explorer and its report says the outcome bounded it;
//   3. a business's own task without hidden tests, taken through an invitation, one line changed and submitted within
//      a minute: outcome quality below 30, the outcome not taken from hidden tests, correctness without enough
//      evidence (or at most 20);
//   4. in every report above, each strength shown is a subitem scored 70 or more whose published claims hold
//      against the metrics it was scored from.
// Each session's score, level and category scores are printed.
//
//   SKILLSLAB_URL, KEYCLOAK_URL  the gateway and Keycloak (defaults: the local platform)
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { E2E_DIR, launchBrowser, newPage, screenshot, step } from '../lib/browser.mjs';
import { BASE_URL, callApi, tempUser, uploadTaskFile } from '../lib/platform.mjs';

const TASK = 'Build a REST API with AI Assistance';
const REFERENCE_DIR = join(E2E_DIR, '..', 'task-service', 'src', 'test', 'resources', 'reference-solutions', 'a1b2c3d4-e5f6-7890-abcd-ef1234567890');
const SOLUTION_FILES = ['todo_api/store.py', 'todo_api/server.py'];
const PROMPTS = [
  'In todo_api/store.py, how should TodoStore.create, get, update and delete use the SQLite table? get must return None when the todo does not exist.',
  'In todo_api/server.py, which status codes must POST /todos, PUT /todos/{id} and DELETE /todos/{id} return when the title is blank or the todo is missing?',
];
// Code that runs and changes nothing the task asks for.
const HARMLESS = {
  'todo_api/store.py': '\n\ndef describe(todo):\n    """A one-line description of a todo, for logs."""\n    return "%s: %s" % (todo["id"], todo["title"])\n',
  'todo_api/server.py': '\n\ndef banner(host, port):\n    """The line printed when the server starts."""\n    return "Todo API listening on http://%s:%d" % (host, port)\n',
};

const SCORING_TIMEOUT = 600_000; // a shared two-core machine scores slowly

const users = [];
const open = []; // [api, assessmentId] of attempts not submitted yet
const reports = []; // { label, score } of every scored session, for the strengths check
let businessTask; // { token, id } of the business's task, deleted (or archived) after the run

async function user(prefix, role) {
  const made = await tempUser(prefix, role);
  users.push(made);
  return made;
}

async function start(api, taskId) {
  const id = await api.start(taskId);
  open.push([api, id]);
  return id;
}

async function submit(api, id) {
  const answer = await api.submit(id);
  const at = open.findIndex(([, openId]) => openId === id);
  if (at >= 0) open.splice(at, 1);
  return answer;
}

/** Waits for the score, keeps the report for the strengths check and prints what the note quotes. */
async function scoredReport(label, api, id) {
  const assessment = await step(`${label}: scored`, () => api.scored(id, SCORING_TIMEOUT));
  const { score } = assessment;
  reports.push({ label, score });
  const categories = Object.entries(score.categoryScores ?? {})
    .map(([key, value]) => `${key} ${value}`)
    .join(', ');
  console.log(`${label}: score ${score.finalScore}, level ${score.proficiencyLevel}, categories: ${categories} (scoring ${score.scoringVersion})`);
  return score;
}

const version = (score) => `scoring ${score.scoringVersion}`;

async function offlineModel(api) {
  const { models } = await api.get('/api/ai/models');
  return models.find((m) => m.offline)?.id ?? null;
}

/** The same process for both candidates of scenario 2; only `write` differs. */
async function work(api, id, { model, testCommand, write }) {
  const starter = {};
  for (const path of SOLUTION_FILES) starter[path] = await api.readFile(id, path);
  if (model) {
    for (const message of PROMPTS) {
      const answer = await api.post('/api/ai/chat', { assessmentId: id, model, message });
      assert.ok(answer.content?.length > 0, `an answer to "${message}"`);
    }
  }
  await write(starter);
  const run = await api.run(id, testCommand);
  assert.equal(run.exitCode, 0, `the visible tests pass: ${run.stdout}\n${run.stderr}`);
}

function metricValue(metrics, name) {
  if (Object.hasOwn(metrics, name)) return metrics[name];
  return String(name)
    .split('.')
    .reduce((value, key) => (value == null ? undefined : value[key]), metrics);
}

/** What is wrong with the strengths one report shows (empty when each agrees with its subitem). */
function strengthProblems(label, score) {
  const problems = [];
  const analysis = score.detailedAnalysis?.categoryAnalysis ?? {};
  for (const strength of score.strengths ?? []) {
    const where = `${label}: strength ${strength.category}.${strength.subitem} ("${strength.text}", ${version(score)})`;
    const item = analysis[strength.category]?.subitems?.[strength.subitem];
    if (!item || typeof item !== 'object') {
      problems.push(`${where} has no categoryAnalysis entry`);
      continue;
    }
    const published = score.subitemScores?.[strength.category]?.[strength.subitem]?.raw;
    if (!(published >= 70)) problems.push(`${where} is shown for a subitem scored ${published}`);
    if (!(item.score >= 70)) problems.push(`${where} is shown while its analysis scores it ${item.score}`);
    if (!Array.isArray(item.claims) || item.claims.length === 0) {
      problems.push(`${where} publishes no claims (${JSON.stringify(item.claims)})`);
      continue;
    }
    const metrics = item.metrics ?? {};
    for (const claim of item.claims) {
      const raw = metricValue(metrics, claim.metric);
      const value = typeof raw === 'boolean' ? Number(raw) : raw;
      const said = `claim "${claim.text}" (${claim.metric} in [${claim.min ?? '-inf'}, ${claim.max ?? 'inf'}])`;
      if (typeof value !== 'number' || Number.isNaN(value)) {
        problems.push(`${where}: ${said} names a metric the subitem does not have: ${JSON.stringify(raw)} in ${JSON.stringify(metrics)}`);
        continue;
      }
      if (claim.min != null && value < claim.min) problems.push(`${where}: ${said} does not hold, ${claim.metric} = ${value}`);
      if (claim.max != null && value > claim.max) problems.push(`${where}: ${said} does not hold, ${claim.metric} = ${value}`);
    }
  }
  return problems;
}

before(async () => {
  // The gateway's health is on its management port (never on the public one).
  const health = await fetch(`${(process.env.SKILLSLAB_MANAGEMENT_URL ?? 'http://127.0.0.1:9080').replace(/\/$/, '')}/q/health/ready`).catch((error) => error);
  if (health instanceof Error) throw new Error(`Skills Lab is not reachable (${health.cause?.code ?? health.message}); start the system or set SKILLSLAB_URL`);
});

after(async () => {
  for (const [api, id] of open) await api.submit(id).catch(() => undefined);
  if (businessTask) await callApi(businessTask.token, 'DELETE', `/api/tasks/${encodeURIComponent(businessTask.id)}`).catch(() => undefined);
  for (const made of users) await made.remove().catch(() => undefined);
});

test('a session that does nothing scores below 20, level explorer', { timeout: 900_000 }, async () => {
  const { api } = await user('nothing');
  const task = await api.defaultTask(TASK);
  const id = await step('the attempt starts', () => start(api, task.id));
  await step('and is submitted untouched', () => submit(api, id));
  const score = await scoredReport('do-nothing', api, id);

  assert.ok(score.finalScore < 20, `doing nothing scores ${score.finalScore}, below 20 expected (${version(score)})`);
  assert.equal(score.proficiencyLevel, 'explorer', `doing nothing is level ${score.proficiencyLevel} (${version(score)})`);
});

test('the same process scores at least 20 points more when it solves the task; unsolved stays explorer', { timeout: 1_500_000 }, async () => {
  const solver = await user('solved');
  const unsolver = await user('unsolved');
  const task = await solver.api.defaultTask(TASK);
  const testCommand = task.visibleTestCommand;
  assert.ok(typeof testCommand === 'string' && testCommand.trim(), `the task has a visible test command: ${JSON.stringify(testCommand)}`);
  const model = await offlineModel(solver.api);
  if (!model) console.log('no offline model is offered: both sessions work without the chat');
  const reference = Object.fromEntries(
    await Promise.all(SOLUTION_FILES.map(async (path) => [path, await readFile(join(REFERENCE_DIR, path), 'utf8')])),
  );

  const solvedId = await step('the solving attempt starts', () => start(solver.api, task.id));
  await step('it prompts, writes the reference solution and runs the visible tests', () =>
    work(solver.api, solvedId, {
      model,
      testCommand,
      write: async () => {
        for (const path of SOLUTION_FILES) await solver.api.writeFile(solvedId, path, reference[path]);
      },
    }),
  );
  await step('it is submitted', () => submit(solver.api, solvedId));

  const unsolvedId = await step('the other attempt starts', () => start(unsolver.api, task.id));
  await step('it prompts the same, writes code that solves nothing and runs the same visible tests', () =>
    work(unsolver.api, unsolvedId, {
      model,
      testCommand,
      write: async (starter) => {
        for (const path of SOLUTION_FILES) {
          await unsolver.api.writeFile(unsolvedId, path, starter[path].replace(/\s*$/, '\n') + HARMLESS[path]);
        }
      },
    }),
  );
  await step('it is submitted', () => submit(unsolver.api, unsolvedId));

  const [solved, unsolved] = await Promise.all([
    scoredReport('solved', solver.api, solvedId),
    scoredReport('unsolved', unsolver.api, unsolvedId),
  ]);

  await step('the hidden tests tell the two apart', () => {
    const solvedHidden = solved.detailedAnalysis?.testing?.hiddenTests;
    const unsolvedHidden = unsolved.detailedAnalysis?.testing?.hiddenTests;
    assert.ok(solvedHidden?.ran && solvedHidden.total > 0, `the reference solution's hidden run: ${JSON.stringify(solvedHidden)}`);
    assert.equal(solvedHidden.passed, solvedHidden.total, `the reference solution passes every hidden test: ${JSON.stringify(solvedHidden)}`);
    assert.ok(unsolvedHidden?.ran, `the unsolved attempt's hidden run: ${JSON.stringify(unsolvedHidden)}`);
    assert.ok(unsolvedHidden.passed < unsolvedHidden.total, `the unsolved attempt does not pass the hidden suite: ${JSON.stringify(unsolvedHidden)}`);
  });

  const gap = Math.round((solved.finalScore - unsolved.finalScore) * 100) / 100;
  console.log(`solved - unsolved: ${gap} points`);
  assert.ok(gap >= 20, `solved ${solved.finalScore} vs unsolved ${unsolved.finalScore}: ${gap} points apart, at least 20 expected (${version(unsolved)})`);
  assert.equal(unsolved.proficiencyLevel, 'explorer', `the unsolved attempt is level ${unsolved.proficiencyLevel} at ${unsolved.finalScore} (${version(unsolved)})`);
  const gate = unsolved.detailedAnalysis?.outcomeGate;
  assert.ok(gate && typeof gate === 'object', `the unsolved report records the outcome gate: ${JSON.stringify(gate)} (${version(unsolved)})`);
});

test('a business task without hidden tests: one line changed in a minute shows no outcome', { timeout: 1_200_000 }, async () => {
  const business = await user('owner', 'business');
  const candidate = await user('invitee');
  const starter = [
    '"""Greets people."""',
    '',
    '',
    'def greet(name):',
    '    """The greeting for one person."""',
    '    return "Hello"',
    '',
    '',
    'if __name__ == "__main__":',
    '    print(greet("world"))',
    '',
  ].join('\n');

  const taskId = await step('the business creates its own task with no hidden tests', async () => {
    const created = await callApi(business.token, 'POST', '/api/tasks', {
      json: {
        title: `Score meaning ${Date.now().toString(36)}`,
        description:
          '## Task Description\n\nMake `greet(name)` in `greeting.py` greet the person by name.\n\n## Requirements\n\n1. `greet("Ada")` returns `"Hello, Ada!"`\n2. A blank name raises `ValueError`\n3. Add tests for both',
        taskType: 'code_generation',
        difficulty: 'basic',
        timeLimitMinutes: 60,
        runtime: 'python',
        hiddenTestRunner: 'none',
      },
    });
    assert.equal(created.status, 201);
    businessTask = { token: business.token, id: created.body.id };
    const file = await uploadTaskFile(business.token, created.body.id, 'greeting.py', starter);
    assert.equal(file.status, 201);
    const published = await callApi(business.token, 'POST', `/api/tasks/${encodeURIComponent(created.body.id)}/publish`, { json: { isPublic: false } });
    assert.equal(published.status, 200);
    assert.equal(published.body.isPublic, false);
    assert.ok(!published.body.files.some((f) => f.visibility === 'hidden'), 'the task has no hidden file');
    return created.body.id;
  });

  const assessmentId = await step('the business invites the candidate, who accepts', async () => {
    const invited = await callApi(business.token, 'POST', '/api/invitations', {
      json: { taskId, recipientEmail: candidate.email, recipientName: 'E2E invitee', message: 'A score-meaning test.' },
    });
    assert.equal(invited.status, 201);
    const token = new URL(invited.body.accessLink).pathname.split('/').pop();
    const accepted = await callApi(candidate.token, 'POST', `/api/invitations/access/${encodeURIComponent(token)}/accept`);
    assert.equal(accepted.status, 200);
    assert.ok(accepted.body.assessmentId, `the invitation's attempt: ${JSON.stringify(accepted.body)}`);
    return accepted.body.assessmentId;
  });

  const { api } = candidate;
  await step('the attempt starts', async () => {
    const started = await callApi(candidate.token, 'POST', `/api/assessments/${encodeURIComponent(assessmentId)}/start`);
    assert.equal(started.status, 200);
    open.push([api, assessmentId]);
  });
  const began = Date.now();
  await step('one line is changed and the attempt submitted within a minute', async () => {
    const content = await api.readFile(assessmentId, 'greeting.py');
    assert.ok(content.includes('    return "Hello"\n'), `the starter file: ${content}`);
    await api.writeFile(assessmentId, 'greeting.py', content.replace('    return "Hello"\n', '    return "Hello, " + name\n'));
    await submit(api, assessmentId);
    assert.ok(Date.now() - began < 60_000, `submitted ${Math.round((Date.now() - began) / 1000)} s after the start`);
  });
  const score = await scoredReport('business-one-line', api, assessmentId);

  const outcome = score.categoryScores?.outcome_quality;
  const source = score.detailedAnalysis?.outcomeEvidence?.source;
  const correctness = score.subitemScores?.outcome_quality?.correctness;
  console.log(`business-one-line: outcome evidence ${JSON.stringify(score.detailedAnalysis?.outcomeEvidence)}, correctness ${JSON.stringify(correctness)}`);
  assert.ok(outcome < 30, `outcome quality ${outcome}, below 30 expected (${version(score)})`);
  assert.ok(typeof source === 'string' && source.length > 0, `detailedAnalysis.outcomeEvidence.source is reported: ${JSON.stringify(score.detailedAnalysis?.outcomeEvidence)} (${version(score)})`);
  assert.notEqual(source, 'hidden-tests', 'a task without hidden tests takes its outcome from something else');
  assert.ok(correctness, `the correctness subitem is published: ${JSON.stringify(score.subitemScores?.outcome_quality)}`);
  assert.ok(
    correctness.enoughEvidence === false || correctness.raw <= 20,
    `correctness ${correctness.raw} with enoughEvidence ${correctness.enoughEvidence}: not enough evidence or at most 20 expected (${version(score)})`,
  );

  await step('the business opens the report and sees what the outcome rests on', async () => {
    const browser = await launchBrowser();
    try {
      const { page, problems } = await newPage(browser, { baseURL: BASE_URL });
      await page.goto('/');
      const signIn = page.getByTestId('sign-in');
      await page.waitForFunction(() => !document.querySelector('[data-testid="sign-in"]')?.disabled, null, { timeout: 30_000 });
      await signIn.click();
      await page.waitForSelector('#username', { timeout: 30_000 });
      await page.fill('#username', business.email);
      await page.fill('#password', business.password);
      await page.click('#kc-login');
      await page.waitForURL((url) => !url.href.includes('/realms/'), { timeout: 30_000 });
      await page.goto(`/results/${encodeURIComponent(assessmentId)}`);
      const note = page.getByTestId('outcome-evidence-note');
      await note.waitFor({ timeout: 30_000 });
      assert.match(await note.innerText(), /without hidden tests/);
      const pills = page.getByTestId('subitem-no-evidence');
      assert.ok((await pills.count()) > 0, 'subitems without enough evidence are marked');
      assert.ok((await page.getByTestId('subitem-basis').count()) >= 16, 'every subitem says what it was taken from');
      await screenshot(page, 'score-meaning-business-report.png', { fullPage: true });
      assert.deepEqual(problems.filter((p) => !p.includes('favicon')), [], 'the report page logs no errors');
    } finally {
      await browser.close();
    }
  });
});

test('every strength shown is a subitem scored 70 or more whose claims hold against its metrics', () => {
  assert.ok(reports.length > 0, 'no session of the tests above was scored');
  for (const { label, score } of reports) {
    console.log(`${label}: strengths ${JSON.stringify((score.strengths ?? []).map((s) => `${s.category}.${s.subitem}`))}`);
  }
  const problems = reports.flatMap(({ label, score }) => strengthProblems(label, score));
  assert.deepEqual(problems, [], `strengths that disagree with their subitems:\n  ${problems.join('\n  ')}`);
  assert.equal(reports.length, 4, `all four sessions were checked (${reports.map((r) => r.label).join(', ')})`);
});
