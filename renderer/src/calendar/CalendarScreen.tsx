/**
 * The editorial calendar (#/calendar; docs/architecture.md, Posts): month, week and list views, the
 * status board and the Instagram profile grid; the unplanned tray at the side and the editorial
 * mix's place under it. Every change is a core/posts/calendar move saved through the bridge and
 * recorded for undo (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, the toast's Undo).
 */
import { MixSummary } from '../editorial/MixSummary';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../core/schema/factory';
import type { Post, PostStatus } from '../../../core/schema/posts';
import { POST_STATUSES } from '../../../core/schema/postConstants';
import {
  addMonths,
  boardColumns,
  dayIn,
  entriesByDay,
  entryOf,
  instagramGrid,
  monthDays,
  monthOf,
  monthView,
  moveToDay,
  moveToSlot,
  newIdea,
  planOn,
  postInputOf,
  setStatus,
  statusBeside,
  unplan,
  unplannedPosts,
  weekDays,
  weekStart,
} from '../../../core/posts/calendar';
import { emptySlots, postForSlot, type SlotOccurrence } from '../../../core/posts/slots';
import { addDays, clockTime } from '../../../core/posts/time';
import { AppHeader } from '../home/AppHeader';
import { Icon } from '../shared/Icon';
import { Modal } from '../shared/Modal';
import { isTyping } from '../shared/isTyping';
import { formatDay, formatTime } from '../shared/locale';
import { BoardView } from './BoardView';
import { BundleAction, useCalendarBundle } from './BundleAction';
import { ListView } from './ListView';
import { DayItemView, dayItems, MonthView, type DayItemHandlers } from './MonthView';
import { PostChip, type ChipLook, type ColourBy } from './PostChip';
import { zoneCity } from './zoneLabel';
import { ProfileGrid } from './ProfileGrid';
import { ExportIcsButton } from './ExportIcsButton';
import { UnplannedTray } from './UnplannedTray';
import { WeekView } from './WeekView';
import { dayHeading, monthTitle, shortDay } from './dates';
import { useCalendarPosts } from './useCalendarPosts';
import { usePostDrag, type DropPlace } from './usePostDrag';
import './calendar.css';
import './postChips.css';
import './grids.css';
import './lists.css';

export const CALENDAR_VIEWS = ['month', 'week', 'list', 'board', 'grid'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

const EMPTY_SLOTS = new Map<string, SlotOccurrence[]>();
const NO_POSTS: Post[] = [];

function focusChip(id: string): void {
  const chip = document.querySelector<HTMLElement>(`[data-testid="post-chip"][data-post-id="${id}"]`);
  if (chip && document.activeElement !== chip) chip.focus();
}

function openPost(id: string): void {
  window.location.hash = `#/post/${id}`;
}

export function CalendarScreen({ readOnly, onOpenSettings }: { readOnly: boolean; onOpenSettings: () => void }) {
  const { t } = useTranslation();
  const data = useCalendarPosts();
  const { posts, editorial, save, remove } = data;
  const zone = editorial?.settings.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = dayIn(Date.now(), zone);
  const [view, setView] = useState<CalendarView>('month');
  const [selectedDay, setSelectedDay] = useState(today);
  const [colourBy, setColourBy] = useState<ColourBy>('pillar');
  const [moreDay, setMoreDay] = useState<string | null>(null);
  /** The post the arrow keys are moving: its chip keeps the focus in its new cell until the move is saved. */
  const movingFocus = useRef<string | null>(null);
  const month = monthOf(selectedDay);

  const all = posts ?? NO_POSTS;
  // The mix reads every post: it follows the month by a render (on opening, it waits for it), so the grid draws first.
  const mixPosts = useDeferredValue(all);
  const pillarColours = useMemo(() => new Map((editorial?.pillars ?? []).map((pillar) => [pillar.id, pillar.color])), [editorial]);
  const pillarNames = useMemo(() => new Map((editorial?.pillars ?? []).map((pillar) => [pillar.id, pillar.name])), [editorial]);
  const look: ChipLook = useMemo(() => ({ colourBy, pillarColours }), [colourBy, pillarColours]);

  const weeks = useMemo(() => monthView(all, month, zone), [all, month, zone]);
  const bundle = useCalendarBundle(view, month, selectedDay, all, zone);
  const range = view === 'week' ? { from: weekStart(selectedDay), to: addDays(weekStart(selectedDay), 6) } : { from: weeks[0][0].day, to: weeks.at(-1)!.at(-1)!.day };
  const slotsByDay = useMemo(() => {
    if (!editorial || editorial.slots.length === 0) return EMPTY_SLOTS;
    const map = new Map<string, SlotOccurrence[]>();
    for (const occurrence of emptySlots(editorial.slots, all, range.from, range.to, zone)) map.set(occurrence.day, [...(map.get(occurrence.day) ?? []), occurrence]);
    return map;
  }, [editorial, all, range.from, range.to, zone]);

  const titleOf = useCallback((post: Post) => post.title.trim() || t('calendar.untitled'), [t]);

  /** A post moved or planned: saved, with a toast naming where it went and an Undo. */
  const saveMove = useCallback(
    async (before: Post, after: Post) => {
      if (after === before) return;
      const entry = entryOf(after, zone);
      const message = !after.at
        ? t('calendar.unplanned', { title: titleOf(after) })
        : !before.at
          ? t('calendar.planned', { title: titleOf(after), day: formatDay(entry!.day), time: formatTime(entry!.time) })
          : t('calendar.moved', { title: titleOf(after), day: formatDay(entry!.day) });
      await save(before, postInputOf(after), { message });
    },
    [save, zone, t, titleOf],
  );

  /** A post to another status column; refused (the ready gate), the card stays and the toast says why, with a way to open it. */
  const changeStatus = useCallback(
    async (post: Post, status: PostStatus) => {
      const next = setStatus(post, status);
      if (next === post) return;
      await save(post, postInputOf(next), {
        message: t('calendar.statusChanged', { title: titleOf(post), status: t(`calendar.status.${status}`) }),
        refused: {
          message: t('calendar.statusRefused', { title: titleOf(post), status: t(`calendar.status.${post.status}`) }),
          action: { label: t('calendar.openThePost'), onClick: () => openPost(post.id) },
        },
      });
    },
    [save, t, titleOf],
  );

  const onDrop = useCallback(
    (post: Post, place: DropPlace) => {
      if (!editorial) return;
      switch (place.kind) {
        case 'day':
          return void saveMove(post, post.at ? moveToDay(post, place.day, zone) : planOn(post, place.day, editorial));
        case 'slot':
          return void saveMove(post, moveToSlot(post, place.day, place.time, zone));
        case 'tray':
          return void saveMove(post, post.at ? unplan(post) : post);
        case 'status':
          return void changeStatus(post, place.status);
      }
    },
    [editorial, zone, saveMove, changeStatus],
  );

  const { drag, start } = usePostDrag(onDrop, (post) => openPost(post.id), readOnly);

  const onChipKeyDown = useCallback(
    (post: Post, event: KeyboardEvent<HTMLElement>) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        return openPost(post.id);
      }
      if (readOnly || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        void remove(post, { message: t('calendar.deleted', { title: titleOf(post) }) });
        return;
      }
      if (view === 'board') {
        // The board: left and right move the card to the status column beside.
        const status = { ArrowLeft: statusBeside(post.status, -1), ArrowRight: statusBeside(post.status, 1) }[event.key];
        if (status === undefined) return;
        event.preventDefault();
        if (!status) return;
        movingFocus.current = post.id;
        // Focused again once the card is rendered where the save left it (moved, or back when refused).
        void changeStatus(post, status).then(() => setStatusMoved({ id: post.id }));
        return;
      }
      const entry = entryOf(post, zone);
      if (!entry) return;
      const days = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: view === 'month' ? -7 : 0, ArrowDown: view === 'month' ? 7 : 0 }[event.key];
      if (days === undefined) return;
      event.preventDefault();
      let next: Post;
      if (days === 0) {
        // Week view: up and down move it half an hour.
        const minutes = entry.minutes + (event.key === 'ArrowUp' ? -30 : 30);
        if (minutes < 0 || minutes >= 24 * 60) return;
        next = moveToSlot(post, entry.day, clockTime(minutes), zone);
      } else next = moveToDay(post, addDays(entry.day, days), zone);
      const target = entryOf(next, zone)!;
      movingFocus.current = post.id;
      if (view === 'month' ? monthOf(target.day) !== month : view === 'week' && weekStart(target.day) !== weekStart(selectedDay)) setSelectedDay(target.day);
      void saveMove(post, next).then(() =>
        requestAnimationFrame(() => {
          focusChip(post.id);
          if (movingFocus.current === post.id) movingFocus.current = null;
        }),
      );
    },
    [readOnly, remove, t, titleOf, zone, view, month, selectedDay, saveMove, changeStatus],
  );

  // Keep the keyboard's place: the chip moved by the arrows keeps the focus in its new cell.
  useEffect(() => {
    if (movingFocus.current) focusChip(movingFocus.current);
  });
  const [statusMoved, setStatusMoved] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (!statusMoved) return;
    focusChip(statusMoved.id);
    if (movingFocus.current === statusMoved.id) movingFocus.current = null;
  }, [statusMoved]);

  const createFromSlot = useCallback(
    (occurrence: SlotOccurrence) => {
      void save(null, postForSlot(occurrence, newId('post'), zone), { message: t('calendar.created', { day: formatDay(occurrence.day) }) });
    },
    [save, zone, t],
  );

  const newPost = () => {
    const onDay = view !== 'board' && view !== 'grid';
    const first = editorial?.pillars[0];
    void save(null, newIdea(newId('post'), { day: onDay ? selectedDay : undefined, zone, pillarId: first?.id }), {
      message: onDay ? t('calendar.created', { day: formatDay(selectedDay) }) : t('calendar.createdUnplanned'),
    });
  };

  // Undo and redo on this screen (not while typing, not behind a dialog).
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      if (readOnly) return;
      void (event.shiftKey ? data.redo() : data.undo());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [data, readOnly]);

  const handlers: DayItemHandlers = {
    look,
    readOnly,
    draggedId: drag?.post.id ?? null,
    pillarNames,
    onChipPointerDown: start,
    onChipKeyDown,
    onCreateFromSlot: createFromSlot,
  };

  const step = (direction: -1 | 1) => {
    if (view === 'week') setSelectedDay(addDays(selectedDay, 7 * direction));
    else setSelectedDay(`${addMonths(month, direction)}-01`);
  };
  const heading = view === 'week' ? t('calendar.weekLabel', { day: shortDay(weekStart(selectedDay)) }) : monthTitle(month);
  const ready = posts !== null && editorial !== null;
  // The profile grid shows the pictures themselves: no colour to choose or to explain there.
  const coloured = view !== 'grid';
  const legend =
    colourBy === 'pillar'
      ? [...(editorial?.pillars ?? []).map((pillar) => ({ key: pillar.id, label: pillar.name, colour: pillar.color, status: null })), { key: 'none', label: t('calendar.noPillar'), colour: null, status: null }]
      : POST_STATUSES.map((status) => ({ key: status, label: t(`calendar.status.${status}`), colour: null, status }));

  return (
    <div className="calendar-screen" data-testid="calendar">
      <AppHeader readOnly={readOnly} onOpenSettings={onOpenSettings} section="calendar" actions={<>
        <BundleAction bundle={bundle} disabled={posts === null} />
        <ExportIcsButton range={view === 'week' ? range : view === 'board' || view === 'grid' ? null : monthDays(month)} />
        <button type="button" className="btn btn-primary" disabled={readOnly || !ready} onClick={newPost} data-testid="calendar-new-post">
          <Icon name="plus" size={18} />
          {t('calendar.newPost')}
        </button>
      </>} />
      <div className="calendar-toolbar">
        <div className="calendar-nav">
          <button type="button" className="btn btn-secondary btn-small" onClick={() => setSelectedDay(today)} data-testid="calendar-today">
            {t('calendar.today')}
          </button>
          <button type="button" className="icon-btn" aria-label={t('calendar.previous')} title={t('calendar.previous')} onClick={() => step(-1)} data-testid="calendar-previous" disabled={view === 'board' || view === 'grid'}>
            <Icon name="back" size={18} />
          </button>
          <button type="button" className="icon-btn icon-flipped" aria-label={t('calendar.next')} title={t('calendar.next')} onClick={() => step(1)} data-testid="calendar-next" disabled={view === 'board' || view === 'grid'}>
            <Icon name="back" size={18} />
          </button>
          <h1 className="calendar-heading" data-testid="calendar-heading">
            {view === 'board' ? t('calendar.views.board') : view === 'grid' ? t('calendar.views.grid') : heading}
          </h1>
        </div>
        <div className="calendar-tabs" role="tablist" aria-label={t('calendar.viewsLabel')}>
          {CALENDAR_VIEWS.map((name) => (
            <button key={name} type="button" role="tab" aria-selected={view === name} className="calendar-tab" onClick={() => setView(name)} data-testid={`calendar-view-${name}`}>
              {t(`calendar.views.${name}`)}
            </button>
          ))}
        </div>
        <div className="calendar-tools">
          <span className="calendar-zone" title={zone}>
            {t('calendar.zoneNote', { zone: zoneCity(zone) })}
          </span>
          {coloured && (
            <div className="calendar-segmented" role="radiogroup" aria-label={t('calendar.colourBy')}>
              <span className="calendar-segmented-label">{t('calendar.colourBy')}</span>
              {(['pillar', 'status'] as const).map((mode) => (
                <button key={mode} type="button" role="radio" aria-checked={colourBy === mode} className="calendar-segment" onClick={() => setColourBy(mode)} data-testid={`colour-by-${mode}`}>
                  {t(mode === 'pillar' ? 'calendar.byPillar' : 'calendar.byStatus')}
                </button>
              ))}
            </div>
          )}
          <button type="button" className="icon-btn" aria-label={t('calendar.undo')} title={`${t('calendar.undo')} (Ctrl+Z)`} disabled={readOnly || !data.canUndo} onClick={() => void data.undo()} data-testid="calendar-undo">
            <Icon name="undo" size={18} />
          </button>
          <button type="button" className="icon-btn" aria-label={t('calendar.redo')} title={`${t('calendar.redo')} (Ctrl+Shift+Z)`} disabled={readOnly || !data.canRedo} onClick={() => void data.redo()} data-testid="calendar-redo">
            <Icon name="redo" size={18} />
          </button>
        </div>
      </div>
      {coloured && (
        <ul className="calendar-legend" aria-label={t('calendar.legend')} data-testid="calendar-legend">
          {legend.map((item) => (
            <li key={item.key} className={`calendar-legend-item${item.status ? ` status-${item.status}` : ''}`}>
              <span className="calendar-swatch" style={item.colour ? { background: item.colour } : undefined} />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      {data.loadError && (
        <p className="banner banner-warning" role="alert">
          {t('calendar.loadFailed')}: {data.loadError}
        </p>
      )}
      <div className="calendar-body">
        <main className="calendar-main">
          {view === 'month' && <MonthView weeks={weeks} slotsByDay={slotsByDay} today={today} selectedDay={selectedDay} ready={ready} handlers={handlers} onSelectDay={setSelectedDay} onMore={setMoreDay} />}
          {view === 'week' && <WeekView days={weekDaysWithEntries(all, selectedDay, zone)} slotsByDay={slotsByDay} today={today} handlers={handlers} />}
          {view === 'list' && <ListView groups={bundle.listGroups} handlers={handlers} picked={bundle.picked} onPick={bundle.togglePick} onPickAll={bundle.pickAll} />}
          {view === 'board' && <BoardView columns={boardColumns(all)} zone={zone} handlers={handlers} />}
          {view === 'grid' && <ProfileGrid tiles={instagramGrid(all, Date.now())} onOpen={openPost} />}
        </main>
        <div className="calendar-side">
          <UnplannedTray posts={unplannedPosts(all)} handlers={handlers} />
          <aside className="calendar-mix" aria-labelledby={editorial ? 'mix-summary-title' : undefined} data-testid="calendar-mix">
            {editorial && (mixPosts !== NO_POSTS || all === NO_POSTS) && <MixSummary posts={mixPosts} editorial={editorial} month={month} weekStart={weekStart(selectedDay)} zone={zone} />}
          </aside>
        </div>
      </div>
      {drag && (
        <div className="post-drag-ghost" style={{ left: drag.x + 12, top: drag.y + 8 }} aria-hidden="true">
          <PostChip post={drag.post} entry={entryOf(drag.post, zone)} look={look} onPointerDown={() => undefined} onKeyDown={() => undefined} />
        </div>
      )}
      {moreDay && (
        <Modal title={dayHeading(moreDay)} subtitle={t('calendar.dayPosts', { day: formatDay(moreDay) })} onClose={() => setMoreDay(null)} testId="calendar-day-dialog" size="sm">
          <div className="calendar-day-list">
            {dayItems(entriesByDay(all, zone).get(moreDay) ?? [], slotsByDay.get(moreDay)).map((item) => (
              <DayItemView key={item.kind === 'post' ? item.entry.post.id : `slot-${item.occurrence.slot.id}`} item={item} handlers={handlers} />
            ))}
          </div>
        </Modal>
      )}
    </div>
  );
}

function weekDaysWithEntries(posts: readonly Post[], day: string, zone: string) {
  const byDay = entriesByDay(posts, zone);
  return weekDays(day).map((d) => ({ day: d, entries: byDay.get(d) ?? [] }));
}
