/**
 * The editorial line (#/editorial; issue 14, Editorial line): the brand profile, pillars, hashtag
 * groups, cadence, recurring slots, best times and the planning settings, each change made by a pure
 * edit of core/posts/editorial.ts and saved by `editorial.save` a moment later; beside them the
 * month's mix and the week's cadence (MixSummary, the panel the calendar shows too).
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mondayOf } from '../../../core/posts/editorialChecks';
import { localAt } from '../../../core/posts/time';
import type { Post } from '../../../core/schema/posts';
import { getBridge } from '../bridge';
import { AppHeader } from '../home/AppHeader';
import { loadBrandKit } from '../shared/brandKit';
import { errorMessage } from '../shared/errors';
import { Icon } from '../shared/Icon';
import { useLibraryChanged } from '../shared/useLibraryChanged';
import { BestTimesSection } from './BestTimesSection';
import { CadenceSection } from './CadenceSection';
import { HashtagGroupsSection } from './HashtagGroupsSection';
import { MixSummary } from './MixSummary';
import { PillarsSection } from './PillarsSection';
import { ProfileSection } from './ProfileSection';
import { SettingsSection } from './SettingsSection';
import { SlotsSection } from './SlotsSection';
import { useEditorial } from './useEditorial';
import '../home/home.css';
import './editorial.css';

interface EditorialScreenProps {
  readOnly: boolean;
  onOpenSettings: () => void;
}

function usePosts(): { posts: Post[]; problem: string | null } {
  const [posts, setPosts] = useState<Post[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const load = useCallback(() => {
    getBridge()
      .api['posts.list']({})
      .then(
        (result) => {
          setPosts(result.posts);
          setProblem(null);
        },
        (error: unknown) => setProblem(errorMessage(error)),
      );
  }, []);
  useEffect(load, [load]);
  useLibraryChanged('posts', load);
  return { posts, problem };
}

export function EditorialScreen({ readOnly, onOpenSettings }: EditorialScreenProps) {
  const { t } = useTranslation();
  const { editorial, saveState, problem, edit, dismissProblem, refused, showStored } = useEditorial(readOnly);
  const { posts, problem: postsProblem } = usePosts();
  useEffect(() => void loadBrandKit(), []);

  const zone = editorial?.settings.timeZone ?? 'UTC';
  const today = localAt(Date.now(), zone).slice(0, 10);
  const shown = problem ?? postsProblem;

  return (
    <div className="home editorial-screen" data-testid="editorial">
      <AppHeader section="editorial" readOnly={readOnly} onOpenSettings={onOpenSettings} actions={<></>} />
      <div className="edl-body">
        <main className="edl-main">
          <div className="edl-heading">
            <div>
              <h1 className="edl-title">{t('editorial.title')}</h1>
              <p className="edl-lead">{t('editorial.lead')}</p>
            </div>
            <span className="edl-save-state" data-state={saveState} data-testid="edl-save-state" aria-live="polite">
              {saveState === 'saved' && <Icon name="check" size={16} />}
              {t(`editorial.saveState.${saveState}`)}
            </span>
          </div>
          {shown && (
            <div className="banner banner-error edl-problem" role="alert" data-testid="edl-problem">
              <Icon name="alert" size={18} />
              <span className="edl-grow">{shown}</span>
              {problem && refused && (
                <button type="button" className="btn btn-secondary btn-small" onClick={showStored} data-testid="edl-show-stored">
                  {t('editorial.showStored')}
                </button>
              )}
              {problem && (
                <button type="button" className="icon-btn" aria-label={t('common.close')} onClick={dismissProblem}>
                  <Icon name="close" size={16} />
                </button>
              )}
            </div>
          )}
          {editorial && (
            <>
              <PillarsSection editorial={editorial} edit={edit} readOnly={readOnly} posts={posts} />
              <HashtagGroupsSection editorial={editorial} edit={edit} readOnly={readOnly} posts={posts} />
              <CadenceSection editorial={editorial} edit={edit} readOnly={readOnly} posts={posts} />
              <SlotsSection editorial={editorial} edit={edit} readOnly={readOnly} posts={posts} />
              <BestTimesSection editorial={editorial} edit={edit} readOnly={readOnly} posts={posts} />
              <ProfileSection editorial={editorial} edit={edit} readOnly={readOnly} posts={posts} />
              <SettingsSection editorial={editorial} edit={edit} readOnly={readOnly} posts={posts} />
            </>
          )}
        </main>
        <aside className="edl-aside">{editorial && <MixSummary posts={posts} editorial={editorial} month={today.slice(0, 7)} weekStart={mondayOf(today)} zone={zone} />}</aside>
      </div>
    </div>
  );
}
