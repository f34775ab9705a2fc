/**
 * Last line of defence: a render error anywhere shows what happened in plain words and a way out,
 * never a blank window. Class component: React has no hook for this.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import i18next from 'i18next';
import { LogoMark } from './Logo';
import './shared.css';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Affiche UI crashed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = i18next.t.bind(i18next);
    return (
      <main className="crash" data-testid="error-boundary">
        <LogoMark size={48} />
        <h1>{t('errors.crashTitle')}</h1>
        <p>{t('errors.crashBody')}</p>
        <pre className="crash-detail">{error.message}</pre>
        <div className="crash-actions">
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => {
              window.location.hash = '#/';
              this.setState({ error: null });
            }}
          >
            {t('errors.backHome')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
            {t('errors.reload')}
          </button>
        </div>
      </main>
    );
  }
}
