/**
 * The format's safe zone over the page: the bands the platform's UI covers tinted, the safe area
 * outlined, a faint mock of that UI (header, buttons column, caption, reply bar) and a label saying
 * whether the figures are official. Plus Instagram's 3:4 profile-grid crop, darkening what the grid
 * cuts. An SVG laid over the canvas and placed with the viewport, like the grid: never a Fabric
 * object, so it can never reach an export.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PixelSafeZone } from '../../../../core/formats/geometry';
import type { Rect } from '../../../../core/formats/schema';
import type { SafeAreaLookup } from '../../../../core/formats/safeArea';
import type { SafeZoneView } from '../useSafeZoneView';
import type { Size, Viewport } from './viewport';
import './safeZone.css';

type Overlay = PixelSafeZone['overlays'][number];

/** A rectangle with a hole, for fill-rule evenodd: the page minus the safe area, or minus the crop. */
function frameWithHole(page: Size, hole: Rect): string {
  const outer = `M0 0H${page.width}V${page.height}H0Z`;
  const inner = `M${hole.x} ${hole.y}h${hole.width}v${hole.height}h${-hole.width}Z`;
  return `${outer} ${inner}`;
}

/**
 * Grey stand-ins for the platform's widgets, drawn inside each overlay's band. `u` is one pixel of
 * a 1080-wide frame, so the mock keeps its proportions at any design size. Only suggestive: the
 * catalog gives bands, not widget geometry.
 */
function mockOf(overlay: Overlay, zoneId: string, page: Size, u: number): ReactNode {
  const r = overlay.rect;
  const bar = (key: string, x: number, y: number, width: number, height = 22 * u) => (
    <rect key={key} className="sz-mock" x={x} y={y - height / 2} width={Math.max(0, width)} height={height} rx={height / 2} />
  );
  const dot = (key: string, cx: number, cy: number, radius: number) => <circle key={key} className="sz-mock" cx={cx} cy={cy} r={radius} />;
  const left = r.x + 48 * u;
  switch (overlay.id) {
    case 'header': {
      const stories = zoneId.includes('stories');
      const cy = r.y + Math.min(r.height * 0.55, 130 * u);
      return stories
        ? [
            bar('progress', r.x + 24 * u, r.y + 30 * u, r.width - 48 * u, 10 * u),
            dot('avatar', left + 34 * u, cy, 34 * u),
            bar('account', left + 90 * u, cy, 220 * u),
            bar('time', left + 330 * u, cy, 60 * u),
            dot('close', r.x + r.width - 70 * u, cy, 22 * u),
          ]
        : [bar('title', left, cy, 180 * u, 34 * u), dot('camera', r.x + r.width - 70 * u, cy, 26 * u)];
    }
    case 'buttons': {
      // Stacked from the bottom of the column, where the apps put like, comment, share, save, more.
      const radius = Math.min(r.width * 0.36, 40 * u);
      const cx = r.x + r.width / 2;
      const step = radius * 2 + 56 * u;
      const shapes: ReactNode[] = [];
      for (let i = 0; i < 5; i++) {
        const cy = r.y + r.height - 40 * u - radius - i * step;
        if (cy - radius < r.y) break;
        shapes.push(dot(`button-${i}`, cx, cy, radius));
        if (i > 0) shapes.push(bar(`count-${i}`, cx - radius * 0.6, cy + radius + 20 * u, radius * 1.2, 12 * u));
      }
      return shapes;
    }
    case 'caption': {
      // From the bottom up: the app's tab bar, then music, caption lines and the account row.
      const width = Math.min(r.width - 96 * u, page.width * 0.66);
      const nav = r.y + r.height - 60 * u;
      const rows = [nav - 110 * u, nav - 170 * u, nav - 230 * u, nav - 300 * u];
      const tabs = Array.from({ length: 5 }, (_, i) => dot(`tab-${i}`, r.x + (r.width * (i + 0.5)) / 5, nav, 20 * u));
      return [
        ...tabs,
        bar('music', left, rows[0], width * 0.45),
        bar('line-2', left, rows[1], width * 0.7),
        bar('line-1', left, rows[2], width),
        dot('avatar', left + 30 * u, rows[3], 30 * u),
        bar('account', left + 76 * u, rows[3], 200 * u),
        <rect key="follow" className="sz-mock sz-mock-outline" x={left + 300 * u} y={rows[3] - 24 * u} width={130 * u} height={48 * u} rx={14 * u} />,
      ];
    }
    case 'reply-bar': {
      const cy = r.y + r.height * 0.45;
      const pillRight = r.x + r.width - 220 * u;
      return [
        <rect key="reply" className="sz-mock sz-mock-outline" x={left - 8 * u} y={cy - 44 * u} width={pillRight - left} height={88 * u} rx={44 * u} />,
        bar('placeholder', left + 36 * u, cy, 260 * u),
        dot('like', pillRight + 70 * u, cy, 28 * u),
        dot('send', pillRight + 150 * u, cy, 28 * u),
      ];
    }
  }
}

interface SafeZoneOverlayProps {
  frame: { viewport: Viewport; page: Size };
  view: SafeZoneView;
}

/** The status line of a zone: "Official safe zone — Meta ads guide" / "Approximate safe zone — third-party measurements". */
export function useZoneStatusText(lookup: SafeAreaLookup): string | null {
  const { t } = useTranslation();
  if (!lookup.ok) return null;
  if (lookup.zone.status === 'approximate') return t('editor.safeZone.approximate');
  return lookup.zone.id.startsWith('meta-') ? t('editor.safeZone.officialMeta') : t('editor.safeZone.official');
}

export function SafeZoneOverlay({ frame, view }: SafeZoneOverlayProps) {
  const { t } = useTranslation();
  const status = useZoneStatusText(view.lookup);
  const { viewport, page } = frame;
  const zone = view.zoneOn && view.lookup.ok ? view.lookup : null;
  const crop = view.cropOn ? view.crop : null;
  if (!zone && !crop) return null;
  const u = page.width / 1080;
  const box = { left: viewport.offsetX, top: viewport.offsetY, width: page.width * viewport.zoom, height: page.height * viewport.zoom };
  return (
    <>
      <div className="stage-safe-zone" aria-hidden="true" style={box} data-testid="safe-zone-overlay" data-status={zone?.zone.status} data-zone={zone?.zone.id}>
        <svg viewBox={`0 0 ${page.width} ${page.height}`} width="100%" height="100%" preserveAspectRatio="none">
          {crop && (
            <g data-testid="grid-crop-overlay">
              <path className="sz-crop-shade" d={frameWithHole(page, crop.rect)} fillRule="evenodd" />
              <rect className="sz-crop-edge" x={crop.rect.x} y={crop.rect.y} width={crop.rect.width} height={crop.rect.height} vectorEffect="non-scaling-stroke" />
            </g>
          )}
          {zone && (
            <g>
              <path className="sz-unsafe" d={frameWithHole(page, zone.pixels.safe)} fillRule="evenodd" />
              <g className="sz-mock-layer" data-testid="safe-zone-mock">
                {zone.pixels.overlays.map((overlay) => (
                  <g key={overlay.id} data-overlay={overlay.id}>
                    {mockOf(overlay, zone.zone.id, page, u)}
                  </g>
                ))}
              </g>
              <rect
                className="sz-safe-edge"
                x={zone.pixels.safe.x}
                y={zone.pixels.safe.y}
                width={zone.pixels.safe.width}
                height={zone.pixels.safe.height}
                vectorEffect="non-scaling-stroke"
              />
            </g>
          )}
        </svg>
      </div>
      {/* Above the page like a frame's title; pinned inside the stage when the page's top is scrolled away. */}
      <div
        className="stage-safe-zone-label"
        style={{ left: Math.max(8, box.left), top: Math.max(8, box.top - 30) }}
        data-testid="safe-zone-label"
        data-status={zone?.zone.status}
      >
        {zone && status && (
          <span className={`sz-label-line sz-label-${zone.zone.status}`} data-testid="safe-zone-status">
            {status}
          </span>
        )}
        {crop && (
          <span className="sz-label-line sz-label-crop" data-testid="grid-crop-label">
            {t('editor.safeZone.gridCropLabel')}
          </span>
        )}
      </div>
    </>
  );
}

/** The zoom-bar buttons: safe zone (disabled, with the reason, when the format has none) and the 3:4 grid crop. */
export function SafeZoneToggles({ view }: { view: SafeZoneView }) {
  const { t } = useTranslation();
  const { lookup } = view;
  const reason = lookup.ok ? null : t(`editor.safeZone.unavailable.${lookup.reason}`);
  return (
    <>
      <button
        type="button"
        className="stage-zoom-safe"
        aria-pressed={view.zoneOn}
        // aria-disabled keeps the button focusable and its tooltip readable: a disabled button shows neither.
        aria-disabled={reason ? true : undefined}
        onClick={() => !reason && view.toggle()}
        title={reason ?? t('editor.zoom.safeZoneHint')}
        data-testid="safe-zone-toggle"
      >
        {t('editor.zoom.safeZone')}
      </button>
      {view.crop && (
        <button type="button" className="stage-zoom-crop" aria-pressed={view.cropOn} onClick={view.toggleCrop} title={t('editor.zoom.gridCropHint')} data-testid="grid-crop-toggle">
          {t('editor.zoom.gridCrop')}
        </button>
      )}
    </>
  );
}
