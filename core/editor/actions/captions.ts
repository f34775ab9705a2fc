/**
 * The caption lane of a video (issue 13, "Captions"; docs/architecture.md, "Video"): import a
 * caption file, add, edit and delete cues, and the burned-in style. Cues stay in time order and
 * never overlap: an edit that would cross a neighbour stops at it, one that would leave a cue
 * ending before it starts changes nothing. Only a video has a caption lane.
 */
import type { Captions, Cue } from '../../schema/design';
import { CAPTION_POSITIONS, CAPTION_PRESETS, VIDEO_LIMITS } from '../../schema/constants';
import { newId } from '../../schema/factory';
import { cleanText, MAX_CUE_MS, parseCaptions, type CaptionFormat } from '../../video/captions';
import type { EditorState, Perform } from '../types';

/** A new cue lasts 2 s (less when the next one starts sooner); shorter than 100 ms is no cue. */
export const NEW_CUE_MS = 2000;
export const MIN_CUE_MS = 100;

export type CaptionStyle = Omit<Captions, 'cues'>;

/** The style of a lane made by the first import or cue: word highlight at the bottom, white on the video, yellow accent. */
export function defaultCaptionStyle(formatWidth: number): CaptionStyle {
  return { burnIn: true, preset: 'highlight', position: 'bottom', fontFamily: 'Inter', fontSize: Math.min(400, Math.max(8, Math.round((formatWidth * 64) / 1080))), color: '#FFFFFF', accent: '#FFD166' };
}

export function hasCaptionLane(state: EditorState): boolean {
  return state.design.kind === 'video';
}

function withCues(state: EditorState, cues: Cue[]): EditorState {
  const current = state.design.captions;
  const style = current ? { ...current } : defaultCaptionStyle(state.design.format.width);
  return { ...state, design: { ...state.design, captions: { ...style, cues } } };
}

/**
 * Replaces the lane's cues with a caption file's (SRT or WebVTT, core/video/captions.ts), keeping
 * the style. A file that cannot be read throws its refusal (a MessageError naming the line) and
 * changes nothing.
 */
export const importCaptions: Perform<{ text: string; format?: CaptionFormat }> = (state, { text, format }) => {
  if (!hasCaptionLane(state)) return state;
  return withCues(state, parseCaptions(text, format).map((cue) => ({ ...cue, id: newId('cue') })));
};

/**
 * A cue at a time (the playhead): after the cue playing then, if any, lasting NEW_CUE_MS or up to
 * the next cue. No room (under MIN_CUE_MS): no change.
 */
export const addCue: Perform<{ atMs: number; text: string; id?: string; durationMs?: number }> = (state, { atMs, text, id, durationMs }) => {
  if (!hasCaptionLane(state)) return state;
  const words = cleanText(text).slice(0, VIDEO_LIMITS.maxCueLength);
  const cues = state.design.captions?.cues ?? [];
  if (words === '' || cues.length >= VIDEO_LIMITS.maxCues) return state;
  let startMs = clamp(Math.round(atMs), 0, MAX_CUE_MS);
  const playing = cues.find((c) => c.startMs <= startMs && startMs < c.endMs);
  if (playing) startMs = playing.endMs;
  const next = cues.find((c) => c.startMs >= startMs);
  const endMs = Math.min(startMs + Math.round(durationMs ?? NEW_CUE_MS), next ? next.startMs : MAX_CUE_MS, MAX_CUE_MS);
  if (endMs - startMs < MIN_CUE_MS) return state;
  const cue: Cue = { id: id ?? newId('cue'), startMs, endMs, text: words };
  return withCues(state, [...cues, cue].sort((a, b) => a.startMs - b.startMs));
};

/**
 * A cue's words or times. A time is kept between the neighbours (a start no earlier than the
 * previous cue's end, an end no later than the next one's start); a start at or after the end, or
 * empty words, changes nothing.
 */
export const updateCue: Perform<{ id: string; text?: string; startMs?: number; endMs?: number }> = (state, { id, text, startMs, endMs }) => {
  const cues = state.design.captions?.cues ?? [];
  const index = cues.findIndex((c) => c.id === id);
  if (index < 0) return state;
  const cue = cues[index];
  const before = cues[index - 1];
  const after = cues[index + 1];
  const next: Cue = { ...cue };
  if (text !== undefined) {
    const words = cleanText(text).slice(0, VIDEO_LIMITS.maxCueLength);
    if (words === '') return state;
    next.text = words;
  }
  if (startMs !== undefined) next.startMs = clamp(Math.round(startMs), before ? before.endMs : 0, MAX_CUE_MS);
  if (endMs !== undefined) next.endMs = clamp(Math.round(endMs), 0, after ? after.startMs : MAX_CUE_MS);
  if (next.endMs <= next.startMs) return state;
  if (next.text === cue.text && next.startMs === cue.startMs && next.endMs === cue.endMs) return state;
  return withCues(state, cues.map((c, i) => (i === index ? next : c)));
};

export const deleteCue: Perform<{ id: string }> = (state, { id }) => {
  const cues = state.design.captions?.cues ?? [];
  if (!cues.some((c) => c.id === id)) return state;
  return withCues(state, cues.filter((c) => c.id !== id));
};

/** The burned-in look: preset, position, colours, size, font, burn-in. Invalid values are ignored. */
export const setCaptionStyle: Perform<Partial<CaptionStyle> & { control?: string }> = (state, change) => {
  if (!hasCaptionLane(state)) return state;
  const current = state.design.captions ?? { ...defaultCaptionStyle(state.design.format.width), cues: [] };
  const next: Captions = { ...current };
  if (change.burnIn !== undefined) next.burnIn = change.burnIn;
  if (change.preset !== undefined && CAPTION_PRESETS.includes(change.preset)) next.preset = change.preset;
  if (change.position !== undefined && CAPTION_POSITIONS.includes(change.position)) next.position = change.position;
  if (change.fontFamily !== undefined && change.fontFamily.trim() !== '') next.fontFamily = change.fontFamily.trim().slice(0, 100);
  if (change.fontSize !== undefined && Number.isFinite(change.fontSize)) next.fontSize = clamp(Math.round(change.fontSize), 8, 400);
  if (change.color !== undefined && COLOR.test(change.color)) next.color = change.color;
  if (change.accent !== undefined && COLOR.test(change.accent)) next.accent = change.accent;
  if (state.design.captions && JSON.stringify(next) === JSON.stringify(state.design.captions)) return state;
  return { ...state, design: { ...state.design, captions: next } };
};

const COLOR = /^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
