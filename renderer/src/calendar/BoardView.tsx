/** The status board: a column per status in the order of a post's life; drop a card on a column to set its status. */
import { useTranslation } from 'react-i18next';
import type { Post, PostStatus } from '../../../core/schema/posts';
import { entryOf } from '../../../core/posts/calendar';
import { PostChip } from './PostChip';
import type { DayItemHandlers } from './MonthView';

export function BoardView({ columns, zone, handlers }: { columns: Array<{ status: PostStatus; posts: Post[] }>; zone: string; handlers: DayItemHandlers }) {
  const { t } = useTranslation();
  return (
    <div className="board" data-testid="calendar-board">
      {columns.map(({ status, posts }) => (
        <section key={status} className={`board-column status-${status}`} data-drop="status" data-status={status} data-testid="board-column">
          <h2 className="board-heading">
            <span className="status-dot" />
            {t(`calendar.status.${status}`)}
            <span className="board-count">{posts.length}</span>
          </h2>
          <div className="board-cards">
            {posts.length === 0 && <p className="board-empty">{t('calendar.boardEmpty')}</p>}
            {posts.map((post) => (
              <PostChip key={post.id} post={post} entry={entryOf(post, zone)} variant="card" showStatus={false} look={handlers.look} dragging={handlers.draggedId === post.id} onPointerDown={handlers.onChipPointerDown} onKeyDown={handlers.onChipKeyDown} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
