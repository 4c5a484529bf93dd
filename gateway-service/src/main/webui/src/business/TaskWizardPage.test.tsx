import { fireEvent, render, screen } from '../test/render';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api/client';
import type { TaskDetail, TaskFile } from '../api/types';
import type { AuthState } from '../auth/useAuth';
import { ToastProvider } from '../shared/Toast';
import { EVALUATION_DEFAULTS } from '../test/evaluationDefaults';
import { configFromDraft, draftForTaskType } from './evaluation';
import { TaskWizardPage } from './TaskWizardPage';

vi.mock('../auth/useAuth', () => ({
  useAuth: (): Partial<AuthState> => ({ me: { id: 'owner-1' } as AuthState['me'] }),
}));

const starterFile: TaskFile = { id: 'f-1', path: 'app.py', visibility: 'starter', fileType: 'py', sizeBytes: 120, mimeType: 'text/x-python' };
const hiddenFile: TaskFile = {
  id: 'f-2',
  path: 'hidden_tests/test_app.py',
  visibility: 'hidden',
  fileType: 'py',
  sizeBytes: 300,
  mimeType: 'text/x-python',
};

function task(overrides: Partial<TaskDetail>): TaskDetail {
  return {
    id: 't-1',
    title: 'Todo API',
    description: 'Build a todo API.',
    taskType: 'code_generation',
    difficulty: 'intermediate',
    timeLimitMinutes: 60,
    isDefault: false,
    isPublic: false,
    usesPlatformKeys: true,
    maxAttempts: 1,
    creatorId: 'owner-1',
    runtime: 'python',
    visibleTestCommand: null,
    hiddenTestRunner: 'python-unittest',
    createdAt: '2026-12-01T10:00:00Z',
    status: 'draft',
    publishedAt: null,
    files: [starterFile, hiddenFile],
    evaluationConfig: configFromDraft(draftForTaskType(EVALUATION_DEFAULTS, 'code_generation')),
    ...overrides,
  };
}

function renderWizard(path: string) {
  vi.spyOn(api, 'evaluationDefaults').mockResolvedValue(EVALUATION_DEFAULTS);
  render(
    <MemoryRouter initialEntries={[path]}>
      <ToastProvider>
        <Routes>
          <Route path="/business/tasks/new" element={<TaskWizardPage />} />
          <Route path="/business/tasks/:id/edit" element={<TaskWizardPage />} />
        </Routes>
      </ToastProvider>
    </MemoryRouter>,
  );
}

function editWizard(detail: TaskDetail, step: string) {
  vi.spyOn(api, 'getTask').mockResolvedValue(detail);
  renderWizard(`/business/tasks/${detail.id}/edit?step=${step}`);
}

describe('TaskWizardPage without hidden tests', () => {
  // Changing steps scrolls to the top, which jsdom does not implement.
  beforeEach(() => vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined));
  afterEach(() => vi.restoreAllMocks());

  it('warns on the files step when no hidden test file is uploaded, without blocking the save', async () => {
    editWizard(task({ files: [starterFile] }), 'files');
    const warning = await screen.findByRole('note', { name: 'No hidden tests' });
    expect(warning).toHaveTextContent(
      'Without hidden tests, a candidate’s outcome can only be judged from their own test runs and code analysis — weaker evidence, so outcome scores will be lower and less certain. Add hidden tests to measure whether the work does what the task asks.',
    );
    expect(warning).toHaveAttribute('data-gap', 'no-files');
    expect(screen.getByTestId('save-task')).toBeEnabled();
    expect(screen.queryByTestId('save-blocked')).toBeNull();
  });

  it('warns on the preview step, where the task is published, when the hidden runner is switched off', async () => {
    editWizard(task({ hiddenTestRunner: 'none' }), 'preview');
    const warning = await screen.findByTestId('no-hidden-tests-warning');
    expect(warning).toHaveAttribute('data-gap', 'switched-off');
    expect(warning).toHaveTextContent('switched off on the Details step');
    expect(screen.getByTestId('wizard-publish')).toBeEnabled();
  });

  it('shows no warning when the suite runs and hidden test files are uploaded', async () => {
    editWizard(task({}), 'files');
    expect(await screen.findByTestId('hidden-files')).toHaveTextContent('hidden_tests/test_app.py');
    expect(screen.queryByTestId('no-hidden-tests-warning')).toBeNull();
    fireEvent.click(screen.getByTestId('wizard-next'));
    expect(await screen.findByTestId('task-preview')).toBeInTheDocument();
    expect(screen.queryByTestId('no-hidden-tests-warning')).toBeNull();
  });

  it('keeps the details step free of the warning and follows the unsaved hidden-tests switch', async () => {
    editWizard(task({}), 'details');
    const toggle = await screen.findByTestId('task-run-hidden-tests');
    expect(screen.queryByTestId('no-hidden-tests-warning')).toBeNull();
    fireEvent.click(toggle);
    expect(screen.queryByTestId('no-hidden-tests-warning')).toBeNull();
    fireEvent.click(screen.getByTestId('wizard-step-preview'));
    expect(await screen.findByTestId('no-hidden-tests-warning')).toHaveAttribute('data-gap', 'switched-off');
  });

  it('warns a new task on its preview step: it has no files yet', async () => {
    renderWizard('/business/tasks/new?step=preview');
    expect(await screen.findByTestId('no-hidden-tests-warning')).toHaveAttribute('data-gap', 'no-files');
  });

  it('does not warn about an archived task, which can no longer change', async () => {
    editWizard(task({ files: [], archivedAt: '2026-12-05T10:00:00Z' }), 'preview');
    expect(await screen.findByTestId('archived-notice')).toBeInTheDocument();
    expect(screen.queryByTestId('no-hidden-tests-warning')).toBeNull();
  });
});
