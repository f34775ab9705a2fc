/**
 * The Instagram profile grid of the upcoming posts (core/posts/calendar `instagramGrid`): three
 * columns of 3:4 crops, the latest first, as the profile will look once they are out. Each shows
 * its design's thumbnail under the post's title, day and status (or, with no picture, those alone); a
 * click opens the post.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridTile } from '../../../core/posts/calendar';
import { getBridge } from '../bridge';
import { formatTime } from '../shared/locale';
import { shortDay } from './dates';
import { NetworkGlyph } from './PostChip';

/** The design's thumbnail, or (no design, or none drawn yet) the post's title, network and status in its place. */
function TilePicture({ designId, title, status }: { designId: string | null; title: string; status: string }) {
  const { t } = useTranslation();
  const [broken, setBroken] = useState(false);
  if (!designId || broken)
    return (
      <span className="profile-grid-blank" data-testid="profile-grid-blank">
        <span className="profile-grid-blank-title">{title}</span>
        <span className="profile-grid-blank-meta">
          <NetworkGlyph network="instagram" /> {status}
        </span>
        <span className="profile-grid-blank-note">{t('calendar.gridNoPicture')}</span>
      </span>
    );
  return <img src={getBridge().mediaUrl('design-thumb', designId)} alt="" draggable={false} onError={() => setBroken(true)} />;
}

export function ProfileGrid({ tiles, onOpen }: { tiles: GridTile[]; onOpen: (postId: string) => void }) {
  const { t } = useTranslation();
  if (tiles.length === 0)
    return (
      <p className="calendar-empty" data-testid="profile-grid-empty">
        {t('calendar.gridEmpty')}
      </p>
    );
  return (
    <div className="profile-grid-frame">
      <div className="profile-grid" data-testid="profile-grid">
        {tiles.map((tile) => {
          const title = tile.post.title.trim() || t('calendar.untitled');
          const status = t(`calendar.status.${tile.post.status}`);
          return (
            <button key={tile.post.id} type="button" className="profile-grid-tile" data-testid="profile-grid-tile" data-post-id={tile.post.id} aria-label={t('calendar.openPost', { title })} title={title} onClick={() => onOpen(tile.post.id)}>
              <TilePicture designId={tile.designId} title={title} status={status} />
              <span className="profile-grid-caption">
                {tile.designId && <span className="profile-grid-caption-title">{title}</span>}
                <span className="profile-grid-when">
                  {shortDay(tile.at.local.slice(0, 10))} {formatTime(tile.at.local.slice(11, 16))}
                  {tile.designId && ` · ${status}`}
                </span>
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
