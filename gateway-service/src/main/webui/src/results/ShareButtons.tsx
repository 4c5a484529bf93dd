import { Mail } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../shared/Button';
import { formatScore } from '../shared/format';
import { levelInfo } from '../shared/levels';
import { useToast } from '../shared/useToast';
import { shareText } from './shareText';

export interface ShareButtonsProps {
  assessmentId: string;
  score: number;
  level: string;
  taskTitle: string;
}

function openPopup(url: string) {
  window.open(url, '_blank', 'noopener,noreferrer,width=600,height=500');
}

/**
 * Share the result. The report itself is private (only its owner, signed in, can open it), so
 * posts carry the score and a link to Skills Lab; the copied link is for the owner's own use.
 */
export function ShareButtons({ assessmentId, score, level, taskTitle }: ShareButtonsProps) {
  const toast = useToast();
  const [copied, setCopied] = useState(false);
  const origin = window.location.origin;
  const reportUrl = `${origin}/results/${encodeURIComponent(assessmentId)}`;
  const productUrl = `${origin}/`;
  const text = shareText(score, level, taskTitle);
  const info = levelInfo(level);
  // "Verified" is a claim: the scorer grants Operator and above only when the hidden tests show working code.
  const verified = level !== 'explorer';

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(reportUrl);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
      toast.show({ kind: 'success', title: 'Link copied to clipboard!', detail: 'It opens this report for you once signed in.' });
    } catch {
      toast.show({ kind: 'error', title: 'Could not copy the link', detail: reportUrl });
    }
  };

  const linkedIn = () => {
    const url = new URL('https://www.linkedin.com/sharing/share-offsite/');
    url.searchParams.set('url', productUrl);
    openPopup(url.toString());
  };

  const postOnX = () => {
    const url = new URL('https://twitter.com/intent/tweet');
    url.searchParams.set('text', text);
    url.searchParams.set('url', productUrl);
    openPopup(url.toString());
  };

  const email = () => {
    const subject = encodeURIComponent(`My AI Skills Assessment Results - ${taskTitle}`);
    const body = encodeURIComponent(`${text}\n\n${productUrl}`);
    window.location.href = `mailto:?subject=${subject}&body=${body}`;
  };

  return (
    <div className="share">
      <div className="share-link">
        <input value={reportUrl} readOnly aria-label="Link to this report" onFocus={(e) => e.currentTarget.select()} />
        <Button onClick={() => void copyLink()} data-testid="copy-link">
          {copied ? 'Copied' : 'Copy private link'}
        </Button>
      </div>
      <p className="muted small">
        This report is private: the link works only for you, signed in. Posts below share your score and a link to
        Skills Lab.
      </p>
      <div className="share-buttons">
        <button type="button" className="btn share-linkedin" onClick={linkedIn} data-testid="share-linkedin">
          in&nbsp; Share on LinkedIn
        </button>
        <button type="button" className="btn share-x" onClick={postOnX} data-testid="share-x">
          𝕏&nbsp; Post on X
        </button>
        <button type="button" className="btn btn-secondary" onClick={email} data-testid="share-email">
          <Mail size={15} aria-hidden="true" /> Email
        </button>
      </div>
      <div className="share-preview" aria-label="Preview">
        <span className="share-preview-label">Preview</span>
        <div className="share-preview-card">
          <div className="share-preview-score">{formatScore(score)}</div>
          <div>
            <p className="strong" data-testid="share-card-title">{verified ? 'AI Skills Verified' : 'AI Skills Assessment'}</p>
            <p className="muted small">{taskTitle}</p>
            <p className="small">
              <info.Icon size={14} aria-hidden="true" /> {info.label}
            </p>
          </div>
        </div>
        <p className="share-preview-text">{text}</p>
      </div>
    </div>
  );
}
