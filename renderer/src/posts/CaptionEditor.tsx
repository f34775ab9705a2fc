/**
 * The caption editor: the master (what every network starts from) and one tab per network showing
 * what that network gets. Typing in a network's tab overrides that field there ("edited for X");
 * "Reset to master" takes the master's again. Each network's checks show live under its text.
 */
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_LABELS } from '../../../core/formats/catalog';
import type { Network } from '../../../core/formats/constants';
import type { PostCheck } from '../../../core/posts/checks';
import type { Editorial, PostInput } from '../../../core/schema/posts';
import { POSTS_LIMITS } from '../../../core/schema/posts';
import { insertHashtags, setMaster } from '../../../core/posts/edit';
import type { Design } from '../../../core/schema/design';
import { CaptionField } from './CaptionField';
import { HashtagField } from './HashtagField';
import { groupsForPost } from './hashtagGroups';
import { NetworkPanel } from './NetworkPanel';
import { summariseChecks } from '../../../core/posts/checkSummary';
import { CheckList, checkLevel } from './CheckList';
import type { PostEdit } from './usePostEditor';

export type CaptionTab = 'master' | Network;

interface CaptionEditorProps {
  post: PostInput;
  editorial: Editorial;
  designs: Record<string, Design>;
  checks: readonly PostCheck[];
  tab: CaptionTab;
  onTab: (tab: CaptionTab) => void;
  edit: (change: PostEdit) => void;
}

export function CaptionEditor({ post, editorial, designs, checks, tab, onTab, edit }: CaptionEditorProps) {
  const { t } = useTranslation();
  const tabs: CaptionTab[] = ['master', ...post.targets.map((target) => target.network)];
  const current = tabs.includes(tab) ? tab : 'master';
  const tabRefs = useRef(new Map<CaptionTab, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = tabs[(tabs.indexOf(current) + step + tabs.length) % tabs.length];
    onTab(next);
    tabRefs.current.get(next)?.focus();
  };
  const postChecks = checks.filter((check) => check.network === null);

  return (
    <section className="caption-editor" aria-label={t('postEditor.captions')}>
      <div className="caption-tabs" role="tablist" aria-label={t('postEditor.captions')} onKeyDown={onKeyDown}>
        {tabs.map((id) => {
          const level = id === 'master' ? checkLevel(postChecks) : checkLevel(checks.filter((check) => check.network === id));
          return (
            <button
              key={id}
              ref={(node) => {
                if (node) tabRefs.current.set(id, node);
                else tabRefs.current.delete(id);
              }}
              type="button"
              role="tab"
              id={`caption-tab-${id}`}
              aria-selected={id === current}
              aria-controls={`caption-panel-${id}`}
              tabIndex={id === current ? 0 : -1}
              className="caption-tab"
              onClick={() => onTab(id)}
              data-testid={`caption-tab-${id}`}
              data-level={level ?? 'ok'}
            >
              {id === 'master' ? t('postEditor.master') : NETWORK_LABELS[id]}
              {level && level !== 'info' && <span className={`caption-tab-dot caption-tab-dot-${level}`} aria-label={t(`postEditor.level.${level}`)} />}
            </button>
          );
        })}
      </div>
      <div className="caption-panel" role="tabpanel" id={`caption-panel-${current}`} aria-labelledby={`caption-tab-${current}`} data-testid={`caption-panel-${current}`}>
        {current === 'master' ? (
          <MasterPanel post={post} editorial={editorial} checks={checks} postChecks={postChecks} edit={edit} onTab={onTab} />
        ) : (
          <NetworkPanel key={current} network={current} post={post} editorial={editorial} designs={designs} checks={checks.filter((check) => check.network === current)} edit={edit} />
        )}
      </div>
    </section>
  );
}

function MasterPanel({
  post,
  editorial,
  checks,
  postChecks,
  edit,
  onTab,
}: {
  post: PostInput;
  editorial: Editorial;
  checks: readonly PostCheck[];
  postChecks: readonly PostCheck[];
  edit: (change: PostEdit) => void;
  onTab: (tab: CaptionTab) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="caption-panel-body">
      <p className="caption-panel-hint">{post.targets.length === 0 ? t('postEditor.masterHintNoNetwork') : t('postEditor.masterHint')}</p>
      <div className="field">
        <label className="field-label" htmlFor="master-caption">
          {t('postEditor.caption')}
        </label>
        <CaptionField id="master-caption" value={post.master.caption} maxLength={POSTS_LIMITS.text} rows={9} placeholder={t('postEditor.captionPlaceholder')} onChange={(value) => edit((p) => setMaster(p, 'caption', value))} testId="master-caption" />
      </div>
      <HashtagField
        id="master-hashtags"
        hashtags={post.master.hashtags}
        groups={groupsForPost(editorial, post.pillarId)}
        onAdd={(tags) => edit((p) => insertHashtags(p, tags))}
        onRemove={(tag) => edit((p) => setMaster(p, 'hashtags', p.master.hashtags.filter((other) => other !== tag)))}
      />
      <div className="field-row">
        <div className="field">
          <label className="field-label" htmlFor="master-first-comment">
            {t('postEditor.firstComment')}
          </label>
          <textarea id="master-first-comment" className="input post-textarea" rows={2} maxLength={POSTS_LIMITS.text} value={post.master.firstComment} onChange={(event) => edit((p) => setMaster(p, 'firstComment', event.target.value))} data-testid="master-first-comment" />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="master-link">
            {t('postEditor.link')}
          </label>
          <input id="master-link" className="input" type="url" maxLength={POSTS_LIMITS.link} placeholder="https://" value={post.master.link} onChange={(event) => edit((p) => setMaster(p, 'link', event.target.value))} data-testid="master-link" />
        </div>
      </div>
      {postChecks.length > 0 && <CheckList checks={postChecks} />}
      {post.targets.length > 0 && (
        <div className="network-summary" aria-label={t('postEditor.perNetwork')}>
          <h3 className="field-label">{t('postEditor.perNetwork')}</h3>
          <ul>
            {summariseChecks(
              post.targets.map((target) => target.network),
              checks,
            ).map(({ network, level, problems }) =>
              network === null ? null : (
                <li key={network}>
                  <button type="button" className="network-summary-row" onClick={() => onTab(network)} data-testid={`network-summary-${network}`}>
                    <span className="network-summary-name">{NETWORK_LABELS[network]}</span>
                    <span className={`network-summary-state network-summary-${level ?? 'ok'}`}>{problems === 0 ? t('postEditor.noProblem') : t('postEditor.problems', { count: problems })}</span>
                  </button>
                </li>
              ),
            )}
          </ul>
        </div>
      )}
    </div>
  );
}
