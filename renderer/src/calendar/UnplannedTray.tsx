/** The unplanned tray: posts with no time yet; a post dropped here leaves the calendar, one dragged from here onto a day is planned. */
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../core/schema/posts';
import { PostChip } from './PostChip';
import type { DayItemHandlers } from './MonthView';

export function UnplannedTray({ posts, handlers }: { posts: Post[]; handlers: DayItemHandlers }) {
  const { t } = useTranslation();
  return (
    <section className="tray" data-drop="tray" data-testid="unplanned-tray" aria-labelledby="tray-title">
      <h2 className="tray-title" id="tray-title">
        {t('calendar.tray')}
        <span className="board-count">{posts.length}</span>
      </h2>
      <p className="tray-hint">{t('calendar.trayHint')}</p>
      <div className="tray-list">
        {posts.length === 0 && <p className="tray-empty">{t('calendar.trayEmpty')}</p>}
        {posts.map((post) => (
          <PostChip key={post.id} post={post} variant="card" look={handlers.look} dragging={handlers.draggedId === post.id} onPointerDown={handlers.onChipPointerDown} onKeyDown={handlers.onChipKeyDown} />
        ))}
      </div>
    </section>
  );
}
