/**
 * The row of slides inside a phone frame, moved by the swipe logic (swipe.ts): a mouse or pen drag
 * (pointer capture, released with its speed), a trackpad's horizontal scroll (wheel deltaX), and
 * the keys, handled by the dialog around it. This component only turns events into swipe.ts calls
 * and draws the strip where `trackOffset` says.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlideBox } from './previewPlan';
import { dragTo, idleWheel, release, releaseVelocity, step, trackOffset, wheel, type PointerSample, type SwipeState } from './swipe';

/** A wheel event's deltaMode 1 counts lines; about this many pixels each. */
const LINE_HEIGHT = 16;

export interface SlideStripProps {
  box: SlideBox;
  state: SwipeState;
  update: (change: (state: SwipeState) => SwipeState) => void;
  images: ReadonlyMap<number, string>;
  /** Each slide's own alt text, when it has one. */
  altTexts: ReadonlyArray<string | undefined>;
  label: string;
  /** Drawn over the slides (the counter chip, the viewer's arrows). */
  children?: ReactNode;
  className?: string;
}

export function SlideStrip({ box, state, update, images, altTexts, label, children, className }: SlideStripProps) {
  const { t } = useTranslation();
  const viewport = useRef<HTMLDivElement>(null);
  const drag = useRef<{ pointerId: number; startX: number; samples: PointerSample[] } | null>(null);
  const latest = useRef(update);
  latest.current = update;

  // A native listener: React's wheel handlers are passive, and a sideways scroll must not also
  // scroll the dialog or trigger the browser's back gesture.
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    let gesture = idleWheel;
    const onWheel = (event: WheelEvent) => {
      const unit = event.deltaMode === 1 ? LINE_HEIGHT : 1;
      const dx = event.deltaX * unit;
      const dy = event.deltaY * unit;
      if (Math.abs(dx) <= Math.abs(dy)) return;
      event.preventDefault();
      const out = wheel(gesture, dx, dy, event.timeStamp);
      gesture = out.gesture;
      if (out.step !== 0) latest.current((s) => step(s, out.step));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  const end = (pointerId: number, velocity: number) => {
    if (drag.current?.pointerId !== pointerId) return;
    drag.current = null;
    update((s) => release(s, velocity, box.pitch));
  };

  const slides = Array.from({ length: state.count }, (_, index) => {
    const url = images.get(index);
    const alt = altTexts[index]?.trim() || t('preview.slideAlt', { page: index + 1 });
    return (
      <div
        key={index}
        className="pv-slide"
        style={{ width: box.width, height: box.height }}
        role="group"
        aria-roledescription="slide"
        aria-label={t('preview.slide', { page: index + 1, count: state.count })}
        aria-hidden={index !== state.index}
        data-testid="preview-slide"
        data-index={index}
        data-drawn={url ? 'true' : 'false'}
      >
        {url ? <img src={url} alt={alt} draggable={false} style={{ objectFit: box.fit }} /> : <span className="pv-slide-pending" />}
      </div>
    );
  });

  return (
    <div
      ref={viewport}
      className={`pv-strip ${state.dragging ? 'pv-strip-dragging' : ''} ${className ?? ''}`}
      style={{ height: box.height }}
      tabIndex={0}
      role="group"
      aria-roledescription="carousel"
      aria-label={label}
      data-testid="preview-strip"
      data-index={state.index}
      onPointerDown={(event) => {
        if (event.button !== 0 || drag.current) return;
        // Buttons drawn over the slides (the viewer's arrows) keep their clicks.
        if ((event.target as HTMLElement).closest('button')) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { pointerId: event.pointerId, startX: event.clientX, samples: [{ t: event.timeStamp, x: event.clientX }] };
      }}
      onPointerMove={(event) => {
        const current = drag.current;
        if (!current || current.pointerId !== event.pointerId) return;
        current.samples.push({ t: event.timeStamp, x: event.clientX });
        if (current.samples.length > 20) current.samples.shift();
        const dx = event.clientX - current.startX;
        update((s) => dragTo(s, dx, box.pitch));
      }}
      onPointerUp={(event) => {
        // The release point counts: a drag held still before letting go is not a flick.
        const samples = [...(drag.current?.samples ?? []), { t: event.timeStamp, x: event.clientX }];
        end(event.pointerId, releaseVelocity(samples));
      }}
      onPointerCancel={(event) => end(event.pointerId, 0)}
      onLostPointerCapture={(event) => end(event.pointerId, 0)}
    >
      <div
        className="pv-track"
        style={{ transform: `translate3d(${box.inset + trackOffset(state, box.pitch)}px, 0, 0)`, gap: box.pitch - box.width }}
        data-testid="preview-track"
      >
        {slides}
      </div>
      {children}
    </div>
  );
}
