/** The list: the month's planned posts grouped by day, each a row (time, networks, title, status). */
import { useTranslation } from 'react-i18next';
import type { CalendarEntry } from '../../../core/posts/calendar';
import { PostChip } from './PostChip';
import type { DayItemHandlers } from './MonthView';
import { dayHeading } from './dates';

export function ListView({ groups, handlers }: { groups: Array<{ day: string; entries: CalendarEntry[] }>; handlers: DayItemHandlers }) {
  const { t } = useTranslation();
  if (groups.length === 0)
    return (
      <p className="calendar-empty" data-testid="calendar-list-empty">
        {t('calendar.listEmpty')}
      </p>
    );
  return (
    <div className="calendar-list" data-testid="calendar-list">
      {groups.map(({ day, entries }) => (
        <section key={day} className="calendar-list-day" data-drop="day" data-day={day}>
          <h2 className="calendar-list-heading">{dayHeading(day)}</h2>
          {entries.map((entry) => (
            <PostChip key={entry.post.id} post={entry.post} entry={entry} variant="row" look={handlers.look} dragging={handlers.draggedId === entry.post.id} onPointerDown={handlers.onChipPointerDown} onKeyDown={handlers.onChipKeyDown} />
          ))}
        </section>
      ))}
    </div>
  );
}
