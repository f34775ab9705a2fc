/**
 * Playback (docs/architecture.md, "Video"): while the editor's state says `playing`, a
 * requestAnimationFrame loop moves the playhead by the time performance.now() says has passed
 * (times the J/K/L rate) through the `seek` action, and the player draws that moment. Paused, the
 * player draws wherever the playhead is put (scrub, step a frame). The design is never written.
 * The sound and the clips' pictures (playerMedia.ts) follow the same clock: each tick syncs them
 * to the playhead at the rate; a pause silences them.
 */
import { useEffect, useRef, useState } from 'react';
import { ACTIONS, playheadOf, type EditorState, type HeadlessEditor } from '../../../../core/editor';
import type { Design } from '../../../../core/schema/design';
import { ScenePlayer, type DrawnFrame } from './player';
import type { MediaState } from './playerMedia';

export interface Playback {
  /** The canvas the player draws on (laid over the editing canvas while previewing). */
  canvasRef: (element: HTMLCanvasElement | null) => void;
  /** Whether the player's picture is shown instead of the editing canvas. */
  previewing: boolean;
  /** Back to editing (a click on the canvas). */
  stopPreview: () => void;
  /** The last frame drawn (tests). */
  lastFrame: () => DrawnFrame | null;
  /** What the soundtrack's and the clips' media elements are doing (tests). */
  media: () => MediaState | null;
}

/** The player draws at most this long a side (the preview, not the export). */
const PREVIEW_SIDE = 960;

export function usePlayback(editor: HeadlessEditor, state: EditorState, design: Design, enabled: boolean): Playback {
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const player = useRef<ScenePlayer | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const playheadMs = playheadOf(state);
  const playing = state.playing === true;
  const rate = state.playRate ?? 1;

  useEffect(() => {
    if (!canvas) return;
    const scale = Math.min(1, PREVIEW_SIDE / Math.max(design.format.width, design.format.height));
    canvas.width = Math.round(design.format.width * scale);
    canvas.height = Math.round(design.format.height * scale);
    const made = new ScenePlayer(canvas);
    player.current = made;
    return () => {
      made.dispose();
      if (player.current === made) player.current = null;
    };
  }, [canvas, design.format]);

  // A playhead moved by the timeline or the keys shows the player's picture until the user edits.
  const previous = useRef(playheadMs);
  useEffect(() => {
    if (!enabled) return;
    if (playing || previous.current !== playheadMs) setPreviewing(true);
    previous.current = playheadMs;
  }, [enabled, playing, playheadMs]);

  // Paused: silence, and draw the playhead's moment (and again after an edit).
  useEffect(() => {
    if (!enabled || playing) return;
    player.current?.media.stop();
    if (!previewing) return;
    player.current?.setDesign(design);
    void player.current?.draw(playheadMs);
  }, [enabled, playing, previewing, design, playheadMs, canvas]);

  // Playing: the clock is performance.now(), anchored where play (or a new rate) began.
  useEffect(() => {
    if (!enabled || !playing) return;
    player.current?.setDesign(design);
    let anchorClock = performance.now();
    let anchorMs = playheadOf(editor.getState());
    let placed = anchorMs;
    let frame = 0;
    const tick = () => {
      const now = performance.now();
      const current = editor.getState();
      if (!current.playing) return;
      // A seek elsewhere since the last tick (a scrub while playing): go on from there.
      if (playheadOf(current) !== placed) {
        anchorClock = now;
        anchorMs = playheadOf(current);
      }
      const wanted = anchorMs + (now - anchorClock) * rate;
      const next = editor.run(ACTIONS.seek, { ms: wanted });
      placed = playheadOf(next);
      player.current?.media.sync(playheadOf(next), next.playing === true, rate);
      void player.current?.draw(playheadOf(next), next.playing === true);
      if (next.playing) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
      player.current?.media.stop();
    };
  }, [enabled, playing, rate, editor, design, canvas]);

  return {
    canvasRef: setCanvas,
    previewing: enabled && (playing || previewing),
    stopPreview: () => {
      if (playing) editor.run(ACTIONS.pause);
      // A seek made with this (a layer picked on another scene) must not bring the preview back.
      previous.current = playheadOf(editor.getState());
      setPreviewing(false);
    },
    lastFrame: () => player.current?.last ?? null,
    media: () => player.current?.media.state() ?? null,
  };
}
