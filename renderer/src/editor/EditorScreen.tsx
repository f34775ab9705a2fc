import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../shared/Icon';
import { EditorWorkspace } from './EditorWorkspace';
import { useLoadedDesign } from './useLoadedDesign';
import './editor.css';

export function EditorScreen({ designId, onExit, onPlanPost }: { designId: string; onExit: () => void; onPlanPost?: (postId: string) => void }) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const loaded = useLoadedDesign(designId, attempt);

  if (loaded.status === 'ready') {
    return <EditorWorkspace initial={loaded.design} readOnly={loaded.readOnly} notice={loaded.notice} onExit={onExit} onPlanPost={onPlanPost} />;
  }
  return (
    <div className="editor editor-placeholder" data-testid="editor-loading">
      {loaded.status === 'loading' ? (
        <p className="editor-placeholder-text" role="status">
          {t('editor.loading')}
        </p>
      ) : (
        <div className="load-error" role="alert" data-testid="editor-load-error">
          <Icon name="alert" size={28} />
          <p className="load-error-title">{loaded.notFound ? t('editor.notFound') : t('editor.loadFailed')}</p>
          <p className="load-error-detail">{loaded.message}</p>
          <div className="button-row">
            <button type="button" className="btn btn-secondary" onClick={onExit}>
              {t('editor.backHome')}
            </button>
            {!loaded.notFound && (
              <button type="button" className="btn btn-primary" onClick={() => setAttempt((n) => n + 1)}>
                {t('common.retry')}
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
