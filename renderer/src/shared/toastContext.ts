import { createContext, useContext } from 'react';

export type ToastKind = 'info' | 'success' | 'error';

export interface ToastInput {
  message: string;
  /** A second line in smaller type, e.g. the backend's exact error message. */
  detail?: string;
  kind?: ToastKind;
  action?: { label: string; onClick: () => void };
  /** Milliseconds; errors stay longer by default. */
  durationMs?: number;
}

export interface ToastApi {
  show(toast: ToastInput): void;
  error(message: string, detail?: string): void;
}

export const ToastContext = createContext<ToastApi | null>(null);

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast needs a ToastProvider above it');
  return api;
}
