/** The timeline's timecode: minutes, seconds and the frame inside the second ("01:04.12" at 30 fps is frame 12 of second 64). */
export function timecode(ms: number, fps: number): string {
  const frames = Math.max(0, Math.round((ms * fps) / 1000 + 1e-9));
  const seconds = Math.floor(frames / fps);
  const frame = frames - seconds * fps;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}.${pad(frame)}`;
}

/** Seconds for a tooltip, in the UI's language ("1.5 s", "1,5 s"). */
export function seconds(ms: number, language: string): string {
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(ms / 1000)}\u00a0s`;
}

/** A ruler step (ms) leaving at least `minPx` between labels at `pxPerMs`. */
export function rulerStep(pxPerMs: number, minPx = 70): number {
  for (const step of [100, 250, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000]) if (step * pxPerMs >= minPx) return step;
  return 600_000;
}
