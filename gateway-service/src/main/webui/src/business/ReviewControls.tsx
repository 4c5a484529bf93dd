import { useQuery } from '@tanstack/react-query';
import { NotebookPen, Star } from 'lucide-react';
import { useState } from 'react';
import { api, toApiError } from '../api/client';
import type { BusinessCandidate, ReviewStage } from '../api/types';
import { Button } from '../shared/Button';
import { formatDateTime } from '../shared/format';
import { Modal } from '../shared/Modal';
import { Spinner } from '../shared/Spinner';
import { REVIEW_STAGES, STAGE_LABELS } from './candidates';
import { reviewKey, useCandidateReview } from './useCandidateReview';

export const NOTES_LIMIT = 2000;

export function StageSelect({
  value,
  onChange,
  disabled,
}: {
  value: ReviewStage;
  onChange: (stage: ReviewStage) => void;
  disabled?: boolean;
}) {
  return (
    <select
      className={`stage-select stage-${value}`}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value as ReviewStage)}
      aria-label="Stage"
      data-testid="candidate-stage"
    >
      {REVIEW_STAGES.map((stage) => (
        <option key={stage} value={stage}>
          {STAGE_LABELS[stage]}
        </option>
      ))}
    </select>
  );
}

/** 1–5 stars; choosing the current rating again clears it. */
export function StarRating({
  value,
  onChange,
  disabled,
}: {
  value: number | null;
  onChange: (rating: number | null) => void;
  disabled?: boolean;
}) {
  const [hover, setHover] = useState<number | null>(null);
  const shown = hover ?? value ?? 0;
  return (
    <div className="stars" role="radiogroup" aria-label="Rating" data-testid="candidate-rating" data-rating={value ?? ''} onMouseLeave={() => setHover(null)}>
      {[1, 2, 3, 4, 5].map((n) => (
        <button
          key={n}
          type="button"
          role="radio"
          aria-checked={value === n}
          aria-label={`${n} ${n === 1 ? 'star' : 'stars'}`}
          title={value === n ? 'Clear the rating' : `${n} of 5`}
          className={n <= shown ? 'star on' : 'star'}
          disabled={disabled}
          onMouseEnter={() => setHover(n)}
          onClick={() => onChange(value === n ? null : n)}
          data-testid={`rating-${n}`}
        >
          <Star size={15} aria-hidden="true" fill={n <= shown ? 'currentColor' : 'none'} />
        </button>
      ))}
    </div>
  );
}

function NotesDialog({ candidate, onClose }: { candidate: BusinessCandidate & { assessmentId: string }; onClose: () => void }) {
  const review = useQuery({
    queryKey: reviewKey(candidate.assessmentId),
    queryFn: ({ signal }) => api.candidateReview(candidate.assessmentId, signal),
  });
  const save = useCandidateReview();
  const [notes, setNotes] = useState<string | null>(null);
  const text = notes ?? review.data?.notes ?? '';
  const tooLong = text.length > NOTES_LIMIT;
  const error = review.isError ? toApiError(review.error) : null;

  const submit = () =>
    save.mutate(
      { assessmentId: candidate.assessmentId, stage: candidate.stage ?? 'new', rating: candidate.rating ?? null, notes: text.trim() || null },
      { onSuccess: onClose },
    );

  return (
    <Modal
      open
      title={`Notes on ${candidate.name || candidate.email}`}
      onClose={onClose}
      busy={save.isPending}
      testId="notes-dialog"
      footer={
        <>
          <Button variant="ghost" onClick={onClose} disabled={save.isPending}>
            Cancel
          </Button>
          <Button variant="primary" loading={save.isPending} disabled={!review.data || tooLong} onClick={submit} data-testid="save-notes">
            Save notes
          </Button>
        </>
      }
    >
      <p className="muted small">Private to your company: the candidate never sees them.</p>
      {review.isPending && <Spinner size="sm" label="Loading the review…" />}
      {error && <p className="row-notice-error">The review could not be loaded: {error.detail || error.title}</p>}
      {review.data && (
        <>
          <textarea
            className="input notes-input"
            rows={6}
            value={text}
            onChange={(e) => setNotes(e.target.value)}
            aria-label="Notes"
            aria-invalid={tooLong || undefined}
            data-testid="notes-input"
          />
          <div className={tooLong ? 'field-error' : 'field-hint'}>
            {text.length} / {NOTES_LIMIT} characters
          </div>
          {review.data.updatedAt && (
            <p className="muted tiny">Last changed {formatDateTime(review.data.updatedAt)}</p>
          )}
        </>
      )}
    </Modal>
  );
}

/** Stage, rating and notes of one attempt, saved as they change. */
export function ReviewControls({ candidate }: { candidate: BusinessCandidate }) {
  const save = useCandidateReview();
  const [notesOpen, setNotesOpen] = useState(false);
  const assessmentId = candidate.assessmentId;
  if (!assessmentId) return <span className="muted small">—</span>;
  const stage = candidate.stage ?? 'new';
  const rating = candidate.rating ?? null;
  return (
    <div className="review-controls">
      <StageSelect value={stage} onChange={(next) => save.mutate({ assessmentId, stage: next, rating })} />
      <div className="review-line">
        <StarRating value={rating} onChange={(next) => save.mutate({ assessmentId, stage, rating: next })} />
        <button
          type="button"
          className="icon-button notes-button"
          title="Private notes"
          aria-label="Private notes"
          onClick={() => setNotesOpen(true)}
          data-testid="candidate-notes"
        >
          <NotebookPen size={15} aria-hidden="true" />
        </button>
      </div>
      {notesOpen && <NotesDialog candidate={{ ...candidate, assessmentId }} onClose={() => setNotesOpen(false)} />}
    </div>
  );
}
