/**
 * The seam between the video export and the soundtrack's mix (docs/architecture.md, "Video").
 * The export adds the music file and every clip's file as ffmpeg inputs and asks `planAudio` for
 * the audio part of its graph: filters ending in the `output` label, or null when there is nothing
 * to mix, and the export then writes a silent stereo track of the video's exact length.
 *
 * This module answers null until the mix (music, clips' sound, ducking, loudness) is plugged in
 * here with the same signature.
 */
import type { Design } from '../../../core/schema';
import type { VideoElement } from '../../../core/schema/design';
import type { VideoTimeline } from '../../../core/video/timeline';

export interface AudioInputs {
  /** The soundtrack's file, when the design has one, and its ffmpeg input index. */
  music?: { index: number; path: string };
  /** Each clip's input, where it starts on the video's clock and its window inside its scene. */
  clips: { index: number; element: VideoElement; sceneStartMs: number; window: { inMs: number; outMs: number }; hasAudio: boolean }[];
}

export interface AudioPlanRequest {
  design: Design;
  timeline: VideoTimeline;
  inputs: AudioInputs;
  signal?: AbortSignal;
}

/** Filters (joined into the export's filter_complex) whose last one ends in `[output]`. */
export interface AudioPlan {
  filters: string[];
  output: string;
}

export async function planAudio(_request: AudioPlanRequest): Promise<AudioPlan | null> {
  return null;
}
