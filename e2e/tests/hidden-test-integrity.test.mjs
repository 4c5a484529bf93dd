// The hidden tests attacked on the running platform, as a candidate with the file API would: modules named like the
// standard library, sitecustomize and .pth hooks, a solution that patches unittest and prints fake results, a forged
// snapshot script and the hidden tests' source printed from the solution. The forged workspace must score the hidden
// count the untouched starter scores, the candidate's report must leak nothing of the hidden suite, and the flags must
// reach the people who judge the result (an admin here: the task is a default one). Throw-away accounts only.
//
//   SKILLSLAB_URL, KEYCLOAK_URL  the gateway and Keycloak (defaults: the local platform)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { step } from '../lib/browser.mjs';
import { tempUser } from '../lib/platform.mjs';

const TASK = 'Build a REST API with AI Assistance';
// Lines of the task's hidden suite: none may reach the candidate.
const HIDDEN_SOURCE = ['Hidden acceptance tests of the todo API', 'cls.server = make_server("127.0.0.1", 0)'];

// Printed by each shadowing module: the result lines the old runner read from stdout, for every marker it can find.
const FAKE_RESULTS = `import sys
for marker in list(sys.argv) + ['@@skillslab-test-0@@']:
    for i in range(30):
        print(marker + ' {"name": "hidden_tests.test_todo_api.TodoApiTest.test_%d" % i, "passed": true, "message": null}')
sys.stdout.write('{"files": [], "skipped": []}')
raise SystemExit(0)
`;

const FRAMEWORK_PATCH = `
import glob as _glob, sys as _sys, unittest as _unittest
for _name in dir(_unittest.TestCase):
    if _name.startswith('assert'):
        setattr(_unittest.TestCase, _name, lambda *a, **k: None)
_source = ''.join(open(p).read() for p in _glob.glob('hidden_tests/*.py') + _glob.glob('/*/hidden_tests/*.py'))
print(_source)
print(_source, file=_sys.stderr)
`;

function hiddenOf(report) {
  const hidden = report.score?.detailedAnalysis?.testing?.hiddenTests;
  assert.ok(hidden, `the report has hidden-test results: ${JSON.stringify(report.score?.detailedAnalysis?.testing)}`);
  return hidden;
}

test('a forged workspace scores the starter\'s hidden-test count, leaks nothing to the candidate and is flagged for the judges', { timeout: 900_000 }, async () => {
  const candidate = await tempUser('forger');
  const admin = await tempUser('judge', 'admin');
  const { api } = candidate;
  const open = [];
  try {
    const task = await api.defaultTask(TASK);
    const honest = await step('the first attempt starts', () => api.start(task.id));
    open.push(honest);
    await step('the untouched starter is submitted', () => api.submit(honest));
    const honestReport = await step('and scored', () => api.scored(honest));
    open.splice(open.indexOf(honest), 1);

    const forgedId = await step('a second attempt starts', () => api.start(task.id));
    open.push(forgedId);

    await step('the forgery is written through the file API', async () => {
      for (const path of ['traceback.py', 'json.py', 'unittest/__init__.py', 'snapshot.py', 'base64.py']) {
        await api.writeFile(forgedId, path, FAKE_RESULTS);
      }
      const patch = "import unittest\nunittest.TestCase.assertEqual = lambda *a, **k: None\n";
      await api.writeFile(forgedId, 'sitecustomize.py', patch);
      await api.writeFile(forgedId, 'zz.pth', 'import unittest; unittest.TestCase.assertEqual = lambda *a, **k: None\n');
      const init = await api.readFile(forgedId, 'todo_api/__init__.py');
      await api.writeFile(forgedId, 'todo_api/__init__.py', init + FRAMEWORK_PATCH);
    });
    await step('the forged attempt is submitted', () => api.submit(forgedId));
    const forgedReport = await step('and scored', () => api.scored(forgedId));
    open.splice(open.indexOf(forgedId), 1);

    await step('the forgery passes exactly the hidden tests the starter passes', () => {
      const clean = hiddenOf(honestReport);
      const fake = hiddenOf(forgedReport);
      assert.equal(clean.ran, true, `the starter's hidden suite ran: ${JSON.stringify(clean)}`);
      assert.ok(clean.total > 0);
      assert.equal(fake.total, clean.total, `same hidden suite: ${JSON.stringify(fake)} vs ${JSON.stringify(clean)}`);
      assert.equal(fake.passed, clean.passed, `forged ${fake.passed}/${fake.total}, starter ${clean.passed}/${clean.total}`);
      assert.ok(clean.passed < clean.total, 'the starter does not solve the task');
      assert.equal(clean.counted, true);
      assert.equal(fake.counted, false, 'a result the workspace interfered with does not count');
    });

    await step('the candidate reads no hidden source, error text or flag', () => {
      const text = JSON.stringify(forgedReport);
      for (const line of HIDDEN_SOURCE) assert.ok(!text.includes(line), `the candidate's report quotes the hidden suite: ${line}`);
      const analysis = forgedReport.score.detailedAnalysis;
      assert.equal(analysis.testing.hiddenTests.error, undefined);
      assert.equal(analysis.integrity?.hiddenTestFlags, undefined);
      assert.equal(analysis.integrity?.hiddenTestNote, undefined);
    });

    await step('an admin sees what the workspace did', async () => {
      const judged = await admin.api.get(`/api/assessments/${forgedId}`);
      const flags = judged.score.detailedAnalysis.integrity.hiddenTestFlags;
      for (const flag of ['stdlib-shadowing', 'sitecustomize', 'pth-file', 'framework-patched']) {
        assert.ok(flags.includes(flag), `flag ${flag} in ${JSON.stringify(flags)}`);
      }
      assert.match(judged.score.detailedAnalysis.integrity.hiddenTestNote, /counts 0/);
      const outcome = judged.score.categoryScores.outcome_quality;
      assert.ok(outcome <= 40, `the forgery's outcome quality is capped at 40: ${JSON.stringify(judged.score.categoryScores)}`);
    });
  } finally {
    for (const id of open) await api.submit(id).catch(() => undefined);
    await candidate.remove();
    await admin.remove();
  }
});
