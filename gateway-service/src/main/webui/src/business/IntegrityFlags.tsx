import { ShieldAlert, ShieldCheck } from 'lucide-react';
import { flagLabel, flagSeverity } from './candidates';

/** The report's integrity codes as badges; nothing found says so, no integrity section shows a dash. */
export function IntegrityFlags({ flags, scored }: { flags: string[] | null | undefined; scored: boolean }) {
  if (!scored || flags === null || flags === undefined) return scored ? null : <span className="muted small">—</span>;
  if (flags.length === 0) {
    return (
      <span className="flag-ok" title="The report found nothing to flag" data-testid="integrity-clean">
        <ShieldCheck size={14} aria-hidden="true" /> Clean
      </span>
    );
  }
  return (
    <div className="flag-list" data-testid="integrity-flags">
      {flags.map((flag) => (
        <span key={flag} className={`flag-badge flag-${flagSeverity(flag)}`} title={flag} data-testid="integrity-flag" data-flag={flag}>
          <ShieldAlert size={12} aria-hidden="true" />
          {flagLabel(flag)}
        </span>
      ))}
    </div>
  );
}
