import { Copy } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { api, toApiError } from '../api/client';
import type { CreatedInvitation, Task } from '../api/types';
import { Button } from '../shared/Button';
import { FormField } from '../shared/FormField';
import { inputProps } from '../shared/inputProps';
import { hasErrors, splitFieldErrors, type FieldErrors } from '../shared/fieldErrors';
import { Modal } from '../shared/Modal';
import { useToast } from '../shared/useToast';
import { copyText } from './clipboard';
import { LABELS, MAX_MESSAGE, invitePayload, today, validateInvite, type InviteField, type InviteValues } from './inviteForm';
import { canInviteTo } from './publication';

export function InviteDialog({
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
  onSent?: (invitation: CreatedInvitation) => void;
}) {
  const toast = useToast();
  const empty: InviteValues = { taskId: task?.id ?? '', recipientEmail: '', recipientName: '', message: '', expiresAt: '', allowRetakes: false, allowResultSharing: false };
  const [values, setValues] = useState<InviteValues>(empty);
  const [errors, setErrors] = useState<FieldErrors<InviteField>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<(CreatedInvitation & { email: string }) | null>(null);
  const linkRef = useRef<HTMLInputElement>(null);

  // Opening the dialog, or switching its task while open, starts a blank form.
  const formKey = open ? (task?.id ?? '') : null;
  const [formFor, setFormFor] = useState<string | null>(null);
  if (formKey !== formFor) {
    setFormFor(formKey);
    if (open) {
      setValues(empty);
      setErrors({});
      setGeneral([]);
      setSent(null);
    }
  }

  const set = <K extends keyof InviteValues>(field: K, value: InviteValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setGeneral([]);
    const found = validateInvite(values);
    setErrors(found);
    if (hasErrors(found)) return;
    setSending(true);
    try {
      const created = await api.createInvitation(invitePayload(values));
      setSent({ ...created, email: values.recipientEmail.trim() });
      toast.show({ kind: 'success', title: 'Invitation sent', detail: `To ${values.recipientEmail.trim()}` });
      onSent?.(created);
    } catch (err) {
      const apiError = toApiError(err);
      const split = splitFieldErrors(apiError, LABELS);
      setErrors(split.fields);
      setGeneral(split.general.map((message) => (message === apiError.detail ? `${apiError.title}: ${message}` : message)));
    } finally {
      setSending(false);
    }
  };

  const copy = async (link: string) => {
    if (await copyText(link)) {
      toast.show({ kind: 'success', title: 'Link copied to clipboard' });
    } else {
      linkRef.current?.focus();
      linkRef.current?.select();
      toast.show({ kind: 'warning', title: 'Copy the link by hand', detail: 'The browser refused the clipboard: the link is selected, press Ctrl+C.' });
    }
  };

  const taskTitle = task?.title ?? tasks.find((t) => t.id === values.taskId)?.title;

  if (sent) {
    return (
      <Modal
        open={open}
        title="Invitation sent"
        onClose={onClose}
        testId="invite-dialog"
        footer={
          <>
            <Button
              variant="ghost"
              onClick={() => {
                setValues({ ...empty, taskId: values.taskId });
                setSent(null);
              }}
              data-testid="invite-another"
            >
              Invite another candidate
            </Button>
            <Button variant="primary" onClick={onClose} data-testid="invite-done">
              Done
            </Button>
          </>
        }
      >
        <div className="invite-sent" data-testid="invite-sent" data-invitation-id={sent.invitationId}>
          <p>
            We emailed <strong>{sent.email}</strong> an invitation to <strong>{taskTitle ?? 'the task'}</strong>. The link
            below opens the same invitation; only that address can accept it.
          </p>
          <div className="copy-row">
            <input
              ref={linkRef}
              className="input"
              readOnly
              value={sent.accessLink}
              data-testid="invite-link"
              aria-label="Access link"
              onFocus={(e) => e.target.select()}
            />
            <Button onClick={() => void copy(sent.accessLink)} icon={<Copy size={15} aria-hidden="true" />} data-testid="copy-invite-link">
              Copy
            </Button>
          </div>
          <p className="muted small">
            Status: <span className={`status status-invite-${sent.status}`}>{sent.status}</span>
          </p>
        </div>
      </Modal>
    );
  }

  return (
    <Modal
      open={open}
      title={task ? `Invite a candidate to “${task.title}”` : 'Invite a candidate'}
      onClose={onClose}
      busy={sending}
      wide
      testId="invite-dialog"
      footer={
        <>
          <Button variant="ghost" onClick={onClose} disabled={sending}>
            Cancel
          </Button>
          <Button type="submit" form="invite-form" variant="primary" loading={sending} data-testid="invite-send">
            Send invitation
          </Button>
        </>
      }
    >
      <form id="invite-form" onSubmit={(event) => void submit(event)} noValidate data-testid="invite-form">
        <div className="form-grid">
          {!task && (
            <FormField
              id="invite-taskId"
              label="Task"
              error={errors.taskId}
              className="span-2"
              hint={tasks.some((t) => !t.archivedAt && !canInviteTo(t)) ? 'Drafts cannot be invited to: publish them from your task list first.' : undefined}
            >
              <select {...inputProps('invite-taskId', errors.taskId)} value={values.taskId} onChange={(e) => set('taskId', e.target.value)}>
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
          <FormField id="invite-recipientEmail" label="Candidate email" error={errors.recipientEmail}>
            <input
              {...inputProps('invite-recipientEmail', errors.recipientEmail)}
              type="email"
              autoComplete="off"
              value={values.recipientEmail}
              onChange={(e) => set('recipientEmail', e.target.value)}
              placeholder="candidate@example.com"
            />
          </FormField>
          <FormField id="invite-recipientName" label="Candidate name (optional)" error={errors.recipientName}>
            <input
              {...inputProps('invite-recipientName', errors.recipientName)}
              autoComplete="off"
              value={values.recipientName}
              onChange={(e) => set('recipientName', e.target.value)}
            />
          </FormField>
          <FormField
            id="invite-message"
            label="Personal message (optional)"
            error={errors.message}
            className="span-2"
            hint="Shown in the email and on the invitation page."
          >
            <textarea
              {...inputProps('invite-message', errors.message, true)}
              rows={4}
              maxLength={MAX_MESSAGE}
              value={values.message}
              onChange={(e) => set('message', e.target.value)}
            />
          </FormField>
          <FormField
            id="invite-expiresAt"
            label="Expires on (optional)"
            error={errors.expiresAt}
            hint="Leave empty for the platform’s default."
          >
            <input
              {...inputProps('invite-expiresAt', errors.expiresAt, true)}
              type="date"
              min={today(1)}
              value={values.expiresAt}
              onChange={(e) => set('expiresAt', e.target.value)}
            />
          </FormField>
          <label className="checkbox-row retake-option">
            <input
              type="checkbox"
              checked={values.allowRetakes}
              onChange={(e) => set('allowRetakes', e.target.checked)}
              data-testid="invite-allow-retakes"
            />
            <span>
              Allow a retake
              <small>The candidate may give up an attempt they have not started and begin again from this invitation.</small>
            </span>
          </label>
          <label className="checkbox-row retake-option">
            <input
              type="checkbox"
              checked={values.allowResultSharing ?? false}
              onChange={(e) => set('allowResultSharing', e.target.checked)}
              data-testid="invite-allow-result-sharing"
            />
            <span>
              Let the candidate share their result publicly
              <small>They may publish their score and level (never their code or chat) on a public page, e.g. for LinkedIn.</small>
            </span>
          </label>
        </div>
        {general.length > 0 && (
          <div className="form-errors" role="alert" data-testid="invite-errors">
            {general.join(' ')}
          </div>
        )}
      </form>
    </Modal>
  );
}
