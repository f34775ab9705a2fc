/**
 * The Instagram profile grid of the upcoming posts (core/posts/calendar `instagramGrid`): three
 * columns of 3:4 crops, the latest first, as the profile will look once they are out. Each shows
 * its design's thumbnail; a click opens the post.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridTile } from '../../../core/posts/calendar';
import { getBridge } from '../bridge';
import { shortDay } from './dates';

function TilePicture({ designId }: { designId: string | null }) {
  const { t } = useTranslation();
  const [broken, setBroken] = useState(false);
  if (!designId || broken) return <span className="profile-grid-blank">{t('calendar.gridNoPicture')}</span>;
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
          return (
            <button key={tile.post.id} type="button" className="profile-grid-tile" data-testid="profile-grid-tile" data-post-id={tile.post.id} aria-label={t('calendar.openPost', { title })} title={title} onClick={() => onOpen(tile.post.id)}>
              <TilePicture designId={tile.designId} />
              <span className="profile-grid-when">
                {shortDay(tile.at.local.slice(0, 10))} {tile.at.local.slice(11, 16)}
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
