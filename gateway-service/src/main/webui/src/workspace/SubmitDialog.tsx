import type { ApiError } from '../api/client';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { ErrorState } from '../shared/ErrorState';

interface SubmitDialogProps {
  open: boolean;
  busy: boolean;
  /** Seconds left on the clock, null without a deadline. */
  remaining: number | null;
  unsaved: boolean;
  notes: string;
  error: ApiError | null;
  onNotes: (notes: string) => void;
  onCancel: () => void;
  onConfirm: () => void;
}

export function SubmitDialog({ open, busy, remaining, unsaved, notes, error, onNotes, onCancel, onConfirm }: SubmitDialogProps) {
  return (
    <ConfirmDialog
      open={open}
      title="Submit your assessment?"
      confirmLabel="Submit now"
      busy={busy}
      onCancel={onCancel}
      onConfirm={onConfirm}
      confirmTestId="confirm-submit"
    >
      <p>
        Your files will be saved and scored as they are now. You cannot edit them after submitting.
        {remaining !== null && remaining > 0 && ' Time is still left on the clock.'}
      </p>
      <label className="field">
        <span>Notes for the reviewer (optional)</span>
        <textarea
          value={notes}
          onChange={(event) => onNotes(event.target.value)}
          rows={3}
          maxLength={4000}
          placeholder="Anything you want to add about your approach…"
          data-testid="submit-notes"
        />
      </label>
      {unsaved && <p className="muted small">Unsaved changes will be saved first.</p>}
      {error && <ErrorState compact error={error} title="Submission failed" />}
    </ConfirmDialog>
  );
}
