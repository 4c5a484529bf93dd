import { ShieldAlert, ShieldCheck } from 'lucide-react';
import type { DetailedAnalysis, HiddenTestsSummary, OutcomeEvidenceSummary } from '../api/types';
import { formatScore } from '../shared/format';
import { levelInfo } from '../shared/levels';

/** What each integrity flag of a hidden-test run means, for the people who judge the result. */
const FLAG_TEXT: Record<string, string> = {
  'stdlib-shadowing': 'files named like standard-library modules the test machinery loads',
  sitecustomize: 'a sitecustomize.py or usercustomize.py start-up hook',
  'pth-file': 'a .pth file for Python’s site module',
  conftest: 'a conftest.py with test-runner hooks',
  'builtin-shadowing': 'a node_modules package named like a Node.js built-in',
  'framework-patched': 'code that changed the test framework while the hidden tests ran',
  'hidden-tests-changed': 'the hidden test files changed while they ran',
  'forged-results': 'writes imitating the platform’s test results',
};

const SIGNAL_TEXT: Record<string, string> = {
  'evidence-incomplete':
    'The record was sealed before all of the sandbox’s activity had arrived: some terminal commands or test runs may be missing below.',
  'activity-dropped': 'The session produced sandbox activity faster than its recording budget; the excess was not recorded.',
};

/** A test id such as `hidden_tests.test_todo_api.TodoApiTest.test_create` in words: its last part. */
function testName(id: string): string {
  return id.split(/[.:/]/).filter(Boolean).pop()?.replace(/^test_?/, '').replace(/_/g, ' ') || id;
}

function HiddenTests({ hidden, own }: { hidden: HiddenTestsSummary; own: boolean }) {
  if (!hidden.ran) {
    return (
      <p className="muted" data-testid="hidden-tests-not-run">
        The hidden tests did not run on the final files{hidden.timedOut ? ' (they ran out of time)' : ''}, so they count as not passed.
        {!own && hidden.error && <span className="hidden-tests-error"> {hidden.error}</span>}
      </p>
    );
  }
  return (
    <>
      <p data-testid="hidden-tests-count">
        <strong>
          {hidden.passed} of {hidden.total}
        </strong>{' '}
        hidden tests passed on the final files{hidden.timedOut ? ' before the run ran out of time' : ''}.
      </p>
      {hidden.failedTests.length > 0 && (
        <details className="hidden-tests-failed">
          <summary>Not passed ({hidden.failedTests.length})</summary>
          <ul>
            {hidden.failedTests.map((id) => (
              <li key={id} title={id}>
                {testName(id)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {!hidden.counted && (
        <p className="notice notice-danger" role="status" data-testid="hidden-tests-not-counted">
          This result does not count: the sandbox found the submission interfering with the hidden test run.
        </p>
      )}
    </>
  );
}

/** Why the outcome score is weaker evidence when no hidden tests measured it, with the scoring engine's own note. */
function WeakOutcomeEvidence({ evidence }: { evidence: OutcomeEvidenceSummary }) {
  // The engine always writes a note; a report damaged on the way should still render.
  const note = typeof evidence.note === 'string' ? evidence.note.trim() : '';
  return (
    <div
      className="notice notice-info outcome-evidence-note"
      role="note"
      aria-label="How the outcome was judged"
      data-testid="outcome-evidence-note"
      data-source={evidence.source}
    >
      <p>
        <strong>The outcome was judged without hidden tests</strong> — weaker evidence, so the outcome score is less certain.
      </p>
      {note && <p>{note}</p>}
    </div>
  );
}

/**
 * The outcome's evidence as the platform measured it: the hidden tests' counts and names for everyone; what interfered
 * with them (only in the owner's and admins' copy of the analysis) and any gap in the recorded evidence.
 */
export function OutcomeEvidence({ analysis, own }: { analysis: DetailedAnalysis | undefined; own: boolean }) {
  // Without a run, an error or a timeout there is nothing to say: the task may have no hidden tests at all (and the
  // candidate's copy leaves out why a suite did not run).
  const reported = analysis?.testing?.hiddenTests;
  const hidden = reported && (reported.ran || reported.error || reported.timedOut) ? reported : undefined;
  const flags = analysis?.integrity?.hiddenTestFlags ?? [];
  const signals = analysis?.integrity?.evidence?.signals ?? [];
  const gate = analysis?.outcomeGate?.applied ? analysis.outcomeGate : undefined;
  // Reports before scoring 1.3.0 do not say where the outcome came from; they read as they always did.
  const weak = analysis?.outcomeEvidence && analysis.outcomeEvidence.source !== 'hidden-tests' ? analysis.outcomeEvidence : undefined;
  if (!hidden && flags.length === 0 && signals.length === 0 && !gate && !weak) return null;
  const clean = flags.length === 0 && signals.length === 0 && !weak;
  return (
    <section className="card outcome-evidence" aria-labelledby="outcome-evidence-heading" data-testid="outcome-evidence">
      <h2 id="outcome-evidence-heading" className="card-title">
        {clean ? <ShieldCheck size={18} aria-hidden="true" /> : <ShieldAlert size={18} aria-hidden="true" />}{' '}
        {weak && !hidden ? 'Outcome evidence' : 'Hidden tests and evidence'}
      </h2>
      {weak && <WeakOutcomeEvidence evidence={weak} />}
      {hidden && <HiddenTests hidden={hidden} own={own} />}
      {gate && (
        <p className="notice notice-info" data-testid="outcome-gate">
          The level is bounded by the outcome:{' '}
          {gate.hiddenPassRate !== undefined ? (
            <>with {Math.round(gate.hiddenPassRate * 100)} % of the hidden tests passing</>
          ) : (
            <>without a hidden test result, the outcome rests on the candidate&apos;s own runs</>
          )}
          , the highest level this session can show is {levelInfo(gate.highestAllowedLevel ?? '').label}
          {gate.scoreBeforeGate !== undefined && <>, so the score was lowered from {formatScore(gate.scoreBeforeGate)}</>}.
        </p>
      )}
      {flags.length > 0 && (
        <div className="notice notice-danger" data-testid="integrity-flags">
          <p>The final files interfered with the hidden test run, so its result counts for nothing:</p>
          <ul>
            {flags.map((flag) => (
              <li key={flag} data-flag={flag}>
                {FLAG_TEXT[flag] ?? flag}
              </li>
            ))}
          </ul>
        </div>
      )}
      {signals.map((signal) => (
        <p key={signal} className="notice notice-warn" data-testid="evidence-signal" data-signal={signal}>
          {SIGNAL_TEXT[signal] ?? `Integrity signal: ${signal}.`}
          {signal === 'activity-dropped' && analysis?.integrity?.evidence?.activityDropped && (
            <> ({analysis.integrity.evidence.activityDropped.count} events not recorded)</>
          )}
        </p>
      ))}
    </section>
  );
}
