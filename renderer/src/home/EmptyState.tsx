import type { ReactNode } from 'react';

/** A friendly illustration + message when a list has nothing to show. */
export function EmptyState({ title, body, action, testId }: { title: string; body: string; action?: ReactNode; testId?: string }) {
  return (
    <div className="empty-state" data-testid={testId}>
      <svg className="empty-illustration" width="160" height="112" viewBox="0 0 160 112" aria-hidden="true">
        <rect x="22" y="14" width="62" height="84" rx="8" fill="#ffffff" stroke="#dcd6f7" strokeWidth="2" transform="rotate(-8 53 56)" />
        <rect x="70" y="10" width="68" height="90" rx="8" fill="#ffffff" stroke="#dcd6f7" strokeWidth="2" />
        <rect x="80" y="22" width="48" height="34" rx="4" fill="var(--accent-soft)" />
        <circle cx="96" cy="36" r="6" fill="var(--accent)" fillOpacity="0.55" />
        <path d="M84 54l14-12 10 8 8-6 12 10z" fill="var(--accent)" fillOpacity="0.35" />
        <rect x="80" y="66" width="40" height="6" rx="3" fill="#e6e3f0" />
        <rect x="80" y="78" width="28" height="6" rx="3" fill="#e6e3f0" />
        <circle cx="30" cy="88" r="9" fill="#ffd66b" fillOpacity="0.8" />
      </svg>
      <h2 className="empty-title">{title}</h2>
      <p className="empty-body">{body}</p>
      {action}
    </div>
  );
}
