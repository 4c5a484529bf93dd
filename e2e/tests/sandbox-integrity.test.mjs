// Attacks on the running platform, as a candidate with a terminal and the file API would try them: the sandbox's hard
// limits (fork bomb, /dev/shm, the workspace disk, memory, forbidden system calls) leave another session working, the
// per-user and per-session limits answer 429, evidence survives a kill -9 of assessment-service in mid-session, and a
// session flooding its terminal leaves another session's evidence complete.
// Each test makes its own throw-away account.
//
//   SKILLSLAB_URL, KEYCLOAK_URL  the gateway and Keycloak (defaults: the local platform)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { step } from '../lib/browser.mjs';
import { crashService, refusal, tempUser, terminal } from '../lib/platform.mjs';

const PYTHON_TASK = 'Build a REST API with AI Assistance';
const SECOND_PYTHON_TASK = 'Debug Authentication Flow';

/** Time of one trivial command in a session: the other session must stay this responsive. */
async function responsive(api, id) {
  const started = Date.now();
  const result = await api.run(id, 'echo alive');
  assert.equal(result.exitCode, 0, `echo in the other session: ${JSON.stringify(result)}`);
  assert.match(result.stdout, /alive/);
  return Date.now() - started;
}

test('one session cannot starve another: fork bomb, /dev/shm, disk, memory and system calls stay inside it', { timeout: 900_000 }, async () => {
  const user = await tempUser('containment');
  const { api } = user;
  const started = [];
  try {
    const [first, second] = await Promise.all([api.defaultTask(PYTHON_TASK), api.defaultTask(SECOND_PYTHON_TASK)]);
    const attacker = await api.start(first.id);
    started.push(attacker);
    const bystander = await api.start(second.id);
    started.push(bystander);

    const attacks = [
      ['a fork bomb', `python3 -c "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass"`],
      ['filling /dev/shm', 'dd if=/dev/zero of=/dev/shm/fill bs=1M count=8192'],
      ['filling the workspace disk', 'dd if=/dev/zero of=fill.bin bs=1M count=65536'],
      ['allocating 8 GiB', 'python3 -c "b = bytearray(8 * 1024 ** 3); print(len(b))"'],
    ];
    for (const [name, command] of attacks) {
      await step(name, async () => {
        const result = await api.run(attacker, command);
        assert.notEqual(result.exitCode, 0, `${name} must fail inside its session: ${JSON.stringify(result).slice(0, 400)}`);
        const ms = await responsive(api, bystander);
        assert.ok(ms < 15_000, `the other session answered in ${ms} ms after ${name}`);
      });
      await api.run(attacker, 'rm -f fill.bin /dev/shm/fill').catch(() => undefined);
    }

    await step('forbidden system calls fail', async () => {
      const unshare = await api.run(attacker, 'unshare -r true');
      assert.notEqual(unshare.exitCode, 0, `unshare -r: ${JSON.stringify(unshare)}`);
      const probe = await api.run(
        attacker,
        `python3 -c "import ctypes; libc = ctypes.CDLL(None, use_errno=True); print('io_uring_setup', libc.syscall(425, 1, 0), 'keyctl', libc.syscall(250, 0, 0), 'ptrace', libc.syscall(101, 0, 1, 0, 0))"`,
      );
      assert.match(probe.stdout, /io_uring_setup -1 keyctl -1 ptrace -1/, `the calls are refused: ${probe.stdout} ${probe.stderr}`);
    });

    await step('a third live sandbox for the same person is refused with 429', async () => {
      const { tasks } = await api.get('/api/tasks?isDefault=true&limit=50');
      const third = tasks.find((t) => t.id !== first.id && t.id !== second.id);
      const { assessmentId } = await api.post('/api/assessments', { taskId: third.id });
      started.push(assessmentId);
      const error = await refusal(api.post(`/api/assessments/${assessmentId}/start`));
      assert.ok(error, 'the third start was refused');
      assert.equal(error.status, 429, error.message);
    });

    await step('a third concurrent run in a session is refused with 429', async () => {
      // Each slow run takes a slot, trying again while a probe below holds one for a moment.
      const hold = async () => {
        for (;;) {
          const problem = await refusal(api.run(bystander, 'sleep 20'));
          if (!problem) return null;
          if (problem.status !== 429) return problem;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      };
      const slow = [hold(), hold()];
      const deadline = Date.now() + 40_000;
      let third = null;
      while (Date.now() < deadline) {
        third = await refusal(api.run(bystander, 'true'));
        if (third) break;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      assert.ok(third, 'a third run while two were running was refused');
      assert.equal(third.status, 429, third.message);
      await api.post(`/api/assessments/${bystander}/run/stop`);
      const failures = (await Promise.all(slow)).filter(Boolean);
      assert.deepEqual(failures, [], 'the slow runs were taken');
    });
  } finally {
    for (const id of started) await api.submit(id).catch(() => undefined);
    await user.remove();
  }
});

test('evidence survives a kill -9 of assessment-service in mid-session', { timeout: 900_000 }, async () => {
  const user = await tempUser('evidence');
  const { api } = user;
  let id;
  try {
    const task = await api.defaultTask(PYTHON_TASK);
    id = await api.start(task.id);
    const shell = await terminal(user.token, id);
    let lines = 0;
    let runs = 0;
    const work = async (label) => {
      for (let i = 1; i <= 4; i++) {
        await shell.line(`echo ${label}-$((${i} * 1000))`, `${label}-${i * 1000}`);
        lines++;
      }
      for (let i = 1; i <= 2; i++) {
        const result = await api.run(id, `python3 -c "print('${label} run ${i}')"`);
        assert.equal(result.exitCode, 0);
        runs++;
      }
    };

    await step('terminal commands and runs before the crash', () => work('before'));
    await step('kill -9 of assessment-service while the candidate keeps working', async () => {
      const crash = crashService('assessment-service');
      await work('during');
      await crash;
    });
    await step('more work after the restart', () => work('after'));
    shell.close();

    const report = await step('submit and score', async () => {
      await api.submit(id);
      return api.scored(id);
    });
    id = null;
    await step('the report holds every command and run exactly once, and no gap in the evidence', async () => {
      const testing = report.score.detailedAnalysis.testing;
      assert.equal(testing.runs, lines + runs, `runs in the record: ${JSON.stringify(testing)} (typed ${lines} lines, made ${runs} runs)`);
      const evidence = report.score.detailedAnalysis.integrity?.evidence ?? {};
      assert.ok(!JSON.stringify(evidence).includes('evidence-incomplete'), `no evidence-incomplete signal: ${JSON.stringify(evidence)}`);
    });
  } finally {
    if (id) await api.submit(id).catch(() => undefined);
    await user.remove();
  }
});

test("a session flooding its terminal loses only its own excess; another session's evidence is complete", { timeout: 900_000 }, async () => {
  const user = await tempUser('flood');
  const { api } = user;
  const open = [];
  try {
    const [first, second] = await Promise.all([api.defaultTask(PYTHON_TASK), api.defaultTask(SECOND_PYTHON_TASK)]);
    const flooder = await api.start(first.id);
    open.push(flooder);
    const worker = await api.start(second.id);
    open.push(worker);
    const floodShell = await terminal(user.token, flooder);
    const workShell = await terminal(user.token, worker);

    await step('one session types thousands of lines while the other works', async () => {
      for (let i = 0; i < 6; i++) floodShell.type('true\r'.repeat(500));
      floodShell.type('echo flood-$((40 + 2))\r');
      for (let i = 1; i <= 3; i++) {
        await workShell.line(`echo work-$((${i} * 7))`, `work-${i * 7}`);
        const result = await api.run(worker, `python3 -c "print('work run ${i}')"`);
        assert.equal(result.exitCode, 0);
      }
      await floodShell.line('echo flood-done-$((1 + 1))', 'flood-done-2', 120_000);
    });
    floodShell.close();
    workShell.close();

    const [flooded, worked] = await step('both are submitted and scored', async () => {
      await Promise.all([api.submit(flooder), api.submit(worker)]);
      open.length = 0;
      return Promise.all([api.scored(flooder), api.scored(worker)]);
    });

    await step("the worker's three lines and three runs are all in its report, with no gap", () => {
      const analysis = worked.score.detailedAnalysis;
      assert.equal(analysis.testing.runs, 6, JSON.stringify(analysis.testing));
      assert.deepEqual(analysis.integrity.evidence.signals, [], JSON.stringify(analysis.integrity.evidence));
    });
    await step("the flooder's excess is counted in its own report", () => {
      const evidence = flooded.score.detailedAnalysis.integrity.evidence;
      assert.ok(evidence.signals.includes('activity-dropped'), JSON.stringify(evidence));
      assert.ok(evidence.activityDropped.count > 0 && evidence.activityDropped.count < 3002, JSON.stringify(evidence));
    });
  } finally {
    for (const id of open) await api.submit(id).catch(() => undefined);
    await user.remove();
  }
});
