export function Spinner({ label, fullPage = false, size = 'md' }: { label?: string; fullPage?: boolean; size?: 'sm' | 'md' }) {
  return (
    <div className={fullPage ? 'spinner-page' : 'spinner-inline'} role="status" aria-live="polite" data-testid="loading">
      <span className={`spinner spinner-${size}`} aria-hidden="true" />
      {label && <span className="spinner-label">{label}</span>}
    </div>
  );
}
