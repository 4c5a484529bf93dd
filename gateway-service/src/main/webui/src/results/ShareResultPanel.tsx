import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Mail } from 'lucide-react';
import { useState } from 'react';
import { api, toApiError } from '../api/client';
import type { Assessment, ResultShare, Score } from '../api/types';
import { Button } from '../shared/Button';
import { useToast } from '../shared/useToast';
import {
  NAME_DISPLAY_CHOICES,
  type NameDisplay,
  badgeSnippets,
  sharePost,
  shareLinks,
  sharingRefusal,
} from './shareLinks';

const shareKey = (assessmentId: string) => ['assessment', assessmentId, 'share'] as const;

/**
 * The candidate publishes their result: a public page (with a signed JSON copy, a badge and a preview image) that
 * LinkedIn, X and email link to. Nothing is public until they press Share; Revoke takes it back.
 */
export function ShareResultPanel({ assessment, score }: { assessment: Assessment; score: Score }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const current = useQuery({
    queryKey: shareKey(assessment.id),
    queryFn: ({ signal }) => api.getResultShare(assessment.id, signal),
    retry: false,
  });
  const refusal = current.error ? sharingRefusal(toApiError(current.error).kind, assessment.companyName) : null;
  const share = current.data ?? null;
  const [nameDisplay, setNameDisplay] = useState<NameDisplay | null>(null);
  const chosen: NameDisplay = nameDisplay ?? (share?.nameDisplay as NameDisplay | undefined) ?? 'full';

  const publish = useMutation({
    mutationFn: (display: NameDisplay) => api.shareResult(assessment.id, display),
    onSuccess: (saved) => {
      queryClient.setQueryData(shareKey(assessment.id), saved);
      setNameDisplay(null);
    },
    onError: (error) => toast.show({ kind: 'error', title: 'Could not share the result', detail: toApiError(error).detail }),
  });
  const revoke = useMutation({
    mutationFn: () => api.revokeResultShare(assessment.id),
    onSuccess: () => {
      queryClient.setQueryData(shareKey(assessment.id), null);
      toast.show({ kind: 'success', title: 'Your result is private again', detail: 'Its public page no longer opens.' });
    },
    onError: (error) => toast.show({ kind: 'error', title: 'Could not revoke the link', detail: toApiError(error).detail }),
  });

  return (
    <section className="card" aria-labelledby="share-heading" data-testid="share-section">
      <h2 id="share-heading" className="card-title">
        Share your result
      </h2>
      {refusal ? (
        <p className="muted" data-testid="share-not-allowed">
          {refusal}
        </p>
      ) : current.isPending ? (
        <p className="muted small">Loading…</p>
      ) : (
        <div className="share">
          <fieldset className="share-name" disabled={publish.isPending}>
            <legend className="small">Name on the public page</legend>
            {NAME_DISPLAY_CHOICES.map((choice) => (
              <label key={choice.value} className="small">
                <input
                  type="radio"
                  name="share-name-display"
                  value={choice.value}
                  checked={chosen === choice.value}
                  onChange={() => setNameDisplay(choice.value)}
                  data-testid={`share-name-${choice.value}`}
                />{' '}
                {choice.label}
              </label>
            ))}
          </fieldset>
          {share ? (
            <SharedLinks share={share} score={score} taskTitle={assessment.task.title} />
          ) : (
            <p className="muted small">
              Sharing makes a public page with your score, level and category scores (never your code or chat) that anyone
              with the link can open.
            </p>
          )}
          <div className="share-buttons">
            {(!share || chosen !== share.nameDisplay) && (
              <Button variant="primary" onClick={() => publish.mutate(chosen)} disabled={publish.isPending} data-testid="share-publish">
                {share ? 'Update name' : 'Share'}
              </Button>
            )}
            {share && (
              <Button
                variant="danger"
                onClick={() => revoke.mutate()}
                disabled={revoke.isPending}
                data-testid="share-revoke"
              >
                Revoke public link
              </Button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}

function SharedLinks({ share, score, taskTitle }: { share: ResultShare; score: Score; taskTitle: string }) {
  const toast = useToast();
  const post = sharePost(score.finalScore, score.proficiencyLevel, taskTitle);
  const links = shareLinks(share.url, post, taskTitle);
  const snippets = badgeSnippets(share.url, share.shareId);
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      toast.show({ kind: 'success', title: `${what} copied to clipboard` });
    } catch {
      toast.show({ kind: 'error', title: `Could not copy the ${what.toLowerCase()}`, detail: text });
    }
  };
  return (
    <>
      <div className="share-link">
        <input
          value={share.url}
          readOnly
          aria-label="Public link to your result"
          onFocus={(e) => e.currentTarget.select()}
          data-testid="share-url"
        />
        <Button onClick={() => void copy(share.url, 'Link')} data-testid="copy-link">
          Copy link
        </Button>
      </div>
      <div className="share-buttons">
        <a className="btn share-linkedin" href={links.linkedIn} target="_blank" rel="noopener noreferrer" data-testid="share-linkedin">
          in&nbsp; Share on LinkedIn
        </a>
        <a className="btn share-x" href={links.x} target="_blank" rel="noopener noreferrer" data-testid="share-x">
          𝕏&nbsp; Post on X
        </a>
        <a className="btn btn-secondary" href={links.email} data-testid="share-email">
          <Mail size={15} aria-hidden="true" /> Email
        </a>
      </div>
      <details className="share-embed">
        <summary className="small">Embed the badge</summary>
        <label className="small">
          Markdown
          <textarea readOnly value={snippets.markdown} rows={2} data-testid="badge-markdown" />
        </label>
        <Button variant="secondary" onClick={() => void copy(snippets.markdown, 'Markdown')}>
          Copy Markdown
        </Button>
        <label className="small">
          HTML
          <textarea readOnly value={snippets.html} rows={2} data-testid="badge-html" />
        </label>
        <Button variant="secondary" onClick={() => void copy(snippets.html, 'HTML')}>
          Copy HTML
        </Button>
      </details>
    </>
  );
}
