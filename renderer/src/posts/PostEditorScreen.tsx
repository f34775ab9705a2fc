/**
 * The post editor (#/post/<id>): a post's title, designs, networks, master caption and what each
 * network gets with its live checks, time, status, pillar and notes. Every change is an edit from
 * core/posts/edit.ts saved shortly after by posts.save (docs/architecture.md, Posts).
 */
import { BundleDialog } from './BundleDialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../useHashRoute';
import { bundleContents, bundleSummary } from '../../../core/posts/bundleContents';
import { setTitle } from '../../../core/posts/edit';
import type { PostInput } from '../../../core/schema/posts';
import { getBridge } from '../bridge';
import { SaveStatus } from '../editor/SaveStatus';
import { errorMessage, messageText } from '../shared/errors';
import { Icon } from '../shared/Icon';
import { useToast } from '../shared/toastContext';
import { CaptionEditor, type CaptionTab } from './CaptionEditor';
import { PostDetails } from './PostDetails';
import { postInputOf, usePostEditor } from './usePostEditor';
import '../editor/editor.css';
import './posts.css';
import './postDetails.css';

interface PostEditorScreenProps {
  postId: string;
  readOnly: boolean;
  onNavigate: (route: Route) => void;
}

export function PostEditorScreen({ postId, readOnly, onNavigate }: PostEditorScreenProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const editor = usePostEditor(postId, readOnly);
  const { post, editorial } = editor;
  const [tab, setTab] = useState<CaptionTab>('master');
  const [bundleDialogOpen, setBundleDialogOpen] = useState(false);

  const leave = async () => {
    const state = await editor.flush();
    if (state.status !== 'error') return onNavigate({ name: 'home' });
    toast.show({ kind: 'error', message: t('postEditor.leaveFailed'), detail: state.message, action: { label: t('editor.save.leaveAnyway'), onClick: () => onNavigate({ name: 'home' }) } });
  };

  const remove = async () => {
    try {
      const removed = await editor.remove();
      onNavigate({ name: 'home' });
      toast.show({
        message: t('postEditor.deleted', { title: removed.title || t('postEditor.untitled') }),
        action: {
          label: t('common.undo'),
          onClick: () =>
            void getBridge()
              .api['posts.save'](postInputOf(removed))
              .then(() => onNavigate({ name: 'post', postId: removed.id }))
              .catch((error: unknown) => toast.error(t('postEditor.restoreFailed'), errorMessage(error))),
        },
      });
    } catch (error) {
      toast.error(t('postEditor.deleteFailed'), errorMessage(error));
    }
  };

  /**
   * "Export bundle…": the post's ready-to-post bundle. Saves first (the bundle job reads the stored
   * post), then opens the bundle dialog (renderer/src/posts/BundleDialog.tsx) for this post.
   */
  const handleExportBundle = async () => {
    const state = await editor.flush();
    if (state.status === 'error') return toast.error(t('postEditor.notSaved'), state.message);
    setBundleDialogOpen(true);
  };

  if (editor.loaded.status !== 'ready' || !post || !editorial) {
    return (
      <div className="post-editor post-editor-placeholder" data-testid="post-editor-loading">
        {editor.loaded.status === 'error' ? (
          <div className="load-error" role="alert" data-testid="post-load-error">
            <Icon name="alert" size={28} />
            <p className="load-error-title">{editor.loaded.notFound ? t('postEditor.notFound') : t('postEditor.loadFailed')}</p>
            <p className="load-error-detail">{editor.loaded.message}</p>
            <div className="button-row">
              <button type="button" className="btn btn-secondary" onClick={() => onNavigate({ name: 'home' })}>
                {t('editor.backHome')}
              </button>
            </div>
          </div>
        ) : (
          <p className="editor-placeholder-text" role="status">
            {t('postEditor.loading')}
          </p>
        )}
      </div>
    );
  }

  return (
    <div className="post-editor" data-testid="post-editor" data-post-id={post.id}>
      <header className="topbar">
        <div className="topbar-left">
          <button type="button" className="btn btn-ghost topbar-back" onClick={() => void leave()} data-testid="post-back">
            <Icon name="back" size={18} />
            {t('editor.backHome')}
          </button>
          <span className="topbar-divider" aria-hidden="true" />
          <div className="topbar-title">
            <input
              className="topbar-name post-title-input"
              value={post.title}
              maxLength={200}
              placeholder={t('postEditor.titlePlaceholder')}
              aria-label={t('postEditor.postTitle')}
              disabled={readOnly}
              onChange={(event) => editor.edit((p) => setTitle(p, event.target.value))}
              data-testid="post-title"
            />
            <span className="topbar-format">{t('postEditor.kind')}</span>
          </div>
          <SaveStatus state={editor.saveState} readOnly={readOnly} onRetry={editor.retry} />
        </div>
        <div className="topbar-right">
          <button type="button" className="btn btn-ghost" onClick={() => void remove()} disabled={readOnly} data-testid="post-delete">
            <Icon name="trash" size={18} />
            {t('postEditor.delete')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void handleExportBundle()} data-testid="export-bundle">
            <Icon name="download" size={18} />
            {t('postEditor.exportBundle')}
          </button>
        </div>
      </header>
      <div className="post-editor-body">
        <CaptionEditor post={post} editorial={editorial} designs={editor.designs} checks={editor.checks} tab={tab} onTab={setTab} edit={editor.edit} />
        <PostDetails post={post} editorial={editorial} library={editor.library} designs={editor.designs} checks={editor.checks} demoted={editor.demoted} edit={editor.edit} onShowChecks={(network) => setTab(network ?? 'master')} />
      </div>
      {bundleDialogOpen && <PostBundleDialog post={post} onClose={() => setBundleDialogOpen(false)} />}
    </div>
  );
}

/** This post's bundle dialog, its count line from the same core summary as the calendar's. */
function PostBundleDialog({ post, onClose }: { post: PostInput; onClose: () => void }) {
  const selection = { postIds: [post.id] };
  return <BundleDialog selection={selection} subtitle={messageText(bundleSummary(bundleContents([post], selection), selection))} onClose={onClose} />;
}
