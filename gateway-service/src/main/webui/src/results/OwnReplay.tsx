import { useQuery } from '@tanstack/react-query';
import { History } from 'lucide-react';
import { useState } from 'react';
import { api, toApiError } from '../api/client';
import type { Assessment } from '../api/types';
import { Button } from '../shared/Button';
import { ErrorState } from '../shared/ErrorState';
import { SessionReplay } from '../shared/replay/SessionReplay';
import { Spinner } from '../shared/Spinner';
import { isOwnReport } from './reportWording';

/**
 * The candidate's own session replay, loaded only when asked for (a timeline with file contents can be large): the
 * same replay the business's evidence report shows, without what is the business's (the server leaves it out).
 */
export function OwnReplay({ assessment }: { assessment: Pick<Assessment, 'id' | 'status' | 'viewer'> }) {
  const [open, setOpen] = useState(false);
  const timeline = useQuery({
    queryKey: ['assessment', assessment.id, 'timeline'],
    queryFn: ({ signal }) => api.ownTimeline(assessment.id, signal),
    enabled: open,
    staleTime: Infinity,
    retry: false,
  });
  if (!isOwnReport(assessment) || assessment.status !== 'scored') return null;
  if (!open) {
    return (
      <section className="card own-replay" aria-labelledby="own-replay-heading" data-testid="own-replay">
        <h2 id="own-replay-heading" className="card-title">
          <History size={18} aria-hidden="true" /> Your session, moment by moment
        </h2>
        <p className="muted">Scrub through what you did: each file as it was, the change made, the chat and the terminal.</p>
        <Button variant="secondary" onClick={() => setOpen(true)} data-testid="own-replay-open">
          Replay your session
        </Button>
      </section>
    );
  }
  if (timeline.isPending) {
    return (
      <section className="card own-replay" data-testid="own-replay" aria-busy="true">
        <Spinner label="Loading your session…" />
      </section>
    );
  }
  if (timeline.isError) {
    return (
      <section className="card own-replay" data-testid="own-replay">
        <ErrorState
          error={toApiError(timeline.error)}
          title="Your session could not be loaded"
          onRetry={() => void timeline.refetch()}
          compact
        />
      </section>
    );
  }
  return <SessionReplay report={timeline.data} userLabel="You" />;
}
