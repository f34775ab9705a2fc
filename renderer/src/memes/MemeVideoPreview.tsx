/**
 * The preview of a video meme (issue 13, animated memes): the clip playing in its box (an HTML
 * video element, muted until the user turns the sound on, looping over the scene), and over it each
 * other layer drawn once by the editor's renderer, shown, faded, moved and scaled at the clip's
 * time by core/video's layerStateAt: the motion the export writes (docs/architecture.md, "Video":
 * one definition of motion).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Design, Element, VideoElement } from '../../../core/schema';
import { layerStateAt } from '../../../core/video/motion';
import { sceneDurationMs } from '../../../core/video/timeline';
import { getBridge } from '../bridge';
import { DesignPreview } from '../shared/DesignPreview';
import { Icon } from '../shared/Icon';

interface Layer {
  element: Element;
  /** The element alone on a transparent page, drawn once. */
  design: Design;
  /** Paint order: the clip and the layers share one stack. */
  order: number;
}

export function MemeVideoPreview({ design, box, label }: { design: Design; box: number; label: string }) {
  const { t } = useTranslation();
  const page = design.pages[0];
  const sceneMs = sceneDurationMs(page);
  const clipIndex = page.elements.findIndex((el) => el.type === 'video');
  const clip = page.elements[clipIndex] as VideoElement | undefined;
  const { width, height } = design.format;
  const scale = box / Math.max(width, height);
  const video = useRef<HTMLVideoElement>(null);
  const layerNodes = useRef(new Map<string, HTMLDivElement>());
  const [muted, setMuted] = useState(true);

  const layers = useMemo<Layer[]>(
    () =>
      page.elements.flatMap((element, order) => {
        if (element === clip) return [];
        // Drawn without its timing: where it shows and how it moves is the CSS below.
        const { timing: _timing, ...still } = element;
        const alone: Design = { ...design, pages: [{ ...page, background: { fill: 'transparent' }, elements: [still as Element] }] };
        return [{ element, design: alone, order }];
      }),
    [design, page, clip],
  );

  // Each frame: the clip's time is the scene's time (a meme's clip starts with its scene, at speed 1).
  useEffect(() => {
    let frame = 0;
    const tick = () => {
      const player = video.current;
      let ms = player ? player.currentTime * 1000 : 0;
      if (player && ms >= sceneMs) {
        // A clip cut at the format's limit loops over the scene, not the whole file.
        player.currentTime = 0;
        ms = 0;
      }
      for (const { element } of layers) {
        const node = layerNodes.current.get(element.id);
        if (!node) continue;
        const state = layerStateAt(element, design.format, sceneMs, ms);
        node.dataset.shown = String(state !== null);
        if (!state) {
          node.style.visibility = 'hidden';
          continue;
        }
        const cx = (element.x + element.width / 2) * scale;
        const cy = (element.y + element.height / 2) * scale;
        node.style.visibility = 'visible';
        node.style.opacity = String(state.opacity);
        node.style.transformOrigin = `${cx}px ${cy}px`;
        node.style.transform = `translate(${state.dx * scale}px, ${state.dy * scale}px) scale(${state.scale})`;
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [layers, design.format, sceneMs, scale]);

  const fill = typeof page.background.fill === 'string' ? page.background.fill : '#000000';
  const pixelWidth = Math.round(width * scale);
  const pixelHeight = Math.round(height * scale);
  const percent = (value: number, of: number) => `${(value / of) * 100}%`;
  return (
    <div className="meme-video-preview" role="img" aria-label={label} style={{ width: pixelWidth, height: pixelHeight, background: fill }} data-testid="meme-video-preview" data-scene-ms={sceneMs}>
      {clip && (
        <video
          ref={video}
          className="meme-video-clip"
          src={getBridge().mediaUrl('asset', clip.assetId)}
          muted={muted}
          autoPlay
          loop
          playsInline
          style={{
            left: percent(clip.x, width),
            top: percent(clip.y, height),
            width: percent(clip.width, width),
            height: percent(clip.height, height),
            objectFit: clip.fit === 'cover' || clip.fit === undefined ? 'cover' : 'contain',
            zIndex: clipIndex,
          }}
          data-testid="meme-video"
        />
      )}
      {layers.map(({ element, design: alone, order }) => (
        <div
          key={element.id}
          className="meme-video-layer"
          style={{ zIndex: order }}
          ref={(node) => {
            if (node) layerNodes.current.set(element.id, node);
            else layerNodes.current.delete(element.id);
          }}
          data-testid={`meme-layer-${element.slot?.name ?? element.id}`}
        >
          <DesignPreview design={alone} box={box} />
        </div>
      ))}
      <button type="button" className="btn btn-secondary btn-small meme-video-sound" onClick={() => setMuted((m) => !m)} aria-pressed={!muted} data-testid="meme-video-sound">
        <Icon name="audio" size={16} />
        {muted ? t('memes.video.soundOff') : t('memes.video.soundOn')}
      </button>
    </div>
  );
}
