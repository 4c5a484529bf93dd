import { ConfirmDialog } from './ConfirmDialog';

/** The question before an unstarted attempt is given up, saying whether it still counts. */
export function AbandonAttemptDialog({
  open,
  attemptNumber,
  invited,
  busy,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  attemptNumber: number;
  invited: boolean;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  return (
    <ConfirmDialog
      open={open}
      title={`Abandon attempt #${attemptNumber}?`}
      confirmLabel="Abandon"
      danger
      busy={busy}
      onCancel={onCancel}
      onConfirm={onConfirm}
      confirmTestId="confirm-abandon"
    >
      <p>
        {invited
          ? 'The company allows a retake: this attempt is closed and counts as one of your attempts. You can start again from the invitation or the task page.'
          : 'Nothing was started, so it does not count as an attempt. You can start a fresh one whenever you like.'}
      </p>
    </ConfirmDialog>
  );
}
