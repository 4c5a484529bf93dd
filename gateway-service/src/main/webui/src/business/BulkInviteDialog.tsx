import { CheckCircle2, TriangleAlert } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { api, toApiError } from '../api/client';
import type { BulkInvitationResult, Task } from '../api/types';
import { Button } from '../shared/Button';
import { FormField } from '../shared/FormField';
import { hasErrors, splitFieldErrors, type FieldErrors } from '../shared/fieldErrors';
import { inputProps } from '../shared/inputProps';
import { Modal } from '../shared/Modal';
import { useToast } from '../shared/useToast';
import {
  BULK_LABELS,
  MAX_BULK_LINES,
  bulkLines,
  bulkPayload,
  bulkSummary,
  validateBulk,
  type BulkField,
  type BulkValues,
} from './bulkInvite';
import { MAX_MESSAGE, today } from './inviteForm';
import { canInviteTo } from './publication';

const PLACEHOLDER = `ada@example.com
Grace Hopper, grace@example.com
"Lovelace, Ada", ada.l@example.com`;

function BulkResult({ result }: { result: BulkInvitationResult }) {
  return (
    <div className="bulk-result" data-testid="bulk-result" data-created={result.created.length} data-failed={result.failed.length}>
      <p className={`bulk-headline ${result.failed.length ? 'bulk-headline-partial' : 'bulk-headline-ok'}`}>
        {result.failed.length ? <TriangleAlert size={18} aria-hidden="true" /> : <CheckCircle2 size={18} aria-hidden="true" />}
        <strong data-testid="bulk-summary">{bulkSummary(result)}</strong>
      </p>
      {result.created.length > 0 && (
        <p className="muted small">
          Emailed: {result.created.map((c) => c.email).join(', ')}. Their invitations are listed on this page; copy a link from a row.
        </p>
      )}
      {result.failed.length > 0 && (
        <>
          <p className="small">These lines were not invited; nothing was stored for them. Fix them and send them again.</p>
          <div className="table-wrap">
            <table className="table bulk-failed-table">
              <thead>
                <tr>
                  <th>Line</th>
                  <th>Input</th>
                  <th>Problem</th>
                </tr>
              </thead>
              <tbody>
                {result.failed.map((f) => (
                  <tr key={f.row} data-testid="bulk-failed-row" data-row={f.row}>
                    <td className="bulk-row-no">{f.row}</td>
                    <td>
                      <code>{f.input || '(empty)'}</code>
                    </td>
                    <td>
                      <strong>{f.problem.title}</strong>
                      {f.problem.detail && <span className="muted"> — {f.problem.detail}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}

/**
 * "Bulk invite": a pasted list (one person a line, `email` or `name, email`) invited to one task in one request; the
 * answer says who was invited and, line by line, who was not and why.
 */
export function BulkInviteDialog({
  open,
  task,
  tasks = [],
  onClose,
  onSent,
}: {
  open: boolean;
  task?: Pick<Task, 'id' | 'title'> | null;
  tasks?: Pick<Task, 'id' | 'title' | 'archivedAt' | 'status' | 'isPublic'>[];
  onClose: () => void;
  onSent?: (result: BulkInvitationResult) => void;
}) {
  const toast = useToast();
  const empty: BulkValues = { taskId: task?.id ?? '', addresses: '', message: '', expiresAt: '', allowRetakes: false, allowResultSharing: false };
  const [values, setValues] = useState<BulkValues>(empty);
  const [errors, setErrors] = useState<FieldErrors<BulkField>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<BulkInvitationResult | null>(null);

  // Opening the dialog starts a blank form.
  const formKey = open ? (task?.id ?? '') : null;
  const [formFor, setFormFor] = useState<string | null>(null);
  if (formKey !== formFor) {
    setFormFor(formKey);
    if (open) {
      setValues(empty);
      setErrors({});
      setGeneral([]);
      setResult(null);
    }
  }

  const set = <K extends keyof BulkValues>(field: K, value: BulkValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const lineCount = bulkLines(values.addresses).length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setGeneral([]);
    const found = validateBulk(values);
    setErrors(found);
    if (hasErrors(found)) return;
    setSending(true);
    try {
      const answer = await api.bulkInvite(bulkPayload(values));
      const normalised = { created: answer.created ?? [], failed: answer.failed ?? [] };
      setResult(normalised);
      toast.show({
        kind: normalised.failed.length ? 'warning' : 'success',
        title: normalised.failed.length ? 'Some lines were not invited' : 'Invitations sent',
        detail: bulkSummary(normalised),
      });
      onSent?.(normalised);
    } catch (err) {
      const apiError = toApiError(err);
      const split = splitFieldErrors(apiError, BULK_LABELS);
      setErrors(split.fields);
      setGeneral(split.general.map((message) => (message === apiError.detail ? `${apiError.title}: ${message}` : message)));
    } finally {
      setSending(false);
    }
  };

  const taskTitle = task?.title ?? tasks.find((t) => t.id === values.taskId)?.title;

  if (result) {
    return (
      <Modal
        open={open}
        title={`Bulk invitation${taskTitle ? ` to “${taskTitle}”` : ''}`}
        onClose={onClose}
        wide
        testId="bulk-invite-dialog"
        footer={
          <>
            <Button
              variant="ghost"
              onClick={() => {
                // Keep the failed lines to fix and send again.
                const failedLines = result.failed.map((f) => f.input).join('\n');
                setValues({ ...values, addresses: failedLines });
                setResult(null);
              }}
              data-testid="bulk-retry"
            >
              {result.failed.length ? 'Fix the failed lines' : 'Invite more'}
            </Button>
            <Button variant="primary" onClick={onClose} data-testid="bulk-done">
              Done
            </Button>
          </>
        }
      >
        <BulkResult result={result} />
      </Modal>
    );
  }

  return (
    <Modal
      open={open}
      title={task ? `Invite a list to “${task.title}”` : 'Invite a list of candidates'}
      onClose={onClose}
      busy={sending}
      wide
      testId="bulk-invite-dialog"
      footer={
        <>
          <Button variant="ghost" onClick={onClose} disabled={sending}>
            Cancel
          </Button>
          <Button type="submit" form="bulk-invite-form" variant="primary" loading={sending} data-testid="bulk-send">
            {sending ? 'Sending…' : lineCount > 0 ? `Send ${lineCount} invitation${lineCount === 1 ? '' : 's'}` : 'Send invitations'}
          </Button>
        </>
      }
    >
      <form id="bulk-invite-form" onSubmit={(event) => void submit(event)} noValidate data-testid="bulk-invite-form">
        <div className="form-grid">
          {!task && (
            <FormField id="bulk-taskId" label="Task" error={errors.taskId} className="span-2">
              <select {...inputProps('bulk-taskId', errors.taskId)} value={values.taskId} onChange={(e) => set('taskId', e.target.value)} data-testid="bulk-task">
                <option value="">Choose one of your tasks…</option>
                {tasks
                  .filter((t) => !t.archivedAt)
                  .map((t) => (
                    <option key={t.id} value={t.id} disabled={!canInviteTo(t)}>
                      {canInviteTo(t) ? t.title : `${t.title} (draft — publish it first)`}
                    </option>
                  ))}
              </select>
            </FormField>
          )}
          <FormField
            id="bulk-addresses"
            label="People to invite"
            error={errors.addresses}
            className="span-2"
            hint={
              <>
                One per line: an email, or a name and an email separated by a comma (a CSV's first two columns). Up to{' '}
                {MAX_BULK_LINES} lines.{' '}
                <span className={`bulk-line-count${lineCount > MAX_BULK_LINES ? ' field-error' : ''}`} data-testid="bulk-line-count">
                  {lineCount} {lineCount === 1 ? 'line' : 'lines'}
                </span>
              </>
            }
          >
            <textarea
              {...inputProps('bulk-addresses', errors.addresses, true)}
              rows={8}
              className="bulk-addresses"
              spellCheck={false}
              value={values.addresses}
              onChange={(e) => set('addresses', e.target.value)}
              placeholder={PLACEHOLDER}
              data-testid="bulk-addresses"
            />
          </FormField>
          <FormField id="bulk-message" label="Personal message (optional)" error={errors.message} className="span-2" hint="The same message for everyone on the list.">
            <textarea
              {...inputProps('bulk-message', errors.message, true)}
              rows={3}
              maxLength={MAX_MESSAGE}
              value={values.message}
              onChange={(e) => set('message', e.target.value)}
            />
          </FormField>
          <FormField id="bulk-expiresAt" label="Expires on (optional)" error={errors.expiresAt} hint="Leave empty for the platform’s default.">
            <input
              {...inputProps('bulk-expiresAt', errors.expiresAt, true)}
              type="date"
              min={today(1)}
              value={values.expiresAt}
              onChange={(e) => set('expiresAt', e.target.value)}
            />
          </FormField>
          <label className="checkbox-row retake-option">
            <input type="checkbox" checked={values.allowRetakes} onChange={(e) => set('allowRetakes', e.target.checked)} />
            <span>
              Allow a retake
              <small>Each candidate may give up an attempt they have not started and begin again.</small>
            </span>
          </label>
          <label className="checkbox-row retake-option">
            <input
              type="checkbox"
              checked={values.allowResultSharing ?? false}
              onChange={(e) => set('allowResultSharing', e.target.checked)}
              data-testid="bulk-allow-result-sharing"
            />
            <span>
              Let the candidate share their result publicly
              <small>Each candidate may publish their score and level (never their code or chat) on a public page.</small>
            </span>
          </label>
        </div>
        {sending && (
          <div className="bulk-progress" role="status" data-testid="bulk-progress">
            <span className="bulk-progress-bar" aria-hidden="true" />
            Sending {lineCount} invitation{lineCount === 1 ? '' : 's'}: each gets its own email…
          </div>
        )}
        {general.length > 0 && (
          <div className="form-errors" role="alert" data-testid="bulk-errors">
            {general.join(' ')}
          </div>
        )}
      </form>
    </Modal>
  );
}
