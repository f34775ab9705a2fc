/**
 * The list: the month's planned posts grouped by day, each a row (time, networks, title, status)
 * with a tick box; the ticked posts are what the toolbar's bundle action exports ("Select all shown"
 * ticks every row, or none when all are ticked).
 */
import { useTranslation } from 'react-i18next';
import type { CalendarEntry } from '../../../core/posts/calendar';
import { PostChip } from './PostChip';
import type { DayItemHandlers } from './MonthView';
import { dayHeading } from './dates';

export interface ListViewProps {
  groups: Array<{ day: string; entries: CalendarEntry[] }>;
  handlers: DayItemHandlers;
  picked: readonly string[];
  onPick: (id: string) => void;
  onPickAll: (ids: readonly string[]) => void;
}

export function ListView({ groups, handlers, picked, onPick, onPickAll }: ListViewProps) {
  const { t } = useTranslation();
  if (groups.length === 0)
    return (
      <p className="calendar-empty" data-testid="calendar-list-empty">
        {t('calendar.listEmpty')}
      </p>
    );
  const ids = groups.flatMap((group) => group.entries.map((entry) => entry.post.id));
  const ticked = new Set(picked);
  const all = ids.every((id) => ticked.has(id));
  return (
    <div className="calendar-list" data-testid="calendar-list">
      <label className="calendar-list-pick-all">
        <input
          type="checkbox"
          className="calendar-list-pick"
          checked={all}
          ref={(box) => {
            if (box) box.indeterminate = !all && ticked.size > 0;
          }}
          onChange={() => onPickAll(ids)}
          data-testid="calendar-list-pick-all"
        />
        <span>{t('calendar.bundleAction.pickAll')}</span>
      </label>
      {groups.map(({ day, entries }) => (
        <section key={day} className="calendar-list-day" data-drop="day" data-day={day}>
          <h2 className="calendar-list-heading">{dayHeading(day)}</h2>
          {entries.map((entry) => (
            <div key={entry.post.id} className="calendar-list-row">
              <input
                type="checkbox"
                className="calendar-list-pick"
                checked={ticked.has(entry.post.id)}
                onChange={() => onPick(entry.post.id)}
                aria-label={t('calendar.bundleAction.pick', { title: entry.post.title.trim() || t('calendar.untitled') })}
                data-testid="calendar-list-pick"
                data-post-id={entry.post.id}
              />
              <PostChip post={entry.post} entry={entry} variant="row" look={handlers.look} dragging={handlers.draggedId === entry.post.id} onPointerDown={handlers.onChipPointerDown} onKeyDown={handlers.onChipKeyDown} />
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
