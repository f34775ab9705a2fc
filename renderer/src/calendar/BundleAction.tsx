/**
 * The calendar's "Export bundle…" action (docs/architecture.md, Posts): it bundles what the calendar
 * shows, the displayed month (month and list views) or week (week view), or in the list view the
 * posts the user ticked. What it holds is counted from the calendar's own posts by
 * `bundleContents` (core/posts/bundleContents.ts: a range's posts as `posts.bundle` takes them,
 * whatever their status), so the button and the dialog say how many, and how many are not ready,
 * before anything runs; `affiche bundle` says it with the same words.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bundleContents, bundleSummary, type BundleContents } from '../../../core/posts/bundleContents';
import { listView, monthDays, weekStart } from '../../../core/posts/calendar';
import { addDays } from '../../../core/posts/time';
import type { Post } from '../../../core/schema/posts';
import { BundleDialog, type BundleSelection } from '../posts/BundleDialog';
import { messageText } from '../shared/errors';
import { Icon } from '../shared/Icon';
import { formatDay } from '../shared/locale';
import type { CalendarView } from './CalendarScreen';

export interface BundleScope {
  /** Which words the button uses. */
  kind: 'month' | 'week' | 'picked';
  selection: BundleSelection;
  /** How many posts the bundle will hold, and how many of them are drafts or ideas. */
  contents: BundleContents;
}

/** What the calendar's action bundles in a view (null where it has nothing to offer: board, grid). */
export function bundleScope(view: CalendarView, month: string, selectedDay: string, posts: readonly Post[], picked: readonly string[]): BundleScope | null {
  switch (view) {
    case 'week': {
      const from = weekStart(selectedDay);
      return scopeOf('week', { from, to: addDays(from, 6) }, posts);
    }
    case 'list':
      if (picked.length > 0) return scopeOf('picked', { postIds: [...picked] }, posts);
      return scopeOf('month', monthDays(month), posts);
    case 'month':
      return scopeOf('month', monthDays(month), posts);
    case 'board':
    case 'grid':
      return null;
  }
}

function scopeOf(kind: BundleScope['kind'], selection: BundleSelection, posts: readonly Post[]): BundleScope {
  return { kind, selection, contents: bundleContents(posts, selection) };
}

export interface CalendarBundle {
  /** The list view's days (its month), with the rows the ticks are about. */
  listGroups: ListGroup[];
  /** The ticked posts of the list view, among those it shows. */
  picked: readonly string[];
  togglePick: (id: string) => void;
  /** Ticks all of `ids`, or none when all are ticked already. */
  pickAll: (ids: readonly string[]) => void;
  scope: BundleScope | null;
  open: boolean;
  setOpen: (open: boolean) => void;
}

type ListGroup = ReturnType<typeof listView>[number];

/** The action's state: the list's ticks (kept to the posts it shows) and whether the dialog is open. */
export function useCalendarBundle(view: CalendarView, month: string, selectedDay: string, posts: readonly Post[], zone: string): CalendarBundle {
  const [ticks, setTicks] = useState<ReadonlySet<string>>(() => new Set());
  const [open, setOpen] = useState(false);
  const listGroups = useMemo(() => {
    if (view !== 'list') return [];
    const { from, to } = monthDays(month);
    return listView(posts, from, to, zone);
  }, [view, posts, month, zone]);
  const shownIds = useMemo(() => listGroups.flatMap((group) => group.entries.map((entry) => entry.post.id)), [listGroups]);
  const picked = useMemo(() => (view === 'list' ? shownIds.filter((id) => ticks.has(id)) : []), [view, shownIds, ticks]);
  const scope = useMemo(() => bundleScope(view, month, selectedDay, posts, picked), [view, month, selectedDay, posts, picked]);
  const togglePick = useCallback((id: string) => setTicks((now) => {
    const next = new Set(now);
    if (!next.delete(id)) next.add(id);
    return next;
  }), []);
  const pickAll = useCallback((ids: readonly string[]) => setTicks((now) => (ids.every((id) => now.has(id)) ? new Set() : new Set(ids))), []);
  return { listGroups, picked, togglePick, pickAll, scope, open, setOpen };
}

/** The button beside New post ("Export this week's bundle"; its icon alone in a narrow window) and, once pressed, the bundle dialog. */
export function BundleAction({ bundle, disabled }: { bundle: CalendarBundle; disabled: boolean }) {
  const { t } = useTranslation();
  const { scope } = bundle;
  if (!scope) return null;
  const { count } = scope.contents;
  const label = scope.kind === 'picked' ? t('calendar.bundleAction.picked', { count }) : t(`calendar.bundleAction.${scope.kind}`);
  const empty = count === 0;
  // "5 posts planned from 07/12/2026 to 13/12/2026 · 2 are not ready (1 draft, 1 idea)", days as the UI writes them.
  const subtitle = messageText(bundleSummary(scope.contents, scope.selection, (day) => formatDay(day)));
  return (
    <>
      <button
        type="button"
        className="btn btn-secondary app-header-secondary"
        disabled={disabled || empty}
        title={empty ? t('calendar.bundleAction.nothing') : label}
        onClick={() => bundle.setOpen(true)}
        data-testid="calendar-bundle"
        data-count={count}
      >
        <Icon name="download" size={18} />
        <span className="app-header-label">{label}</span>
      </button>
      {bundle.open && <BundleDialog selection={scope.selection} subtitle={subtitle} onClose={() => bundle.setOpen(false)} />}
    </>
  );
}
