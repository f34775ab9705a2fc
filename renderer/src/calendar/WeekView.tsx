/**
 * The week: seven days from Monday in 30-minute rows; each post at its time, posts whose half hours
 * overlap side by side (core/posts/calendar `placeInDay`), empty recurring slots dashed among them.
 * Every half hour is a drop place: a post dropped there takes that day and time.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { placeInDay, SLOT_MINUTES, SLOTS_PER_DAY, type CalendarEntry } from '../../../core/posts/calendar';
import type { SlotOccurrence } from '../../../core/posts/slots';
import { clockTime, minuteOfDay } from '../../../core/posts/time';
import { DayItemView, dayItems, type DayItem, type DayItemHandlers } from './MonthView';
import { formatHourLabel } from '../shared/locale';
import { dayNumber, weekdayHeading } from './dates';

/** One half hour's height in px (grids.css `.week-slot`). */
const HALF_HOUR_PX = 28;
const SCROLL_TO_HOUR = 7;

const clock = (slot: number) => clockTime(slot * SLOT_MINUTES);
const minutesOf = (item: DayItem) => (item.kind === 'post' ? item.entry.minutes : minuteOfDay(item.occurrence.time));

interface WeekViewProps {
  days: Array<{ day: string; entries: CalendarEntry[] }>;
  slotsByDay: ReadonlyMap<string, SlotOccurrence[]>;
  today: string;
  handlers: DayItemHandlers;
}

export function WeekView({ days, slotsByDay, today, handlers }: WeekViewProps) {
  const scroller = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    // A little above the hour, so its label (centred on its line) shows whole under the day names.
    if (scroller.current) scroller.current.scrollTop = SCROLL_TO_HOUR * 2 * HALF_HOUR_PX - 12;
  }, []);
  const placed = useMemo(() => days.map(({ day, entries }) => ({ day, items: placeInDay(dayItems(entries, slotsByDay.get(day)), minutesOf) })), [days, slotsByDay]);

  return (
    <div className="week" data-testid="calendar-week">
      <div className="week-head">
        <div className="week-gutter" />
        {days.map(({ day }) => (
          <div key={day} className={`week-day-head${day === today ? ' is-today' : ''}`}>
            <span className="week-day-name">{weekdayHeading(day)}</span>
            <span className="week-day-number">{dayNumber(day)}</span>
          </div>
        ))}
      </div>
      <div className="week-body" ref={scroller}>
        <div className="week-grid" style={{ height: SLOTS_PER_DAY * HALF_HOUR_PX }}>
          <div className="week-gutter">
            {Array.from({ length: SLOTS_PER_DAY / 2 }, (_, hour) => (
              <span key={hour} className="week-hour" style={{ top: hour * 2 * HALF_HOUR_PX }}>
                {formatHourLabel(clock(hour * 2))}
              </span>
            ))}
          </div>
          {placed.map(({ day, items }) => (
            <div key={day} className={`week-day${day === today ? ' is-today' : ''}`} data-testid="week-day" data-day={day}>
              {Array.from({ length: SLOTS_PER_DAY }, (_, slot) => (
                <div key={slot} className="week-slot" data-drop="slot" data-day={day} data-time={clock(slot)} style={{ top: slot * HALF_HOUR_PX, height: HALF_HOUR_PX }} />
              ))}
              {items.map(({ item, column, columns }) => {
                const minutes = minutesOf(item);
                return (
                  <div
                    key={item.kind === 'post' ? item.entry.post.id : `slot-${item.occurrence.slot.id}`}
                    className="week-item"
                    style={{ top: (minutes / SLOT_MINUTES) * HALF_HOUR_PX + 1, height: HALF_HOUR_PX - 2, left: `calc(${(column / columns) * 100}% + 2px)`, width: `calc(${100 / columns}% - 4px)` }}
                  >
                    <DayItemView item={item} handlers={handlers} stacked />
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
