import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, toApiError, type ApiError } from '../api/client';
import type { AssessmentStatus } from '../api/types';
import { useToast } from '../shared/useToast';
import type { FileSaver } from './FileSaver';
import type { TrackingManager } from './TrackingManager';

interface SubmissionDeps {
  id: string;
  initialStatus: AssessmentStatus;
  expired: boolean;
  saver: FileSaver;
  tracking: TrackingManager;
}

/**
 * Submitting the session: files saved and activity sent first, then the results page. When the time is up the
 * session submits itself once; if that fails, the submit dialog opens with the error.
 */
export function useSubmission({ id, initialStatus, expired, saver, tracking }: SubmissionDeps) {
  const navigate = useNavigate();
  const toast = useToast();
  const [status, setStatus] = useState(initialStatus);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [notes, setNotes] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<ApiError | null>(null);
  const autoSubmitted = useRef(false);

  const submit = useCallback(
    async (auto: boolean) => {
      setSubmitting(true);
      setSubmitError(null);
      const saved = await saver.flushAll();
      if (!saved && !auto) {
        setSubmitting(false);
        setSubmitError(
          toApiError(new Error('Some files could not be saved to the workspace. Check your connection and try again.')),
        );
        return;
      }
      tracking.takeAllSnapshots();
      await tracking.flush();
      try {
        await api.submitAssessment(id, notes.trim() || undefined);
        setStatus('submitted');
        tracking.stop();
        navigate(`/results/${encodeURIComponent(id)}`, { replace: true });
      } catch (err) {
        const apiError = toApiError(err);
        if (apiError.status === 409) {
          // Already submitted (or expired and submitted by the server): the results page knows.
          navigate(`/results/${encodeURIComponent(id)}`, { replace: true });
          return;
        }
        setSubmitError(apiError);
        setSubmitting(false);
        if (auto) setConfirmOpen(true);
      }
    },
    [id, navigate, notes, saver, tracking],
  );

  useEffect(() => {
    if (expired && status === 'in_progress' && !autoSubmitted.current) {
      autoSubmitted.current = true;
      toast.show({ kind: 'warning', title: 'Time is up', detail: 'Submitting your work…', durationMs: 8000 });
      void submit(true);
    }
  }, [expired, status, submit, toast]);

  const openDialog = useCallback(() => {
    setSubmitError(null);
    setConfirmOpen(true);
  }, []);
  const closeDialog = useCallback(() => setConfirmOpen(false), []);

  return { status, confirmOpen, openDialog, closeDialog, notes, setNotes, submitting, submitError, submit };
}
