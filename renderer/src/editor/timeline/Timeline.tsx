/**
 * The timeline under the canvas for a video (docs/architecture.md, "Video"), in place of the
 * slide strip: the scenes as blocks sized by their length (drag to reorder, drag the right edge to
 * change the length), transition marks between them, a lane per layer of the current scene at its
 * times on the video's clock (drag to move, drag an edge to trim), the music with its waveform,
 * the captions, a ruler and the playhead (click or drag to scrub). Every change is an action of
 * core/editor; a drag is one gesture, so one undo step. Times snap to scene edges, other layers
 * and the playhead (core/video/snap.ts).
 */
import { useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIONS, playheadOf, type EditorState, type HeadlessEditor } from '../../../../core/editor';
import type { Design, Element } from '../../../../core/schema/design';
import { playerTransition } from '../../../../core/video/frame';
import { snapCandidates, snapTime } from '../../../../core/video/snap';
import { layerWindow, videoTimeline, type SceneSpan } from '../../../../core/video/timeline';
import { getBridge } from '../../bridge';
import { currentLanguage } from '../../i18n';
import { Icon } from '../../shared/Icon';
import { Menu } from '../../shared/Menu';
import { layerLabel } from '../elements';
import { rulerStep, seconds, timecode } from './timecode';
import './timeline.css';

interface TimelineProps {
  editor: HeadlessEditor;
  state: EditorState;
  readOnly: boolean;
  /** Ends a text being typed before a change. */
  beforeChange: () => void;
  /** Back to the editing canvas (a layer picked on the timeline, to edit it). */
  onEdit: () => void;
}

/** Zoom steps, as a factor of "the whole video fits". */
const ZOOM_STEP = 1.5;
const MAX_ZOOM = 64;
/** Pixels of pointer travel before a press becomes a drag. */
const DRAG_PX = 3;
const GUTTER_PX = 24;

/** Pointer drags with capture: `move` gets the travel in pixels, `end` whether it was a drag. */
function startDrag(event: ReactPointerEvent, handlers: { move: (dx: number) => void; end: (dragged: boolean, dx: number) => void }): void {
  if (event.button !== 0) return;
  event.preventDefault();
  event.stopPropagation();
  const target = event.currentTarget as HTMLElement;
  const startX = event.clientX;
  let dragged = false;
  let last = 0;
  target.setPointerCapture?.(event.pointerId);
  const onMove = (e: PointerEvent) => {
    const dx = e.clientX - startX;
    if (!dragged && Math.abs(dx) < DRAG_PX) return;
    dragged = true;
    last = dx;
    handlers.move(dx);
  };
  const onUp = () => {
    target.removeEventListener('pointermove', onMove);
    target.removeEventListener('pointerup', onUp);
    target.removeEventListener('pointercancel', onUp);
    handlers.end(dragged, last);
  };
  target.addEventListener('pointermove', onMove);
  target.addEventListener('pointerup', onUp);
  target.addEventListener('pointercancel', onUp);
}

export function Timeline({ editor, state, readOnly, beforeChange, onEdit }: TimelineProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { design, pageIndex } = state;
  const timeline = useMemo(() => videoTimeline(design), [design]);
  const playhead = playheadOf(state);
  const playing = state.playing === true;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  const [zoom, setZoom] = useState(1);
  const [snapLine, setSnapLine] = useState<number | null>(null);
  const [sceneDrag, setSceneDrag] = useState<{ index: number; dx: number } | null>(null);

  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
  }, []);

  const duration = Math.max(1, timeline.durationMs);
  const pxPerMs = (Math.max(200, width - 2 * GUTTER_PX) / duration) * zoom;
  const x = (ms: number) => GUTTER_PX + ms * pxPerMs;
  const zoomBy = (factor: number) => setZoom((z) => Math.max(1, Math.min(MAX_ZOOM, z * factor)));

  // Ctrl+wheel zooms the timeline (a plain wheel scrolls it); React's wheel listener is passive.
  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      setZoom((z) => Math.max(1, Math.min(MAX_ZOOM, z * (event.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP))));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  // The playhead stays in view while playing.
  useEffect(() => {
    const element = scrollRef.current;
    if (!element || !playing) return;
    const at = x(playhead);
    if (at < element.scrollLeft || at > element.scrollLeft + element.clientWidth - GUTTER_PX) element.scrollLeft = Math.max(0, at - GUTTER_PX);
  });

  const msAt = (clientX: number) => {
    const element = scrollRef.current!;
    const rect = element.getBoundingClientRect();
    return (clientX - rect.left + element.scrollLeft - GUTTER_PX) / pxPerMs;
  };

  /** A drag on a time: one gesture (one undo step); Escape puts everything back where it was. */
  const gesture = (event: ReactPointerEvent, move: (dx: number) => void, click?: () => void) => {
    if (readOnly) return click?.();
    beforeChange();
    editor.beginGesture();
    let cancelled = false;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      cancelled = true;
      editor.cancelGesture();
      setSnapLine(null);
    };
    window.addEventListener('keydown', onKey, true);
    startDrag(event, {
      move: (dx) => !cancelled && move(dx),
      end: (dragged) => {
        window.removeEventListener('keydown', onKey, true);
        if (cancelled) return;
        editor.endGesture();
        setSnapLine(null);
        if (!dragged) click?.();
      },
    });
  };

  /** Adds, duplicates or deletes a scene: the same slide actions a carousel's strip runs, after the current scene. */
  const runOnScenes: HeadlessEditor['run'] = (action, ...args) => {
    beforeChange();
    onEdit();
    return editor.run(action, ...args);
  };

  const scrub = (event: ReactPointerEvent) => {
    if (event.button !== 0) return;
    const seek = (clientX: number) => editor.run(ACTIONS.seek, { ms: msAt(clientX) });
    seek(event.clientX);
    const startX = event.clientX;
    startDrag(event, { move: (dx) => seek(startX + dx), end: () => undefined });
  };

  const sceneOnTop = (scene: SceneSpan) => (scene.index > 0 ? Math.max(scene.startMs, timeline.scenes[scene.index - 1].endMs) : 0);

  /** A scene block: a click puts the playhead on it; a drag moves it (dropped where its centre lands). */
  const onSceneBody = (event: ReactPointerEvent, scene: SceneSpan) => {
    if (readOnly) return void editor.run(ACTIONS.seek, { ms: sceneOnTop(scene) });
    beforeChange();
    startDrag(event, {
      move: (dx) => setSceneDrag({ index: scene.index, dx }),
      end: (dragged, dx) => {
        setSceneDrag(null);
        if (!dragged) return void editor.run(ACTIONS.seek, { ms: sceneOnTop(scene) });
        const centre = scene.startMs + scene.durationMs / 2 + dx / pxPerMs;
        const to = timeline.scenes.filter((s) => s.index !== scene.index && s.startMs + s.durationMs / 2 < centre).length;
        editor.run(ACTIONS.moveSlides, { ids: [scene.pageId], to });
      },
    });
  };

  const onSceneEdge = (event: ReactPointerEvent, scene: SceneSpan) => {
    const candidates = snapCandidates({ pages: design.pages.slice(0, scene.index + 1), video: design.video }, { playheadMs: playhead });
    const endMs = scene.startMs + scene.durationMs;
    gesture(event, (dx) => {
      const snapped = snapTime(endMs + dx / pxPerMs, candidates.filter((c) => c > scene.startMs), pxPerMs);
      setSnapLine(snapped.snappedTo);
      editor.run(ACTIONS.setSceneDuration, { index: scene.index, durationMs: snapped.ms - scene.startMs });
    });
  };

  const scene = timeline.scenes[pageIndex] ?? timeline.scenes[0];
  const page = design.pages[scene.index];

  const onLayer = (event: ReactPointerEvent, el: Element, edge?: 'in' | 'out') => {
    const { inMs, outMs } = layerWindow(el, scene.durationMs);
    const candidates = snapCandidates(design, { exceptId: el.id, playheadMs: playhead });
    gesture(
      event,
      (dx) => {
        const delta = dx / pxPerMs;
        const a = scene.startMs + inMs + delta;
        const b = scene.startMs + outMs + delta;
        let shift = delta;
        let line: number | null = null;
        if (edge !== 'out') {
          const s = snapTime(a, candidates, pxPerMs);
          if (s.snappedTo !== null) (shift = delta + s.ms - a), (line = s.ms);
        }
        if (edge !== 'in') {
          const s = snapTime(b, candidates, pxPerMs);
          if (s.snappedTo !== null && (line === null || Math.abs(s.ms - b) < Math.abs(shift - delta))) (shift = delta + s.ms - b), (line = s.ms);
        }
        setSnapLine(line);
        editor.run(ACTIONS.setLayerTiming, {
          id: el.id,
          inMs: edge === 'out' ? inMs : inMs + shift,
          outMs: edge === 'in' ? outMs : outMs + shift,
          ...(edge ? { edge } : {}),
        });
      },
      () => {
        // A click picks the layer to edit, on its scene (the playhead moves there if it was elsewhere).
        const onTop = sceneOnTop(scene);
        if (playhead < onTop || playhead >= scene.endMs) editor.run(ACTIONS.seek, { ms: onTop });
        editor.run(ACTIONS.select, { ids: [el.id] });
        onEdit();
      },
    );
  };

  const contentWidth = x(duration) + GUTTER_PX;
  const step = rulerStep(pxPerMs);
  const ticks: number[] = [];
  for (let ms = 0; ms <= duration; ms += step) ticks.push(ms);
  // Top layer first, as in the layers panel.
  const layers = [...page.elements].reverse();
  const fps = timeline.fps;

  return (
    <section className="timeline" data-testid="timeline" aria-label={t('editor.timeline.label')}>
      <div className="timeline-bar">
        <button
          type="button"
          className="timeline-play"
          data-testid="timeline-play"
          aria-label={playing ? t('editor.timeline.pause') : t('editor.timeline.play')}
          title={playing ? t('editor.timeline.pause') : t('editor.timeline.play')}
          onClick={() => editor.run(ACTIONS.togglePlay)}
        >
          {playing ? <PauseIcon /> : <PlayIcon />}
        </button>
        <span className="timeline-timecode" data-testid="timecode">
          {timecode(playhead, fps)}
        </span>
        <span className="timeline-duration">/ {timecode(timeline.durationMs, fps)}</span>
        {!readOnly && (
          <span className="timeline-scene-tools">
            <Menu
              className="timeline-scene-add"
              icon="plus"
              label={t('editor.timeline.addScene')}
              testId="timeline-scene-add"
              items={[
                { id: 'scene-blank', label: t('editor.timeline.addBlankScene'), icon: 'plus', onSelect: () => runOnScenes(ACTIONS.addSlide, { mode: 'blank' }) },
                { id: 'scene-duplicate', label: t('editor.timeline.duplicateScene'), icon: 'copy', onSelect: () => runOnScenes(ACTIONS.duplicateSlide) },
              ]}
            />
            <button
              type="button"
              className="icon-btn timeline-scene-delete"
              disabled={design.pages.length <= 1}
              aria-label={t('editor.timeline.deleteScene', { n: pageIndex + 1 })}
              title={t('editor.timeline.deleteScene', { n: pageIndex + 1 })}
              onClick={() => runOnScenes(ACTIONS.deleteSlides, { ids: [design.pages[pageIndex].id] })}
              data-testid="timeline-scene-delete"
            >
              <Icon name="trash" size={16} />
            </button>
          </span>
        )}
        {playing && (state.playRate ?? 1) !== 1 && <span className="timeline-rate">{t('editor.timeline.rate', { rate: state.playRate })}</span>}
        <span className="timeline-spacer" />
        <span className="timeline-hint">{t('editor.timeline.zoomHint')}</span>
        <button type="button" className="timeline-zoom" data-testid="timeline-zoom-out" aria-label={t('editor.timeline.zoomOut')} title={t('editor.timeline.zoomOut')} disabled={zoom <= 1} onClick={() => zoomBy(1 / ZOOM_STEP)}>
          −
        </button>
        <button type="button" className="timeline-zoom" data-testid="timeline-zoom-in" aria-label={t('editor.timeline.zoomIn')} title={t('editor.timeline.zoomIn')} disabled={zoom >= MAX_ZOOM} onClick={() => zoomBy(ZOOM_STEP)}>
          +
        </button>
      </div>
      <div className="timeline-body">
        <div className="timeline-heads" aria-hidden="true">
          <div className="timeline-head timeline-head-ruler" />
          <div className="timeline-head timeline-head-scenes">{t('editor.timeline.scenes')}</div>
          {layers.map((el) => (
            <div key={el.id} className="timeline-head timeline-head-layer" title={layerLabel(el, t)}>
              {layerLabel(el, t)}
            </div>
          ))}
          <div className="timeline-head timeline-head-music">{t('editor.timeline.music')}</div>
          <div className="timeline-head timeline-head-captions">{t('editor.timeline.captions')}</div>
        </div>
        <div className="timeline-scroll" ref={scrollRef} data-testid="timeline-scroll">
          <div className="timeline-content" style={{ width: contentWidth }}>
            <div className="timeline-ruler" data-testid="timeline-ruler" onPointerDown={scrub}>
              {ticks.map((ms) => (
                <span key={ms} className="timeline-tick" style={{ left: x(ms) }}>
                  {timecode(ms, fps).replace(/\.00$/, '')}
                </span>
              ))}
            </div>
            <div className="timeline-row timeline-scenes">
              {timeline.scenes.map((s) => {
                const dragging = sceneDrag?.index === s.index;
                const label = t('editor.timeline.scene', { n: s.index + 1 });
                return (
                  <div
                    key={s.pageId}
                    className={`timeline-scene${s.index === pageIndex ? ' is-current' : ''}${dragging ? ' is-dragging' : ''}`}
                    data-testid="timeline-scene"
                    data-duration={s.durationMs}
                    style={{
                      left: x(s.startMs),
                      width: s.durationMs * pxPerMs,
                      // The words start past the transition that brings the scene in (its mark sits there).
                      paddingLeft: 8 + (s.index > 0 ? (timeline.scenes[s.index - 1].transitionOut?.durationMs ?? 0) * pxPerMs : 0),
                      transform: dragging ? `translateX(${sceneDrag.dx}px)` : undefined,
                    }}
                    title={t('editor.timeline.sceneTitle', { n: s.index + 1, seconds: seconds(s.durationMs, language) })}
                    onPointerDown={(event) => onSceneBody(event, s)}
                  >
                    <span className="timeline-scene-label">{label}</span>
                    <span className="timeline-scene-length">{seconds(s.durationMs, language)}</span>
                    {!readOnly && (
                      <span
                        className="timeline-edge timeline-edge-out"
                        data-testid="timeline-scene-edge"
                        role="separator"
                        aria-label={t('editor.timeline.sceneEdge', { n: s.index + 1 })}
                        onPointerDown={(event) => onSceneEdge(event, s)}
                      />
                    )}
                  </div>
                );
              })}
              {timeline.scenes.map((s) => (s.transitionOut && s.transitionOut.durationMs > 0 ? <TransitionMark key={`t${s.pageId}`} scene={s} centre={x(s.endMs - s.transitionOut.durationMs / 2)} /> : null))}
            </div>
            {layers.map((el) => {
              const w = layerWindow(el, scene.durationMs);
              const name = layerLabel(el, t);
              return (
                <div key={el.id} className="timeline-row timeline-lane">
                  <div className="timeline-lane-scene" style={{ left: x(scene.startMs), width: scene.durationMs * pxPerMs }} />
                  <div
                    className={`timeline-layer timeline-layer-${el.type}${state.selection.includes(el.id) ? ' is-selected' : ''}`}
                    data-testid="timeline-layer"
                    data-id={el.id}
                    data-in={w.inMs}
                    data-out={w.outMs}
                    style={{ left: x(scene.startMs + w.inMs), width: Math.max(4, (w.outMs - w.inMs) * pxPerMs) }}
                    title={t('editor.timeline.layerTitle', { name, from: seconds(w.inMs, language), to: seconds(w.outMs, language) })}
                    onPointerDown={(event) => onLayer(event, el)}
                  >
                    {!readOnly && <span className="timeline-edge timeline-edge-in" aria-label={t('editor.timeline.layerIn', { name })} onPointerDown={(event) => onLayer(event, el, 'in')} />}
                    <span className="timeline-layer-name">{name}</span>
                    {!readOnly && <span className="timeline-edge timeline-edge-out" aria-label={t('editor.timeline.layerOut', { name })} onPointerDown={(event) => onLayer(event, el, 'out')} />}
                  </div>
                </div>
              );
            })}
            <MusicLane design={design} durationMs={timeline.durationMs} x={x} pxPerMs={pxPerMs} />
            <div className="timeline-row timeline-captions" data-testid="timeline-captions">
              {(design.captions?.cues ?? []).map((cue) => (
                <div key={cue.id} className="timeline-cue" style={{ left: x(cue.startMs), width: Math.max(2, (cue.endMs - cue.startMs) * pxPerMs) }} title={cue.text}>
                  {cue.text}
                </div>
              ))}
              {!design.captions?.cues.length && <span className="timeline-empty" style={{ left: x(0) }}>{t('editor.timeline.noCaptions')}</span>}
            </div>
            {snapLine !== null && <div className="timeline-snap" style={{ left: x(snapLine) }} />}
            <div className="timeline-playhead" data-testid="timeline-playhead" aria-label={t('editor.timeline.playhead')} style={{ left: x(playhead) }} onPointerDown={scrub} />
          </div>
        </div>
      </div>
    </section>
  );
}

/** A mark centred on the overlap of two scenes (narrow: the scene's edge beside it stays draggable). */
function TransitionMark({ scene, centre }: { scene: SceneSpan; centre: number }) {
  const { t } = useTranslation();
  const transition = scene.transitionOut!;
  const drawn = playerTransition(transition.kind);
  const args = { kind: transition.kind, seconds: seconds(transition.durationMs, currentLanguage()) };
  return (
    <span
      className={`timeline-transition${drawn.approximated ? ' is-approximated' : ''}`}
      data-testid="timeline-transition"
      style={{ left: centre - 9 }}
      title={drawn.approximated ? t('editor.timeline.transitionApprox', args) : t('editor.timeline.transition', args)}
    >
      <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
        <path d="M1 2 L6 6 L1 10 Z M11 2 L6 6 L11 10 Z" fill="currentColor" />
      </svg>
    </span>
  );
}

const WAVEFORM_BUCKETS = 600;

/** The soundtrack: a block from its start, as long as it plays, with its waveform. */
function MusicLane({ design, durationMs, x, pxPerMs }: { design: Design; durationMs: number; x: (ms: number) => number; pxPerMs: number }) {
  const { t } = useTranslation();
  const audio = design.audio;
  const [wave, setWave] = useState<{ assetId: string; peaks: number[]; durationMs: number } | null>(null);
  useEffect(() => {
    if (!audio) return;
    let live = true;
    getBridge()
      .api['assets.waveform']({ assetId: audio.assetId, buckets: WAVEFORM_BUCKETS })
      .then((result) => live && setWave({ assetId: audio.assetId, ...result }))
      .catch(() => live && setWave(null));
    return () => {
      live = false;
    };
  }, [audio?.assetId]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!audio) {
    return (
      <div className="timeline-row timeline-music" data-testid="timeline-music">
        <span className="timeline-empty" style={{ left: x(0) }}>
          {t('editor.timeline.noMusic')}
        </span>
      </div>
    );
  }
  const sourceMs = wave && wave.assetId === audio.assetId ? wave.durationMs : null;
  const trimIn = audio.trimInMs ?? 0;
  const segmentMs = Math.max(1, (audio.trimOutMs ?? sourceMs ?? durationMs) - trimIn);
  const room = Math.max(0, durationMs - audio.startMs);
  const fit = audio.fit ?? 'once';
  const lengthMs = fit === 'once' ? Math.min(segmentMs, room) : room;
  let bars: ReactNode = null;
  if (wave && sourceMs) {
    const from = Math.floor((trimIn / sourceMs) * wave.peaks.length);
    const to = Math.max(from + 1, Math.ceil(((trimIn + segmentMs) / sourceMs) * wave.peaks.length));
    const peaks = wave.peaks.slice(from, to);
    // Fitted to the video: the sound is stretched in time; looped: it repeats.
    const spanMs = fit === 'fitToVideo' ? lengthMs : segmentMs;
    const count = Math.min(2000, Math.ceil(lengthMs / (spanMs / peaks.length)));
    const d: string[] = [];
    for (let i = 0; i < count; i++) {
      const peak = peaks[i % peaks.length] ?? 0;
      const left = ((i * spanMs) / peaks.length) * pxPerMs;
      const h = Math.max(0.5, peak * 14);
      d.push(`M${left.toFixed(1)} ${(16 - h).toFixed(1)}V${(16 + h).toFixed(1)}`);
    }
    bars = (
      <svg className="timeline-wave" width={lengthMs * pxPerMs} height="32" aria-hidden="true">
        <path d={d.join('')} stroke="currentColor" strokeWidth={Math.max(1, Math.min(3, (spanMs / peaks.length) * pxPerMs * 0.6))} />
      </svg>
    );
  }
  return (
    <div className="timeline-row timeline-music" data-testid="timeline-music">
      <div className="timeline-music-block" style={{ left: x(audio.startMs), width: Math.max(4, lengthMs * pxPerMs) }} data-testid="timeline-music-block">
        {bars}
      </div>
    </div>
  );
}

function PlayIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path d="M4 2.5v11l9-5.5z" fill="currentColor" />
    </svg>
  );
}

function PauseIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path d="M4 2.5h3v11H4zM9 2.5h3v11H9z" fill="currentColor" />
    </svg>
  );
}
