import { CircleCheck, CircleX, Info, TriangleAlert, X, type LucideIcon } from 'lucide-react';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { ToastContext, type ToastInput, type ToastKind } from './useToast';

interface Toast extends Required<Omit<ToastInput, 'detail'>> {
  id: number;
  detail?: string;
}

const ICONS: Record<ToastKind, LucideIcon> = { info: Info, success: CircleCheck, warning: TriangleAlert, error: CircleX };

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((toast) => toast.id !== id));
  }, []);

  const show = useCallback(
    (input: ToastInput) => {
      const toast: Toast = {
        id: nextId.current++,
        kind: input.kind ?? 'info',
        title: input.title,
        detail: input.detail,
        durationMs: input.durationMs ?? 5000,
      };
      setToasts((list) => [...list.slice(-4), toast]);
      if (toast.durationMs > 0) setTimeout(() => dismiss(toast.id), toast.durationMs);
    },
    [dismiss],
  );

  const api = useMemo(() => ({ show }), [show]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      {/* Read out as they arrive: errors interrupt (role=alert), the others wait their turn (role=status). */}
      <div className="toast-region" aria-live="polite" aria-relevant="additions">
        {toasts.map((toast) => {
          const Icon = ICONS[toast.kind];
          return (
            <div key={toast.id} className={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'} data-testid="toast" data-kind={toast.kind}>
              <Icon className="toast-icon" size={18} aria-hidden="true" />
              <div className="toast-text">
                <strong>{toast.title}</strong>
                {toast.detail && <span>{toast.detail}</span>}
              </div>
              <button type="button" className="toast-close" aria-label={`Dismiss: ${toast.title}`} onClick={() => dismiss(toast.id)}>
                <X size={16} aria-hidden="true" />
              </button>
            </div>
          );
        })}
      </div>
    </ToastContext.Provider>
  );
}
