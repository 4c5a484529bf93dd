import { X } from 'lucide-react';
import { useRef, type ReactNode } from 'react';
import { useDialogFocus } from './useDialogFocus';

/**
 * A modal dialog: Escape and a click on the backdrop close it (unless busy); focus moves into it, Tab and
 * Shift+Tab stay inside it, and focus goes back to where it was when it closes.
 */
export function Modal({
  open,
  title,
  onClose,
  busy = false,
  children,
  footer,
  wide = false,
  testId = 'modal',
}: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  busy?: boolean;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
  testId?: string;
}) {
  const dialogRef = useRef<HTMLDivElement>(null);

  useDialogFocus(
    dialogRef,
    open,
    () => !busy && onClose(),
    () => dialogRef.current?.querySelector<HTMLElement>('input, select, textarea, button:not([data-modal-close])'),
  );

  if (!open) return null;
  return (
    <div className="modal-backdrop" onMouseDown={(event) => event.target === event.currentTarget && !busy && onClose()}>
      <div
        ref={dialogRef}
        className={wide ? 'modal modal-wide' : 'modal'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${testId}-title`}
        tabIndex={-1}
        data-testid={testId}
      >
        <div className="modal-header">
          <h2 id={`${testId}-title`}>{title}</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose} disabled={busy} data-modal-close>
            <X size={18} aria-hidden="true" />
          </button>
        </div>
        <div className="modal-content">{children}</div>
        {footer && <div className="modal-actions">{footer}</div>}
      </div>
    </div>
  );
}
