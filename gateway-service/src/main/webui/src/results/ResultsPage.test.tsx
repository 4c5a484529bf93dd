import { render, screen, within } from '../test/render';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api/client';
import type { Assessment, Score } from '../api/types';
import { ToastProvider } from '../shared/Toast';
import { ResultsPage } from './ResultsPage';

const score: Score = {
  finalScore: 33,
  proficiencyLevel: 'explorer',
  categoryScores: { planning: 30, prompt_engineering: 40, tool_orchestration: 20, outcome_quality: 42 },
  subitemScores: {
    prompt_engineering: { clarity_specificity: { raw: 40, weight: 25, weighted: 10 } },
  },
  strengths: [],
  improvements: [],
  aiHighlights: [],
  detailedAnalysis: {
    summary: 'You scored 33 out of 100.',
    reviewerSummary: 'The candidate scored 33 out of 100.',
    categoryAnalysis: {},
    timeAnalysis: {},
    aiUsageAnalysis: {},
  },
  scoringVersion: '1.0.0',
  scoringModels: ['evidence-v1', 'all-minilm-l6-v2'],
  failedEvaluators: [],
};

function assessment(overrides: Partial<Assessment>): Assessment {
  return {
    id: 'a-1',
    status: 'scored',
    attemptNumber: 1,
    task: {
      id: 't-1',
      title: 'Todo API',
      description: '',
      taskType: 'code_generation',
      difficulty: 'intermediate',
      timeLimitMinutes: 60,
    } as Assessment['task'],
    viewer: 'candidate',
    candidate: { name: 'Mary Ann Smith', email: 'mary@example.com' },
    invitationId: 'inv-1',
    companyName: 'Acme',
    canAbandon: false,
    notes: 'I ran out of time for the <edge> cases.',
    startedAt: '2026-12-06T10:00:00Z',
    deadline: null,
    submittedAt: '2026-12-06T10:40:00Z',
    timeSpentSeconds: 2400,
    failureReason: null,
    chatHistory: [],
    score,
    ...overrides,
  };
}

function renderResults(a: Assessment) {
  vi.spyOn(api, 'getAssessment').mockResolvedValue(a);
  vi.spyOn(api, 'getResultShare').mockResolvedValue(null);
  render(
    <MemoryRouter initialEntries={['/results/a-1']}>
      <ToastProvider>
        <Routes>
          <Route path="/results/:id" element={<ResultsPage />} />
        </Routes>
      </ToastProvider>
    </MemoryRouter>,
  );
}

describe('ResultsPage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows a business the candidate, in the third person, without a share box', async () => {
    renderResults(assessment({ viewer: 'business' }));
    expect(await screen.findByTestId('candidate-name')).toHaveTextContent('Mary Ann Smith');
    expect(screen.getByTestId('candidate-email')).toHaveTextContent('mary@example.com');
    expect(screen.getByTestId('score-summary')).toHaveTextContent('The candidate scored 33');
    expect(screen.queryByTestId('share-section')).toBeNull();
    expect(screen.queryByText(/Share your result/)).toBeNull();
    expect(screen.getByTestId('submission-note')).toHaveTextContent("The candidate's note");
    expect(screen.getByTestId('submission-note')).toHaveTextContent('I ran out of time for the <edge> cases.');
  });

  it("speaks to an invited candidate as you, with their note and a share box", async () => {
    renderResults(assessment({ viewer: 'candidate' }));
    expect(await screen.findByTestId('score-summary')).toHaveTextContent('You scored 33');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your results for Acme');
    expect(screen.queryByTestId('candidate-header')).toBeNull();
    expect(screen.getByTestId('share-section')).toBeInTheDocument();
    expect(screen.getByTestId('submission-note')).toHaveTextContent('Your note to the reviewer');
  });

  it('says when the hidden tests bounded the level and what the score was before', async () => {
    const analysis = {
      ...score.detailedAnalysis,
      testing: { hiddenTests: { ran: true, total: 11, passed: 0, failedTests: [], timedOut: false, counted: true } },
      outcomeGate: { applied: true, hiddenPassRate: 0, highestAllowedLevel: 'explorer', scoreBeforeGate: 61, levelBeforeGate: 'operator' },
    };
    renderResults(assessment({ score: { ...score, finalScore: 39, detailedAnalysis: analysis } }));
    const gate = await screen.findByTestId('outcome-gate');
    expect(gate).toHaveTextContent('0 % of the hidden tests');
    expect(gate).toHaveTextContent('lowered from 61');
  });

  it('says when the level was bounded without a hidden test result', async () => {
    const analysis = {
      ...score.detailedAnalysis,
      outcomeEvidence: { source: 'candidate-runs' as const, basis: 'own runs', note: 'No hidden tests.' },
      outcomeGate: { applied: true, outcomeSource: 'candidate-runs', highestAllowedLevel: 'operator', scoreBeforeGate: 70, levelBeforeGate: 'architect' },
    };
    renderResults(assessment({ score: { ...score, finalScore: 52, proficiencyLevel: 'operator', detailedAnalysis: analysis } }));
    const gate = await screen.findByTestId('outcome-gate');
    expect(gate).toHaveTextContent('without a hidden test result');
    expect(gate).not.toHaveTextContent('% of the hidden tests');
    expect(gate).toHaveTextContent('lowered from 70');
  });

  it('labels scores as the task page does and names no internal model in the footer', async () => {
    renderResults(assessment({ viewer: 'candidate' }));
    expect(await screen.findByText('Clarity & specificity')).toBeInTheDocument();
    const footer = screen.getByTestId('scoring-version');
    expect(footer).toHaveTextContent('Scored from the evidence recorded during the session');
    expect(footer.textContent).not.toMatch(/evidence-v1|minilm/);
  });
  it('shows the candidate the hidden tests passed, by count and name, and nothing of why a run did not count', async () => {
    const hiddenTests = {
      ran: true,
      total: 3,
      passed: 1,
      failedTests: ['hidden_tests.test_todo_api.TodoApiTest.test_delete_missing_is_404'],
      timedOut: false,
      counted: false,
    };
    renderResults(
      assessment({ score: { ...score, detailedAnalysis: { ...score.detailedAnalysis, testing: { hiddenTests } } } }),
    );
    expect(await screen.findByTestId('hidden-tests-count')).toHaveTextContent('1 of 3 hidden tests passed');
    expect(screen.getByText('delete missing is 404')).toBeInTheDocument();
    expect(screen.getByTestId('hidden-tests-not-counted')).toBeInTheDocument();
    expect(screen.queryByTestId('integrity-flags')).not.toBeInTheDocument();
  });

  it("tells the task's owner what interfered with the hidden tests and where the evidence has gaps", async () => {
    const analysis = {
      ...score.detailedAnalysis,
      testing: { hiddenTests: { ran: true, total: 2, passed: 2, failedTests: [], timedOut: false, counted: false } },
      integrity: {
        hiddenTestFlags: ['framework-patched', 'stdlib-shadowing'],
        hiddenTestNote: 'counts 0',
        evidence: { signals: ['activity-dropped', 'evidence-incomplete'], activityDropped: { count: 12, bytes: 4096 } },
      },
    };
    renderResults(assessment({ viewer: 'business', score: { ...score, detailedAnalysis: analysis } }));
    const flags = await screen.findByTestId('integrity-flags');
    expect(flags).toHaveTextContent('changed the test framework');
    expect(flags).toHaveTextContent('standard-library modules');
    const signals = screen.getAllByTestId('evidence-signal').map((el) => el.getAttribute('data-signal'));
    expect(signals).toEqual(['activity-dropped', 'evidence-incomplete']);
    expect(screen.getByText(/12 events not recorded/)).toBeInTheDocument();
  });

  it('renders a report from before scoring 1.3.0 without evidence notes, badges or an outcome notice', async () => {
    renderResults(assessment({ viewer: 'business' }));
    const row = (await screen.findByText('Clarity & specificity')).closest('li') as HTMLElement;
    // The row holds what it always held: name, bar and value.
    expect(Array.from(row.children, (child) => child.className)).toEqual(['subitem-name', 'bar bar-thin', 'subitem-value']);
    expect(screen.queryByTestId('subitem-basis')).toBeNull();
    expect(screen.queryByTestId('subitem-no-evidence')).toBeNull();
    expect(screen.queryByText(/Not enough evidence/)).toBeNull();
    expect(screen.queryByTestId('outcome-evidence')).toBeNull();
    expect(screen.getByTestId('scoring-version')).toHaveTextContent('scoring method 1.0.0');
  });

  it('says what each subitem score was taken from and marks the ones without enough evidence', async () => {
    const scored: Score = {
      ...score,
      subitemScores: {
        prompt_engineering: {
          clarity_specificity: { raw: 40, weight: 25, weighted: 10, basis: '12 prompts, 9 with acceptance criteria', enoughEvidence: true },
          context_management: { raw: 0, weight: 25, weighted: 0, basis: 'no prompt shared code context', enoughEvidence: false },
        },
        outcome_quality: { correctness: { raw: 20, weight: 40, weighted: 8, basis: null, enoughEvidence: false } },
      },
      scoringVersion: '1.3.0',
    };
    renderResults(assessment({ score: scored }));
    const clarity = (await screen.findByText('Clarity & specificity')).closest('li') as HTMLElement;
    expect(within(clarity).getByTestId('subitem-basis')).toHaveTextContent('Based on: 12 prompts, 9 with acceptance criteria');
    expect(within(clarity).queryByTestId('subitem-no-evidence')).toBeNull();

    const badges = screen.getAllByTestId('subitem-no-evidence');
    expect(badges).toHaveLength(2);
    const context = badges[0].closest('li') as HTMLElement;
    expect(within(context).getByTestId('subitem-basis')).toHaveTextContent('no prompt shared code context');
    expect(badges[0]).toHaveTextContent('Not enough evidence');
    // Read by screen readers, shown to the mouse as a tooltip.
    expect(badges[0]).toHaveTextContent('it earns no credit for what is missing');
    expect(badges[0]).toHaveAttribute(
      'title',
      'This session held too little evidence to judge this; it earns no credit for what is missing.',
    );
    // No basis: the badge alone.
    expect(within(badges[1].closest('li') as HTMLElement).queryByTestId('subitem-basis')).toBeNull();
    expect(screen.getByTestId('scoring-version')).toHaveTextContent('scoring method 1.3.0');
  });

  it('tells the reader when the outcome was judged without hidden tests, with the engine note', async () => {
    const analysis = {
      ...score.detailedAnalysis,
      outcomeEvidence: {
        source: 'candidate-runs' as const,
        note: 'The task has no hidden tests: the outcome is judged from your own test runs and code analysis.',
      },
    };
    renderResults(assessment({ score: { ...score, scoringVersion: '1.3.0', detailedAnalysis: analysis } }));
    const section = await screen.findByTestId('outcome-evidence');
    expect(within(section).getByRole('heading')).toHaveTextContent('Outcome evidence');
    const note = within(section).getByRole('note', { name: 'How the outcome was judged' });
    expect(note).toHaveAttribute('data-source', 'candidate-runs');
    expect(note).toHaveTextContent('The outcome was judged without hidden tests — weaker evidence');
    expect(note).toHaveTextContent('from your own test runs and code analysis');
    expect(screen.queryByTestId('hidden-tests-count')).toBeNull();
  });

  it('adds no outcome notice when the hidden tests measured the outcome', async () => {
    const analysis = {
      ...score.detailedAnalysis,
      testing: { hiddenTests: { ran: true, total: 11, passed: 7, failedTests: [], timedOut: false, counted: true } },
      outcomeEvidence: { source: 'hidden-tests' as const, note: '7 of 11 hidden tests passed.' },
    };
    renderResults(assessment({ score: { ...score, scoringVersion: '1.3.0', detailedAnalysis: analysis } }));
    const section = await screen.findByTestId('outcome-evidence');
    expect(within(section).getByRole('heading')).toHaveTextContent('Hidden tests and evidence');
    expect(screen.getByTestId('hidden-tests-count')).toHaveTextContent('7 of 11 hidden tests passed');
    expect(screen.queryByTestId('outcome-evidence-note')).toBeNull();
  });
});
