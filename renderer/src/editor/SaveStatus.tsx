import { useTranslation } from 'react-i18next';
import { Icon } from '../shared/Icon';
import type { SaveState } from './autosave';

export function SaveStatus({ state, readOnly, onRetry }: { state: SaveState; readOnly: boolean; onRetry: () => void }) {
  const { t } = useTranslation();
  if (readOnly) {
    return (
      <span className="save-status save-status-readonly" data-testid="save-status" data-state="read-only">
        {t('editor.save.readOnly')}
      </span>
    );
  }
  if (state.status === 'error') {
    return (
      <span className="save-status save-status-error" role="alert" data-testid="save-status" data-state="error">
        <Icon name="alert" size={16} />
        <span className="save-status-text" title={state.message}>
          {t('editor.save.failed', { message: state.message })}
        </span>
        <button type="button" className="link-btn" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </span>
    );
  }
  const busy = state.status === 'pending' || state.status === 'saving';
  return (
    <span className={`save-status ${busy ? 'save-status-busy' : ''}`} role="status" data-testid="save-status" data-state={busy ? 'saving' : 'saved'}>
      {busy ? <span className="save-dot" aria-hidden="true" /> : <Icon name="check" size={16} />}
      {busy ? t('editor.save.saving') : t('editor.save.saved')}
    </span>
  );
}
