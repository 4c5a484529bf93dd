import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api, toApiError } from '../api/client';
import type { Task, TaskDetail, TaskFile } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { Button } from '../shared/Button';
import { ErrorState } from '../shared/ErrorState';
import { hasErrors, type FieldErrors } from '../shared/fieldErrors';
import { TASK_TYPE_LABELS } from '../shared/format';
import { Spinner } from '../shared/Spinner';
import { useToast } from '../shared/Toast';
import { useApi } from '../shared/useApi';
import { TaskDetailView } from '../tasks/TaskDetailPage';
import { EvaluationEditor } from './EvaluationEditor';
import { draftForTaskType, draftFromConfig, isDefaultDraft, validateDraft, configFromDraft, type EvaluationDraft } from './evaluation';
import { InviteDialog } from './InviteDialog';
import { TaskDetailsStep } from './TaskDetailsStep';
import { TaskFilesStep } from './TaskFilesStep';
import {
  NEW_TASK,
  fromLocalInput,
  taskPayload,
  taskServerErrors,
  validateTaskDetails,
  valuesFromTask,
  type TaskDetailsValues,
  type TaskField,
} from './taskForm';
import './business.css';
import '../tasks/tasks.css';

type WizardStep = 'details' | 'scoring' | 'files' | 'preview';

const STEPS: { key: WizardStep; label: string; hint: string }[] = [
  { key: 'details', label: 'Details', hint: 'What the task is' },
  { key: 'scoring', label: 'Scoring', hint: 'Weights and levels' },
  { key: 'files', label: 'Files', hint: 'Starter files and hidden tests' },
  { key: 'preview', label: 'Preview', hint: 'As candidates see it' },
];

function isStep(value: string | null): value is WizardStep {
  return STEPS.some((step) => step.key === value);
}

/** `/business/tasks/new` and `/business/tasks/:id/edit`. */
export function TaskWizardPage() {
  const { id } = useParams();
  return id ? <EditTask id={id} /> : <TaskWizard task={null} />;
}

function EditTask({ id }: { id: string }) {
  const { me } = useAuth();
  const { data, error, loading, reload } = useApi((signal) => api.getTask(id, signal), [id]);
  if (loading && !data) return <Spinner label="Loading the task…" />;
  if (error) {
    return (
      <div className="narrow">
        <ErrorState
          error={error}
          title={error.status === 404 ? 'Task not found' : 'The task could not be loaded'}
          onRetry={error.status === 404 ? undefined : reload}
        />
        <Link to="/business">← My tasks</Link>
      </div>
    );
  }
  if (!data) return null;
  if (data.creatorId !== me?.id) {
    return (
      <div className="narrow" data-testid="not-your-task">
        <div className="notice notice-warn">
          <strong>“{data.title}” is not one of your tasks.</strong> Only its creator can change it; you can duplicate it
          from <Link to="/business">My tasks</Link> and edit the copy.
        </div>
      </div>
    );
  }
  return <TaskWizard key={data.id} task={data} />;
}

function TaskWizard({ task }: { task: TaskDetail | null }) {
  const navigate = useNavigate();
  const toast = useToast();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('step');
  const step: WizardStep = isStep(requested) ? requested : 'details';

  const [saved, setSaved] = useState<TaskDetail | null>(task);
  const [values, setValues] = useState<TaskDetailsValues>(() => (task ? valuesFromTask(task) : NEW_TASK));
  const [draft, setDraft] = useState<EvaluationDraft>(() =>
    draftFromConfig(task?.evaluationConfig, task?.taskType ?? NEW_TASK.taskType),
  );
  const [files, setFiles] = useState<TaskFile[]>(task?.files ?? []);
  const [errors, setErrors] = useState<FieldErrors<TaskField>>({});
  const [attempted, setAttempted] = useState(false);
  const [evaluationServerErrors, setEvaluationServerErrors] = useState<string[]>([]);
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [inviteOpen, setInviteOpen] = useState(false);
  const [typeNotice, setTypeNotice] = useState<string | null>(null);

  const archived = Boolean(saved?.archivedAt);
  const problems = useMemo(() => validateDraft(draft), [draft]);
  const creating = saved === null;

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const goTo = (next: WizardStep) => {
    setSearchParams(
      (params) => {
        const copy = new URLSearchParams(params);
        copy.set('step', next);
        return copy;
      },
      { replace: true },
    );
    window.scrollTo({ top: 0 });
  };

  const setField = <K extends TaskField>(field: K, value: TaskDetailsValues[K]) => {
    const next = { ...values, [field]: value };
    if (field === 'taskType' && value !== values.taskType) {
      // Untouched scoring follows the task type; customised scoring stays as the business set it.
      if (isDefaultDraft(draft, values.taskType)) {
        setDraft(draftForTaskType(next.taskType));
        setTypeNotice(`The scoring now uses the defaults for ${TASK_TYPE_LABELS[next.taskType]}.`);
      } else {
        setTypeNotice(
          `Your scoring setup was kept. “Reset to the defaults for ${TASK_TYPE_LABELS[next.taskType]}” on the Scoring step applies this type’s weights.`,
        );
      }
    }
    setValues(next);
    setDirty(true);
    if (attempted) {
      const found = validateTaskDetails(next);
      setErrors((current) => ({ ...current, [field]: found[field] }));
    }
  };

  const changeDraft = (next: EvaluationDraft) => {
    setDraft(next);
    setDirty(true);
    setEvaluationServerErrors([]);
  };

  const save = async () => {
    setAttempted(true);
    setGeneralErrors([]);
    setEvaluationServerErrors([]);
    const found = validateTaskDetails(values);
    setErrors(found);
    if (hasErrors(found)) {
      goTo('details');
      return;
    }
    if (problems.length > 0) {
      goTo('scoring');
      return;
    }
    setSaving(true);
    try {
      const payload = taskPayload(values, draft);
      if (creating) {
        const created = await api.createTask(payload);
        setDirty(false);
        toast.show({ kind: 'success', title: 'Task created', detail: 'Now add its starter files and hidden tests.' });
        navigate(`/business/tasks/${encodeURIComponent(created.id)}/edit?step=files`, { replace: true });
        return;
      }
      const updated = await api.updateTask(saved.id, payload);
      setSaved(updated);
      setValues(valuesFromTask(updated));
      if (updated.files) setFiles(updated.files);
      setDirty(false);
      toast.show({ kind: 'success', title: 'Task saved' });
    } catch (err) {
      const apiError = toApiError(err);
      if (apiError.errors && apiError.errors.length > 0) {
        const mapped = taskServerErrors(apiError);
        setErrors(mapped.fields);
        setEvaluationServerErrors(mapped.evaluation);
        setGeneralErrors(mapped.general);
        if (hasErrors(mapped.fields)) goTo('details');
        else if (mapped.evaluation.length > 0) goTo('scoring');
      } else {
        setGeneralErrors([apiError.detail ? `${apiError.title}: ${apiError.detail}` : apiError.title]);
      }
    } finally {
      setSaving(false);
    }
  };

  const index = STEPS.findIndex((s) => s.key === step);
  const previous = index > 0 ? STEPS[index - 1] : null;
  const next = index < STEPS.length - 1 ? STEPS[index + 1] : null;
  const canSave = !archived && problems.length === 0;

  return (
    <div className="wizard" data-testid="task-wizard" data-mode={creating ? 'create' : 'edit'} data-step={step}>
      <Link to="/business" className="back-link">
        ← My tasks
      </Link>
      <div className="page-heading wizard-heading">
        <div>
          <h1>{creating ? 'New task' : values.title || saved?.title}</h1>
          <p className="muted">
            {creating
              ? 'Describe the task, set how it is scored, then add its files.'
              : `${TASK_TYPE_LABELS[values.taskType]} · ${saved?.isPublic ? 'Public' : 'Private'}${archived ? ' · Archived' : ''}`}
            {dirty && (
              <span className="unsaved" data-testid="unsaved">
                {' '}
                · Unsaved changes
              </span>
            )}
          </p>
        </div>
        {!creating && !archived && (
          <Button onClick={() => setInviteOpen(true)} data-testid="wizard-invite">
            Invite candidate
          </Button>
        )}
      </div>

      {archived && (
        <div className="notice notice-warn" data-testid="archived-notice">
          This task is archived: candidates took assessments on it, so it was kept for their results. It can no longer be
          changed or taken.
        </div>
      )}

      <ol className="wizard-steps" aria-label="Steps">
        {STEPS.map((s, i) => {
          const locked = s.key === 'files' && creating;
          const hasProblem =
            (s.key === 'details' && attempted && hasErrors(errors)) || (s.key === 'scoring' && (problems.length > 0 || evaluationServerErrors.length > 0));
          return (
            <li key={s.key}>
              <button
                type="button"
                className={`wizard-step ${s.key === step ? 'current' : ''} ${hasProblem ? 'problem' : ''}`}
                aria-current={s.key === step ? 'step' : undefined}
                disabled={locked}
                title={locked ? 'Create the task first' : s.hint}
                onClick={() => goTo(s.key)}
                data-testid={`wizard-step-${s.key}`}
              >
                <span className="wizard-step-number">{hasProblem ? '!' : i + 1}</span>
                <span className="wizard-step-text">
                  <strong>{s.label}</strong>
                  <small>{locked ? 'After creating' : s.hint}</small>
                </span>
              </button>
            </li>
          );
        })}
      </ol>

      {typeNotice && step === 'details' && (
        <div className="notice notice-info" role="status" data-testid="type-notice">
          {typeNotice}
        </div>
      )}

      <div className="wizard-body">
        {step === 'details' && <TaskDetailsStep values={values} errors={errors} onChange={setField} disabled={archived} />}
        {step === 'scoring' && (
          <fieldset disabled={archived} className="plain-fieldset">
            <EvaluationEditor draft={draft} taskType={values.taskType} onChange={changeDraft} serverErrors={evaluationServerErrors} />
          </fieldset>
        )}
        {step === 'files' && <TaskFilesStep taskId={saved?.id ?? null} files={files} onFilesChange={setFiles} readOnly={archived} />}
        {step === 'preview' && <TaskPreview values={values} draft={draft} files={files} />}
      </div>

      {generalErrors.length > 0 && (
        <div className="form-errors" role="alert" data-testid="task-save-errors">
          {generalErrors.length === 1 ? (
            generalErrors[0]
          ) : (
            <ul>
              {generalErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      <div className="wizard-footer">
        <div>
          {previous && (
            <Button variant="ghost" onClick={() => goTo(previous.key)} data-testid="wizard-back">
              ← {previous.label}
            </Button>
          )}
        </div>
        <div className="wizard-footer-right">
          {!canSave && !archived && (
            <span className="small save-hint" data-testid="save-blocked">
              Fix the scoring setup to save.
            </span>
          )}
          {next && !(next.key === 'files' && creating) && (
            <Button onClick={() => goTo(next.key)} data-testid="wizard-next">
              {next.label} →
            </Button>
          )}
          {!archived && (
            <Button variant="primary" loading={saving} disabled={!canSave} onClick={() => void save()} data-testid="save-task">
              {creating ? 'Create task' : 'Save changes'}
            </Button>
          )}
        </div>
      </div>

      {saved && <InviteDialog open={inviteOpen} task={saved} onClose={() => setInviteOpen(false)} />}
    </div>
  );
}

/** The task detail page as a candidate would see it, from what the form holds now (saved or not). */
function TaskPreview({ values, draft, files }: { values: TaskDetailsValues; draft: EvaluationDraft; files: TaskFile[] }) {
  const attempts = values.maxAttempts.trim();
  const task: Task = {
    id: 'preview',
    title: values.title.trim() || 'Untitled task',
    description: values.description.trim() ? values.description : '_No description yet._',
    taskType: values.taskType,
    difficulty: values.difficulty,
    timeLimitMinutes: Number(values.timeLimitMinutes) || 0,
    isDefault: false,
    isPublic: values.isPublic,
    usesPlatformKeys: values.usesPlatformKeys,
    maxAttempts: attempts ? Number(attempts) : null,
    accessEndDate: fromLocalInput(values.accessEndDate),
    creatorId: null,
    createdAt: new Date().toISOString(),
  };
  return (
    <div className="task-preview" data-testid="task-preview">
      <div className="notice notice-info preview-banner">
        <strong>Preview.</strong> This is the task page candidates see, with your unsaved changes. Hidden test files are not
        shown to them.
      </div>
      <div className="preview-frame">
        <TaskDetailView
          task={task}
          files={files}
          config={configFromDraft(draft)}
          backLink={false}
          start={
            <>
              <Button variant="primary" size="lg" disabled title="Candidates start the assessment here">
                Start assessment
              </Button>
              <span className="muted tiny center-text">Candidates start here (disabled in the preview).</span>
            </>
          }
        />
      </div>
    </div>
  );
}
