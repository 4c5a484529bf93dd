import { useEffect, useRef, useState } from 'react';
import { api, toApiError, type ApiError } from '../api/client';
import { saveBlob } from '../business/useCsvExport';
import { Button } from '../shared/Button';
import { ErrorState } from '../shared/ErrorState';

type ExportState = { kind: 'idle' } | { kind: 'preparing' } | { kind: 'done'; fileName: string } | { kind: 'failed'; error: ApiError };

/**
 * "Download my data": `GET /api/me/export` as a ZIP (the account, assessments, invitations and the files the user
 * wrote), fetched with the access token and handed to the browser's downloads. The status line says how it is going.
 */
export function DownloadMyData() {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const buttonRef = useRef<HTMLButtonElement>(null);

  const download = async () => {
    setState({ kind: 'preparing' });
    try {
      const file = await api.exportMyData();
      saveBlob(file.blob, file.fileName);
      setState({ kind: 'done', fileName: file.fileName });
    } catch (err) {
      setState({ kind: 'failed', error: toApiError(err) });
    }
  };

  // The button is disabled while preparing, which takes the focus away: once enabled again, it gets it back.
  const settled = state.kind === 'done' || state.kind === 'failed';
  useEffect(() => {
    if (settled) buttonRef.current?.focus();
  }, [settled, state]);

  const preparing = state.kind === 'preparing';
  return (
    <section className="card" aria-labelledby="export-heading" data-testid="export-data-section">
      <h2 id="export-heading" className="card-title">
        Download my data
      </h2>
      <p className="muted" id="export-description">
        One ZIP file with a copy of your data: your account, your assessments with their notes, AI chat and scores, the
        invitations you received, and the files you wrote in each assessment.
      </p>
      <div className="form-actions">
        <Button
          ref={buttonRef}
          variant="secondary"
          loading={preparing}
          aria-describedby="export-description export-status"
          onClick={() => void download()}
          data-testid="export-data"
        >
          {preparing ? 'Preparing your export…' : 'Download my data'}
        </Button>
      </div>
      <p id="export-status" className="muted small export-status" role="status" aria-live="polite" data-testid="export-status">
        {state.kind === 'preparing' && 'Preparing your export… This can take a little while.'}
        {state.kind === 'done' && `Your export ${state.fileName} was downloaded.`}
      </p>
      {state.kind === 'failed' && <ErrorState compact error={state.error} title="Your data could not be exported" />}
    </section>
  );
}
