/**
 * Instagram's profile grid with this design first: the first slide (or the single post) cut to the
 * catalog's profile-grid crop, the centre 3:4 (previewPlan.ts `profileGridCrop`), then the user's
 * other recent designs' thumbnails cut the same way, and neutral tiles when there are not enough.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesignSummary } from '../../../core/api';
import { getBridge } from '../bridge';
import { ChromeIcon } from './ChromeIcons';
import { Phone } from './Frames';
import { profileGridCrop, type PreviewPlan } from './previewPlan';

/** Four rows of three, as much of the grid as the phone shows under the profile's header. */
const TILES = 12;

/** The first tile: the crop of the first slide's picture, drawn on a canvas at the picture's own pixels. */
function FirstTile({ plan, image }: { plan: PreviewPlan; image: string | undefined }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const crop = profileGridCrop(plan.slideFormat);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    if (!image) return;
    let live = true;
    const picture = new Image();
    picture.onload = () => {
      const target = canvas.current;
      if (!live || !target) return;
      // The picture is the slide drawn smaller: the crop is scaled to its pixels.
      const scale = picture.naturalWidth / plan.slides.width;
      target.width = Math.max(1, Math.round(crop.width * scale));
      target.height = Math.max(1, Math.round(crop.height * scale));
      target.getContext('2d')?.drawImage(picture, crop.x * scale, crop.y * scale, crop.width * scale, crop.height * scale, 0, 0, target.width, target.height);
      setDrawn(true);
    };
    picture.src = image;
    return () => {
      live = false;
    };
  }, [image, crop.x, crop.y, crop.width, crop.height, plan.slides.width]);

  return (
    <span className="pv-tile pv-tile-first" role="img" aria-label={t('preview.firstTile')} data-testid="grid-first-tile" data-drawn={drawn} data-crop={`${crop.x},${crop.y},${crop.width},${crop.height}`}>
      <canvas ref={canvas} width={3} height={4} data-testid="grid-first-canvas" />
      {plan.slides.count > 1 && (
        <span className="pv-tile-mark" aria-hidden="true">
          <ChromeIcon name="stack" size={16} />
        </span>
      )}
    </span>
  );
}

/** The user's most recent other designs, newest edit first; none when the list cannot be read. */
function useRecentDesigns(excludeId: string, count: number): DesignSummary[] {
  const [designs, setDesigns] = useState<DesignSummary[]>([]);
  useEffect(() => {
    let live = true;
    getBridge()
      .api['designs.list']({})
      .then(({ designs: all }) => live && setDesigns(all.filter((d) => d.id !== excludeId).slice(0, count)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [excludeId, count]);
  return designs;
}

function DesignTile({ design }: { design: DesignSummary }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const url = getBridge().mediaUrl('design-thumb', design.id, design.thumbnailVersion);
  return (
    <span className="pv-tile" data-testid="grid-design-tile">
      {failed ? <span className="pv-tile-neutral" /> : <img src={url} alt={t('preview.otherDesign', { name: design.name })} draggable={false} onError={() => setFailed(true)} />}
    </span>
  );
}

export function ProfileGrid({ plan, designId, image }: { plan: PreviewPlan; designId: string; image: string | undefined }) {
  const { t } = useTranslation();
  const others = useRecentDesigns(designId, TILES - 1);
  const neutral = Math.max(0, TILES - 1 - others.length);
  return (
    <Phone testId="preview-frame-grid">
      <div className="pv-profile">
        <div className="pv-profile-top">
          <span className="pv-handle">{t('preview.handle')}</span>
          <ChromeIcon name="menu" size={20} />
        </div>
        <div className="pv-profile-head">
          <span className="pv-avatar pv-avatar-ring" aria-hidden="true">
            <ChromeIcon name="person" size={40} />
          </span>
          {(['posts', 'followers', 'followingCount'] as const).map((key) => (
            <span key={key} className="pv-stat">
              <i className="pv-line pv-stat-figure" aria-hidden="true" />
              <span>{t(`preview.${key}`)}</span>
            </span>
          ))}
        </div>
        <div className="pv-profile-bio" aria-hidden="true">
          <i className="pv-line" style={{ width: '55%' }} />
          <i className="pv-line" style={{ width: '78%' }} />
        </div>
        <span className="pv-profile-edit" aria-hidden="true">
          {t('preview.editProfile')}
        </span>
        <div className="pv-profile-tabs" aria-hidden="true">
          <span className="pv-profile-tab-on">
            <ChromeIcon name="tiles" size={20} />
          </span>
          <span>
            <ChromeIcon name="person" size={20} />
          </span>
        </div>
      </div>
      <div className="pv-grid" data-testid="profile-grid">
        <FirstTile plan={plan} image={image} />
        {others.map((design) => (
          <DesignTile key={design.id} design={design} />
        ))}
        {Array.from({ length: neutral }, (_, i) => (
          <span key={`neutral-${i}`} className={`pv-tile pv-tile-neutral pv-tile-shade-${i % 3}`} aria-hidden="true" data-testid="grid-neutral-tile" />
        ))}
      </div>
    </Phone>
  );
}
