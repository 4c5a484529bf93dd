import { ArrowLeft, ArrowRight, MailPlus, Rocket } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { queryKeys } from '../api/queryKeys';
import { api, toApiError } from '../api/client';
import type { EvaluationDefaults, Task, TaskDetail, TaskFile } from '../api/types';
import { useAuth } from '../auth/useAuth';
import { Button } from '../shared/Button';
import { ErrorState } from '../shared/ErrorState';
import { hasErrors, type FieldErrors } from '../shared/fieldErrors';
import { TASK_TYPE_LABELS } from '../shared/format';
import { Spinner } from '../shared/Spinner';
import { useToast } from '../shared/useToast';
import { useApiQuery } from '../shared/useApiQuery';
import { TaskDetailView } from '../tasks/TaskDetailPage';
import { EvaluationEditor } from './EvaluationEditor';
import { draftForTaskType, draftFromConfig, isDefaultDraft, validateDraft, configFromDraft, type EvaluationDraft } from './evaluation';
import { hiddenTestsGap } from './hiddenTests';
import { InviteFlow } from './InviteFlow';
import { NoHiddenTestsWarning } from './NoHiddenTestsWarning';
import { PublishDialog } from './PublishDialog';
import { PUBLICATION_HINTS, isDraft, publicationOf } from './publication';
import { TaskDetailsStep } from './TaskDetailsStep';
import { TaskFilesStep } from './TaskFilesStep';
import { TaskStatusPill } from './TaskStatusPill';
import { useEvaluationDefaults } from './useEvaluationDefaults';
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
  const defaults = useEvaluationDefaults();
  if (defaults.isPending) return <Spinner label="Loading the task editor…" />;
  if (defaults.isError) {
    return (
      <div className="narrow">
        <ErrorState
          error={toApiError(defaults.error)}
          title="The task editor could not be loaded"
          onRetry={() => void defaults.refetch()}
        />
      </div>
    );
  }
  return id ? <EditTask id={id} defaults={defaults.data} /> : <TaskWizard task={null} defaults={defaults.data} />;
}

function EditTask({ id, defaults }: { id: string; defaults: EvaluationDefaults }) {
  const { me } = useAuth();
  const { data, error, loading, reload } = useApiQuery(queryKeys.task(id), (signal) => api.getTask(id, signal));
  if (loading && !data) return <Spinner label="Loading the task…" />;
  if (error) {
    return (
      <div className="narrow">
        <ErrorState
          error={error}
          title={error.status === 404 ? 'Task not found' : 'The task could not be loaded'}
          onRetry={error.status === 404 ? undefined : reload}
        />
        <Link to="/business/tasks" className="back-link">
          <ArrowLeft size={15} aria-hidden="true" /> My tasks
        </Link>
      </div>
    );
  }
  if (!data) return null;
  if (data.creatorId !== me?.id) {
    return (
      <div className="narrow" data-testid="not-your-task">
        <div className="notice notice-warn">
          <strong>“{data.title}” is not one of your tasks.</strong> Only its creator can change it; you can duplicate it
          from <Link to="/business/tasks">My tasks</Link> and edit the copy.
        </div>
      </div>
    );
  }
  return <TaskWizard key={data.id} task={data} defaults={defaults} />;
}

function TaskWizard({ task, defaults }: { task: TaskDetail | null; defaults: EvaluationDefaults }) {
  const navigate = useNavigate();
  const toast = useToast();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('step');
  const step: WizardStep = isStep(requested) ? requested : 'details';

  const [saved, setSaved] = useState<TaskDetail | null>(task);
  const [values, setValues] = useState<TaskDetailsValues>(() => (task ? valuesFromTask(task) : NEW_TASK));
  const [draft, setDraft] = useState<EvaluationDraft>(() =>
    draftFromConfig(task?.evaluationConfig, defaults[task?.taskType ?? NEW_TASK.taskType]),
  );
  const [files, setFiles] = useState<TaskFile[]>(task?.files ?? []);
  const [errors, setErrors] = useState<FieldErrors<TaskField>>({});
  const [attempted, setAttempted] = useState(false);
  const [evaluationServerErrors, setEvaluationServerErrors] = useState<string[]>([]);
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [inviteOpen, setInviteOpen] = useState(false);
  const [publishOpen, setPublishOpen] = useState(false);
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
      if (isDefaultDraft(draft, defaults, values.taskType)) {
        setDraft(draftForTaskType(defaults, next.taskType));
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

  /** Saves the form; true when everything was stored (a new task navigates to its files step). */
  const save = async (): Promise<boolean> => {
    setAttempted(true);
    setGeneralErrors([]);
    setEvaluationServerErrors([]);
    const found = validateTaskDetails(values);
    setErrors(found);
    if (hasErrors(found)) {
      goTo('details');
      return false;
    }
    if (problems.length > 0) {
      goTo('scoring');
      return false;
    }
    setSaving(true);
    try {
      const payload = taskPayload(values, draft);
      if (creating) {
        const created = await api.createTask(payload);
        setDirty(false);
        toast.show({
          kind: 'success',
          title: 'Task created as a draft',
          detail: 'Only you can see it. Add its starter files and hidden tests, then publish it from the Preview step.',
        });
        navigate(`/business/tasks/${encodeURIComponent(created.id)}/edit?step=files`, { replace: true });
        return true;
      }
      const updated = await api.updateTask(saved.id, payload);
      setSaved(updated);
      setValues(valuesFromTask(updated));
      if (updated.files) setFiles(updated.files);
      setDirty(false);
      toast.show({ kind: 'success', title: 'Task saved' });
      return true;
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
      return false;
    } finally {
      setSaving(false);
    }
  };

  const published = (task: TaskDetail) => {
    setPublishOpen(false);
    // The publish answer carries the audience; later saves must send it back unchanged.
    setSaved((current) => (current ? { ...current, status: task.status, publishedAt: task.publishedAt, isPublic: task.isPublic } : task));
    setValues((current) => ({ ...current, isPublic: task.isPublic }));
  };

  const index = STEPS.findIndex((s) => s.key === step);
  const previous = index > 0 ? STEPS[index - 1] : null;
  const next = index < STEPS.length - 1 ? STEPS[index + 1] : null;
  const canSave = !archived && problems.length === 0;
  // Not blocking: a task without hidden tests can be published, but the business learns what it costs the outcome score.
  const noHiddenTests = archived ? null : hiddenTestsGap(values.runHiddenTests, files);

  return (
    <div className="wizard" data-testid="task-wizard" data-mode={creating ? 'create' : 'edit'} data-step={step}>
      <Link to="/business/tasks" className="back-link">
        <ArrowLeft size={15} aria-hidden="true" /> My tasks
      </Link>
      <div className="page-heading wizard-heading">
        <div>
          <h1>{creating ? 'New task' : values.title || saved?.title}</h1>
          <p className="muted wizard-subtitle">
            {creating ? (
              'Describe the task, set how it is scored, then add its files. It is saved as a draft until you publish it.'
            ) : (
              <>
                <TaskStatusPill task={saved} />
                <span>{TASK_TYPE_LABELS[values.taskType]}</span>
              </>
            )}
            {dirty && (
              <span className="unsaved" data-testid="unsaved">
                {' '}
                · Unsaved changes
              </span>
            )}
          </p>
        </div>
        {!creating && !archived && (
          <div className="wizard-heading-actions">
            {isDraft(saved) ? (
              <Button onClick={() => setPublishOpen(true)} icon={<Rocket size={16} aria-hidden="true" />} data-testid="wizard-publish-top">
                Publish
              </Button>
            ) : (
              <Button onClick={() => setPublishOpen(true)} data-testid="wizard-audience">
                Who can take it
              </Button>
            )}
            <Button onClick={() => setInviteOpen(true)} icon={<MailPlus size={16} aria-hidden="true" />} data-testid="wizard-invite">
              Invite candidate
            </Button>
          </div>
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

      {(step === 'files' || step === 'preview') && noHiddenTests && <NoHiddenTestsWarning gap={noHiddenTests} />}

      <div className="wizard-body">
        {step === 'details' && <TaskDetailsStep values={values} errors={errors} onChange={setField} disabled={archived} />}
        {step === 'scoring' && (
          <fieldset disabled={archived} className="plain-fieldset">
            <EvaluationEditor
              draft={draft}
              taskType={values.taskType}
              defaults={defaults}
              onChange={changeDraft} serverErrors={evaluationServerErrors} />
          </fieldset>
        )}
        {step === 'files' && <TaskFilesStep taskId={saved?.id ?? null} files={files} onFilesChange={setFiles} readOnly={archived} />}
        {step === 'preview' && <PublishPanel task={saved} onPublish={() => setPublishOpen(true)} />}
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
            <Button variant="ghost" onClick={() => goTo(previous.key)} icon={<ArrowLeft size={16} aria-hidden="true" />} data-testid="wizard-back">
              {previous.label}
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
              {next.label} <ArrowRight size={16} aria-hidden="true" />
            </Button>
          )}
          {!archived && (
            <Button
              variant={step === 'preview' && saved && isDraft(saved) ? 'secondary' : 'primary'}
              loading={saving}
              disabled={!canSave}
              onClick={() => void save()}
              data-testid="save-task"
            >
              {creating ? 'Create task' : 'Save changes'}
            </Button>
          )}
          {step === 'preview' && saved && isDraft(saved) && (
            <Button variant="primary" disabled={!canSave} onClick={() => setPublishOpen(true)} icon={<Rocket size={16} aria-hidden="true" />} data-testid="wizard-publish">
              Publish
            </Button>
          )}
        </div>
      </div>

      <InviteFlow task={inviteOpen ? saved : null} onClose={() => setInviteOpen(false)} onPublished={published} />
      <PublishDialog
        open={publishOpen}
        task={saved}
        onClose={() => setPublishOpen(false)}
        onPublished={published}
        beforePublish={dirty ? save : undefined}
      />
    </div>
  );
}

/** The last step says where the task stands for candidates and offers to publish a draft. */
function PublishPanel({ task, onPublish }: { task: TaskDetail | null; onPublish: () => void }) {
  if (!task) {
    return (
      <div className="publish-panel" data-testid="publish-panel" data-publication="unsaved">
        <Rocket size={22} className="publish-panel-icon" aria-hidden="true" />
        <div>
          <strong>Not saved yet</strong>
          <p className="muted small">Create the task to save it as a draft only you can see. Add its files, then publish it here.</p>
        </div>
      </div>
    );
  }
  const publication = publicationOf(task);
  return (
    <div className={`publish-panel publish-panel-${publication}`} data-testid="publish-panel" data-publication={publication}>
      <Rocket size={22} className="publish-panel-icon" aria-hidden="true" />
      <div>
        <TaskStatusPill task={task} />
        <p className="muted small">{PUBLICATION_HINTS[publication]}</p>
      </div>
      {publication === 'draft' && (
        <Button variant="primary" onClick={onPublish} icon={<Rocket size={16} aria-hidden="true" />} data-testid="publish-panel-publish">
          Publish…
        </Button>
      )}
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
    status: 'published',
    publishedAt: null,
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
