/**
 * The month: whole weeks from Monday, the adjacent months' days greyed; each day its posts by time
 * and its empty recurring slots, as many as the cell holds, then "+N more" (core/posts/calendar
 * `visibleEntries`) which opens the day's full list. A day is a drop place for a dragged post.
 */
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleEntries, type CalendarEntry, type MonthDay } from '../../../core/posts/calendar';
import type { SlotOccurrence } from '../../../core/posts/slots';
import type { Post } from '../../../core/schema/posts';
import { PostChip, type ChipLook } from './PostChip';
import { SlotTile } from './SlotTile';
import { dayNumber, longDay, weekdayHeading } from './dates';

/** A chip row's height with its gap, and the day number's header, in px (grids.css, postChips.css). */
const ROW_PX = 24;
const HEADER_PX = 28;

export type DayItem = { kind: 'post'; entry: CalendarEntry } | { kind: 'slot'; occurrence: SlotOccurrence };

/** A day's posts and empty slots by time (a post before a slot at the same minute). */
export function dayItems(entries: readonly CalendarEntry[], slots: readonly SlotOccurrence[] = []): DayItem[] {
  const items: Array<DayItem & { at: string; order: number }> = [
    ...entries.map((entry) => ({ kind: 'post' as const, entry, at: entry.time, order: 0 })),
    ...slots.map((occurrence) => ({ kind: 'slot' as const, occurrence, at: occurrence.time, order: 1 })),
  ];
  return items.sort((a, b) => a.at.localeCompare(b.at) || a.order - b.order).map(({ at: _at, order: _order, ...item }) => item as DayItem);
}

export interface DayItemHandlers {
  look: ChipLook;
  readOnly: boolean;
  draggedId: string | null;
  pillarNames: ReadonlyMap<string, string>;
  onChipPointerDown: (post: Post, event: PointerEvent<HTMLElement>) => void;
  onChipKeyDown: (post: Post, event: KeyboardEvent<HTMLElement>) => void;
  onCreateFromSlot: (occurrence: SlotOccurrence) => void;
}

/** One post or empty slot of a day; `stacked`: a slot on two lines (the week's half-hour rows). */
export function DayItemView({ item, handlers, stacked }: { item: DayItem; handlers: DayItemHandlers; stacked?: boolean }) {
  if (item.kind === 'slot') {
    const pillarId = item.occurrence.slot.pillarId;
    const name = pillarId ? handlers.pillarNames.get(pillarId) : undefined;
    const pillar = pillarId && name ? { name, colour: handlers.look.pillarColours.get(pillarId) } : undefined;
    return <SlotTile occurrence={item.occurrence} pillar={pillar} stacked={stacked} disabled={handlers.readOnly} onCreate={handlers.onCreateFromSlot} />;
  }
  return (
    <PostChip
      post={item.entry.post}
      entry={item.entry}
      look={handlers.look}
      dragging={handlers.draggedId === item.entry.post.id}
      onPointerDown={handlers.onChipPointerDown}
      onKeyDown={handlers.onChipKeyDown}
    />
  );
}

interface MonthViewProps {
  weeks: MonthDay[][];
  slotsByDay: ReadonlyMap<string, SlotOccurrence[]>;
  today: string;
  selectedDay: string;
  ready: boolean;
  handlers: DayItemHandlers;
  onSelectDay: (day: string) => void;
  onMore: (day: string) => void;
}

export function MonthView({ weeks, slotsByDay, today, selectedDay, ready, handlers, onSelectDay, onMore }: MonthViewProps) {
  const { t } = useTranslation();
  const grid = useRef<HTMLDivElement>(null);
  const [rows, setRows] = useState(3);

  useLayoutEffect(() => {
    const element = grid.current;
    if (!element) return;
    const measure = () => {
      const cellHeight = (element.clientHeight - HEADER_PX) / weeks.length;
      setRows(Math.max(1, Math.floor((cellHeight - HEADER_PX) / ROW_PX)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [weeks.length]);

  return (
    <div className="month" ref={grid} data-testid="calendar-month" data-ready={ready || undefined} style={{ gridTemplateRows: `${HEADER_PX}px repeat(${weeks.length}, minmax(0, 1fr))` }}>
      {weeks[0].map((day) => (
        <div key={`head-${day.day}`} className="month-weekday" aria-hidden="true">
          {weekdayHeading(day.day)}
        </div>
      ))}
      {weeks.flat().map((cell) => {
        const { visible, more } = visibleEntries(dayItems(cell.entries, slotsByDay.get(cell.day)), rows);
        return (
          <div
            key={cell.day}
            className={`month-day${cell.inMonth ? '' : ' is-other-month'}${cell.day === today ? ' is-today' : ''}${cell.day === selectedDay ? ' is-selected' : ''}`}
            data-drop="day"
            data-day={cell.day}
            data-testid="month-day"
            onClick={(event) => event.target === event.currentTarget && onSelectDay(cell.day)}
          >
            <button type="button" className="month-day-number" aria-label={longDay(cell.day)} aria-pressed={cell.day === selectedDay} onClick={() => onSelectDay(cell.day)}>
              {dayNumber(cell.day)}
            </button>
            <div className="month-day-items">
              {visible.map((item) => (
                <DayItemView key={item.kind === 'post' ? item.entry.post.id : `slot-${item.occurrence.slot.id}`} item={item} handlers={handlers} />
              ))}
              {more > 0 && (
                <button type="button" className="month-more" data-testid="month-more" onClick={() => onMore(cell.day)}>
                  {t('calendar.more', { count: more })}
                </button>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
