import { createContext, useContext } from 'react';

export type ToastKind = 'info' | 'success' | 'warning' | 'error';

export interface ToastInput {
  kind?: ToastKind;
  title: string;
  detail?: string;
  /** Milliseconds before it disappears; 0 keeps it until closed. */
  durationMs?: number;
}

export interface ToastApi {
  show: (toast: ToastInput) => void;
}

export const ToastContext = createContext<ToastApi | null>(null);

export function useToast(): ToastApi {
  const value = useContext(ToastContext);
  if (!value) throw new Error('useToast must be used inside <ToastProvider>');
  return value;
}
