import { render, screen } from '@testing-library/react';
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
    // An Explorer result makes no "verified" claim.
    expect(screen.getByTestId('share-card-title')).toHaveTextContent('AI Skills Assessment');
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

  it('calls an Operator result verified on its share card', async () => {
    renderResults(assessment({ viewer: 'candidate', score: { ...score, finalScore: 58, proficiencyLevel: 'operator' } }));
    expect(await screen.findByTestId('share-card-title')).toHaveTextContent('AI Skills Verified');
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
});
