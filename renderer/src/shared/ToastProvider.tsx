/** Toasts: short messages at the bottom of the window, with an optional action (Undo). */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ToastContext, type ToastApi, type ToastInput } from './toastContext';
import { Icon } from './Icon';
import './shared.css';

interface LiveToast extends ToastInput {
  id: number;
}

const MAX_VISIBLE = 4;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<LiveToast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);

  const api = useMemo<ToastApi>(() => {
    const show = (toast: ToastInput) => {
      const id = nextId.current++;
      setToasts((list) => [...list, { ...toast, id }].slice(-MAX_VISIBLE));
    };
    return { show, error: (message, detail) => show({ message, detail, kind: 'error' }) };
  }, []);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toast-region" role="region" aria-live="polite" data-testid="toast-region">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={() => dismiss(toast.id)} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, onDismiss }: { toast: LiveToast; onDismiss: () => void }) {
  const { t } = useTranslation();
  const kind = toast.kind ?? 'info';
  const duration = toast.durationMs ?? (kind === 'error' ? 10_000 : toast.action ? 8_000 : 4_000);
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    if (paused) return;
    const timer = window.setTimeout(onDismiss, duration);
    return () => window.clearTimeout(timer);
  }, [paused, duration, onDismiss]);

  return (
    <div
      className={`toast toast-${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      data-testid="toast"
      data-kind={kind}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
    >
      <span className="toast-icon" aria-hidden="true">
        <Icon name={kind === 'error' ? 'alert' : 'check'} size={18} />
      </span>
      <div className="toast-body">
        <p className="toast-message">{toast.message}</p>
        {toast.detail && <p className="toast-detail">{toast.detail}</p>}
      </div>
      {toast.action && (
        <button
          type="button"
          className="toast-action"
          data-testid="toast-action"
          onClick={() => {
            toast.action?.onClick();
            onDismiss();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="icon-btn toast-close" aria-label={t('common.dismiss')} onClick={onDismiss}>
        <Icon name="close" size={16} />
      </button>
    </div>
  );
}
