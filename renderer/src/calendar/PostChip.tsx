/**
 * A post on the calendar: its time (in the display zone, always shown), its networks and its
 * title, coloured by pillar or status. Pressed and moved it drags (usePostDrag); focused, the arrow
 * keys move it, Enter opens it and Delete removes it (the screen decides what each does).
 */
import { memo, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_LABELS } from '../../../core/formats/catalog';
import type { Network } from '../../../core/formats/constants';
import type { CalendarEntry } from '../../../core/posts/calendar';
import type { Post } from '../../../core/schema/posts';
import { formatTime, formatTimeCompact } from '../shared/locale';
import { NETWORK_MARKS } from '../shared/networkMarks';
import { shortDay } from './dates';
import { zoneCity, zoneShort } from './zoneLabel';

export type ColourBy = 'pillar' | 'status';

export function NetworkGlyph({ network }: { network: Network }) {
  return (
    <span className="network-glyph" style={{ background: NETWORK_MARKS[network].colour }} title={NETWORK_LABELS[network]} aria-label={NETWORK_LABELS[network]} role="img">
      {NETWORK_MARKS[network].letters}
    </span>
  );
}

export interface ChipLook {
  colourBy: ColourBy;
  pillarColours: ReadonlyMap<string, string>;
}

export function chipStyle(post: Post, look: ChipLook): CSSProperties | undefined {
  if (look.colourBy !== 'pillar') return undefined;
  const colour = post.pillarId ? look.pillarColours.get(post.pillarId) : undefined;
  return colour ? ({ '--chip-colour': colour } as CSSProperties) : undefined;
}

interface PostChipProps {
  post: Post;
  entry?: CalendarEntry | null;
  look: ChipLook;
  variant?: 'chip' | 'card' | 'row';
  style?: CSSProperties;
  dragging?: boolean;
  /** Whether to show the status word (default: for cards and rows; a board column already says it). */
  showStatus?: boolean;
  onPointerDown: (post: Post, event: PointerEvent<HTMLElement>) => void;
  onKeyDown: (post: Post, event: KeyboardEvent<HTMLElement>) => void;
}

export const PostChip = memo(function PostChip({ post, entry, look, variant = 'chip', style, dragging, showStatus = variant !== 'chip', onPointerDown, onKeyDown }: PostChipProps) {
  const { t } = useTranslation();
  const title = post.title.trim() || t('calendar.untitled');
  const elsewhere = entry?.plannedZone ? t('calendar.plannedIn', { time: formatTime(entry.plannedTime ?? ''), city: zoneCity(entry.plannedZone), zone: entry.plannedZone }) : null;
  const label = [entry && formatTime(entry.time), title, post.targets.map((target) => NETWORK_LABELS[target.network]).join(', '), t(`calendar.status.${post.status}`), elsewhere].filter(Boolean).join(' · ');
  // A month or week chip is narrow: of several networks it shows the first and "+2" (all are in its label).
  const shownNetworks = variant === 'chip' && post.targets.length > 1 ? post.targets.slice(0, 1) : post.targets;
  const hiddenNetworks = post.targets.length - shownNetworks.length;
  return (
    <button
      type="button"
      className={`post-chip post-chip-${variant} colour-${look.colourBy} status-${post.status}${dragging ? ' is-dragged' : ''}`}
      style={{ ...chipStyle(post, look), ...style }}
      data-testid="post-chip"
      data-post-id={post.id}
      data-day={entry?.day}
      aria-label={label}
      title={`${label}\n${t(variant === 'card' ? 'calendar.boardChipHint' : 'calendar.chipHint')}`}
      onPointerDown={(event) => onPointerDown(post, event)}
      onKeyDown={(event) => onKeyDown(post, event)}
    >
      {entry && variant === 'card' && <span className="post-chip-day">{shortDay(entry.day)}</span>}
      {entry && (
        <span className="post-chip-time" data-testid="post-chip-time">
          {variant === 'chip' ? formatTimeCompact(entry.time) : formatTime(entry.time)}
        </span>
      )}
      {entry?.plannedZone && (
        // A month or week chip is narrow: the zone's short form ("NY"); the whole in the label and tooltip.
        <span className="post-chip-zone" data-testid="post-chip-zone" title={elsewhere ?? undefined}>
          {variant === 'chip' ? zoneShort(entry.plannedZone) : zoneCity(entry.plannedZone)}
        </span>
      )}
      <span className="post-chip-networks">
        {shownNetworks.map((target) => (
          <NetworkGlyph key={target.network} network={target.network} />
        ))}
        {hiddenNetworks > 0 && (
          <span className="post-chip-more-networks" data-testid="post-chip-more-networks" aria-hidden="true">
            +{hiddenNetworks}
          </span>
        )}
      </span>
      <span className="post-chip-title">{title}</span>
      {showStatus && <span className="post-chip-status">{t(`calendar.status.${post.status}`)}</span>}
    </button>
  );
});
