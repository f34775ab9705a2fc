/**
 * The player's sound and moving pictures (docs/architecture.md, "Video"): the soundtrack in an
 * HTMLAudioElement and each clip in an HTMLVideoElement (its own sound included), both loaded from
 * the bridge's media URLs (`asset://` in Electron, `/media/asset/...` in browser mode, served by
 * byte range so they can seek). Every number comes from core/video, the functions the export's
 * graph is built from: `frameAt` says which moment of its file a clip shows (`clipMediaMsAt`),
 * `clipSourceRect` the part of its picture its crop keeps and `clipFit` where that goes,
 * `musicAt` the soundtrack's file position and gain (volume, fades, loop, ducking under the clips
 * that are heard, `clipSpan`).
 *
 * Playing, `sync` runs each element at the playhead's rate and puts it back at the playhead when it
 * has drifted (a seek while playing resyncs); the music's gain is set on every tick. Paused,
 * everything is silent and `paint` seeks each shown clip to its frame and waits for `seeked`.
 * At 4x and 8x (J/K/L) the pictures run at that playbackRate and the sound is muted; backwards,
 * the clips seek frame by frame and nothing sounds. Loudness normalisation is an export step: it
 * moves the whole mix by one gain, so the levels heard here relative to each other are the
 * export's.
 */
import type { Design, VideoElement } from '../../../../core/schema/design';
import { clipSpan, musicAt, musicSpan, type ClipSpan } from '../../../../core/video/audio';
import { boxBlurSigma, CLIP_BLUR, clipFit } from '../../../../core/video/clip';
import { clipSourceRect } from '../../../../core/video/clipCrop';
import type { SceneFrame, VideoFrame } from '../../../../core/video/frame';
import { frameAt } from '../../../../core/video/frame';
import { layerWindow, type VideoTimeline } from '../../../../core/video/timeline';
import { getBridge } from '../../bridge';

/** A media element further than this from the playhead (seconds, per 1x of rate) is put back. */
const DRIFT_S = 0.12;
/** Above this J/K/L rate the sound is muted (the pictures still run at the rate). */
export const MAX_AUDIBLE_RATE = 2;
/** A seek that has not answered by then is given up (the clip keeps its last frame). */
const SEEK_TIMEOUT_MS = 4000;

interface Clip {
  key: string;
  element: VideoElement;
  video: HTMLVideoElement;
  /** The clip's picture at its box's size in the preview, fitted: the source of its Fabric image. */
  canvas: HTMLCanvasElement;
}

/** What the media elements are doing (tests read it through the editor's test hook). */
export interface MediaState {
  music: { assetId: string; currentTime: number; paused: boolean; muted: boolean; volume: number; playbackRate: number } | null;
  clips: Array<{ key: string; currentTime: number; paused: boolean; muted: boolean; volume: number; playbackRate: number }>;
}

type HeardSpan = ClipSpan & { key: string };

const clipKey = (pageId: string, elementId: string) => `${pageId}/${elementId}`;

function waitFor(target: HTMLMediaElement, event: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      target.removeEventListener(event, done);
      target.removeEventListener('error', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    target.addEventListener(event, done, { once: true });
    target.addEventListener('error', done, { once: true });
  });
}

/** play() without an unhandled rejection (a pause meanwhile, or no user gesture yet). */
function start(media: HTMLMediaElement): void {
  media.play().catch(() => undefined);
}

export class PlayerMedia {
  private design: Design | null = null;
  private timeline: VideoTimeline | null = null;
  private music: { assetId: string; audio: HTMLAudioElement } | null = null;
  private readonly clips = new Map<string, Clip>();
  /** Whether a video asset has sound, from the library (what the export's probe finds); unknown = yes. */
  private readonly hasAudio = new Map<string, boolean>();
  private asked = false;

  setDesign(design: Design, timeline: VideoTimeline): void {
    this.design = design;
    this.timeline = timeline;
    const wanted = design.audio?.assetId ?? null;
    if (this.music && this.music.assetId !== wanted) {
      this.release(this.music.audio);
      this.music = null;
    }
    if (wanted && !this.music) {
      const audio = new Audio();
      audio.preload = 'auto';
      audio.src = getBridge().mediaUrl('asset', wanted);
      this.music = { assetId: wanted, audio };
    }
    const live = new Set(design.pages.flatMap((page) => page.elements.filter((el) => el.type === 'video').map((el) => clipKey(page.id, el.id))));
    for (const [key, clip] of this.clips) {
      if (!live.has(key)) {
        this.release(clip.video);
        this.clips.delete(key);
      }
    }
    if (live.size > 0 && !this.asked) this.askHasAudio();
  }

  /** The canvas a clip's picture is drawn on, `scale` times its box (the preview's scale). */
  clipCanvas(pageId: string, element: VideoElement, scale: number): HTMLCanvasElement {
    return this.clip(pageId, element, scale).canvas;
  }

  /**
   * Draws each clip shown in `frame` at its moment. `seek` (paused, scrubbing): each one is first
   * sought to its frame and drawn once `seeked` has fired; playing, the frame it is on is drawn.
   */
  async paint(frame: VideoFrame, scale: number, seek: boolean): Promise<void> {
    const shown = this.shownClips(frame, scale);
    if (seek) await Promise.all(shown.map(({ clip, ms }) => this.seekTo(clip, ms)));
    for (const { clip } of shown) this.draw(clip);
  }

  /** Playing at `rate` (J/K/L), or silent and still when not playing. */
  sync(timeMs: number, playing: boolean, rate: number): void {
    const design = this.design;
    const timeline = this.timeline;
    if (!design || !timeline || !playing || rate === 0) return this.stop();
    const audible = rate > 0 && rate <= MAX_AUDIBLE_RATE;
    const frame = frameAt(design, timeMs, timeline);
    const heard = this.heard();
    const drift = DRIFT_S * Math.max(1, Math.abs(rate));

    // The clips: each one shown runs at its speed times the rate; the others wait.
    const running = new Set<string>();
    if (frame) {
      for (const { clip, ms, span } of this.shownClips(frame, null, heard)) {
        running.add(clip.key);
        const { video } = clip;
        const target = this.clampToFile(video, ms / 1000);
        const speaking = audible && span !== null && timeMs >= span.startMs && timeMs < span.endMs;
        video.muted = !speaking;
        video.volume = Math.max(0, Math.min(1, clip.element.volume));
        const held = clip.element.trimOutMs !== undefined && ms >= clip.element.trimOutMs;
        if (rate < 0 || held) {
          // Backwards (no browser plays media in reverse) or past the trim-out: shown still at its moment.
          if (!video.paused) video.pause();
          if (Math.abs(video.currentTime - target) > 0.02 && !video.seeking) video.currentTime = target;
          continue;
        }
        video.playbackRate = (clip.element.speed ?? 1) * rate;
        if (video.paused) {
          video.currentTime = target;
          start(video);
        } else if (Math.abs(video.currentTime - target) > drift && !video.seeking) video.currentTime = target;
      }
    }
    for (const clip of this.clips.values()) if (!running.has(clip.key) && !clip.video.paused) clip.video.pause();

    // The soundtrack: at its place in the file, at musicAt's gain.
    const music = this.music;
    const audio = design.audio;
    if (!music || !audio) return;
    const player = music.audio;
    const fileMs = player.duration * 1000;
    const span = Number.isFinite(fileMs) ? musicSpan(audio, fileMs, timeline.durationMs) : null;
    const at = span ? musicAt(audio, span, heard, timeMs) : null;
    if (!at || !audible) {
      if (!player.paused) player.pause();
      return;
    }
    player.volume = Math.max(0, Math.min(1, at.gain));
    player.playbackRate = rate;
    const target = at.sourceMs / 1000;
    if (player.paused) {
      player.currentTime = target;
      start(player);
    } else if (Math.abs(player.currentTime - target) > drift && !player.seeking) player.currentTime = target;
  }

  /** Everything silent and still (pause). */
  stop(): void {
    if (this.music && !this.music.audio.paused) this.music.audio.pause();
    for (const clip of this.clips.values()) if (!clip.video.paused) clip.video.pause();
  }

  state(): MediaState {
    const music = this.music;
    return {
      music: music ? { assetId: music.assetId, currentTime: music.audio.currentTime, paused: music.audio.paused, muted: music.audio.muted, volume: music.audio.volume, playbackRate: music.audio.playbackRate } : null,
      clips: [...this.clips.values()].map(({ key, video }) => ({ key, currentTime: video.currentTime, paused: video.paused, muted: video.muted, volume: video.volume, playbackRate: video.playbackRate })),
    };
  }

  dispose(): void {
    if (this.music) this.release(this.music.audio);
    this.music = null;
    for (const clip of this.clips.values()) this.release(clip.video);
    this.clips.clear();
  }

  private clip(pageId: string, element: VideoElement, scale: number | null): Clip {
    const key = clipKey(pageId, element.id);
    let clip = this.clips.get(key);
    if (clip && clip.element.assetId !== element.assetId) {
      this.release(clip.video);
      clip = undefined;
    }
    if (!clip) {
      const video = document.createElement('video');
      // Untainted canvases (the media servers answer with CORS headers), as the still's decoder asks.
      video.crossOrigin = 'anonymous';
      video.preload = 'auto';
      video.playsInline = true;
      video.muted = true;
      video.src = getBridge().mediaUrl('asset', element.assetId);
      clip = { key, element, video, canvas: document.createElement('canvas') };
      this.clips.set(key, clip);
    }
    clip.element = element;
    if (scale !== null) {
      const width = Math.max(1, Math.round(element.width * scale));
      const height = Math.max(1, Math.round(element.height * scale));
      if (clip.canvas.width !== width) clip.canvas.width = width;
      if (clip.canvas.height !== height) clip.canvas.height = height;
    }
    return clip;
  }

  /** The clips `frame` shows (its scene and, in a transition, the next), each at its moment. */
  private shownClips(frame: VideoFrame, scale: number | null, heard: HeardSpan[] = []): Array<{ clip: Clip; ms: number; span: ClipSpan | null }> {
    const design = this.design!;
    const shown: Array<{ clip: Clip; ms: number; span: ClipSpan | null }> = [];
    const scenes: SceneFrame[] = frame.next ? [frame.scene, frame.next] : [frame.scene];
    for (const scene of scenes) {
      const page = design.pages[scene.index];
      for (const layer of scene.layers) {
        if (layer.clipMs === null) continue;
        const element = page.elements.find((el): el is VideoElement => el.id === layer.id && el.type === 'video');
        if (!element || element.hidden) continue;
        const clip = this.clip(page.id, element, scale);
        shown.push({ clip, ms: layer.clipMs, span: heard.find((span) => span.key === clip.key) ?? null });
      }
    }
    return shown;
  }

  /** The clips that are heard, where (clipSpan, as the export's mix places them): the music ducks under them. */
  private heard(): HeardSpan[] {
    const design = this.design!;
    const timeline = this.timeline!;
    const spans: HeardSpan[] = [];
    timeline.scenes.forEach((scene) => {
      const page = design.pages[scene.index];
      for (const element of page.elements) {
        if (element.type !== 'video' || element.hidden) continue;
        const key = clipKey(page.id, element.id);
        const duration = this.clips.get(key)?.video.duration;
        const span = clipSpan(
          {
            index: 0,
            element,
            sceneStartMs: scene.startMs,
            window: layerWindow(element, scene.durationMs),
            hasAudio: this.hasAudio.get(element.assetId) ?? true,
            ...(duration !== undefined && Number.isFinite(duration) ? { audioMs: duration * 1000 } : {}),
          },
          timeline.durationMs,
        );
        if (span) spans.push({ ...span, key });
      }
    });
    return spans;
  }

  /** A moment inside the file (a file shorter than the trimmed part shows its last frame, as ffmpeg does). */
  private clampToFile(video: HTMLVideoElement, seconds: number): number {
    return Number.isFinite(video.duration) ? Math.max(0, Math.min(seconds, video.duration - 0.001)) : Math.max(0, seconds);
  }

  private async seekTo(clip: Clip, ms: number): Promise<void> {
    const { video } = clip;
    if (video.readyState < HTMLMediaElement.HAVE_METADATA) await waitFor(video, 'loadedmetadata', SEEK_TIMEOUT_MS);
    const target = this.clampToFile(video, ms / 1000);
    if (Math.abs(video.currentTime - target) < 0.0005 && !video.seeking) {
      if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) await waitFor(video, 'loadeddata', SEEK_TIMEOUT_MS);
      return;
    }
    video.currentTime = target;
    // A 'seeked' heard here may be an earlier seek's, dispatched after this one began (a scrub right
    // after a pause): its frame is not this one. Wait until the element has stopped seeking.
    const deadline = performance.now() + SEEK_TIMEOUT_MS;
    while (video.seeking && performance.now() < deadline) await waitFor(video, 'seeked', deadline - performance.now());
  }

  /** The clip's current frame into its canvas: the part its crop keeps (clipSourceRect), fitted as graph.ts's fitChain fits it. */
  private draw(clip: Clip): void {
    const { video, canvas, element } = clip;
    const ctx = canvas.getContext('2d');
    if (!ctx || !video.videoWidth || !video.videoHeight || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return;
    const kept = clipSourceRect(element, { width: video.videoWidth, height: video.videoHeight });
    const { width: cw, height: ch } = canvas;
    const fitted = clipFit(kept.width, kept.height, cw, ch);
    const cover = { ...fitted.cover, x: kept.x + fitted.cover.x, y: kept.y + fitted.cover.y };
    const { contain } = fitted;
    ctx.clearRect(0, 0, cw, ch);
    const fit = element.fit ?? 'cover';
    if (fit === 'cover') {
      ctx.drawImage(video, cover.x, cover.y, cover.width, cover.height, 0, 0, cw, ch);
      return;
    }
    if (fit === 'blurFill') {
      // The blur at the export's size, brought to the preview's; drawn past the edges so they stay opaque.
      const sigma = (boxBlurSigma(CLIP_BLUR.radius, CLIP_BLUR.power) * cw) / element.width;
      const pad = Math.ceil(sigma * 2);
      ctx.save();
      ctx.filter = `blur(${sigma}px)`;
      ctx.drawImage(video, cover.x, cover.y, cover.width, cover.height, -pad, -pad, cw + 2 * pad, ch + 2 * pad);
      ctx.restore();
    }
    ctx.drawImage(video, kept.x, kept.y, kept.width, kept.height, contain.x, contain.y, contain.width, contain.height);
  }

  /** Which video assets have sound: the library knows (its import probed each file). */
  private askHasAudio(): void {
    this.asked = true;
    getBridge()
      .api['assets.list']({ kind: 'video', limit: 5000 })
      .then(({ assets }) => {
        for (const asset of assets) this.hasAudio.set(asset.id, asset.audioCodec !== undefined);
      })
      .catch(() => undefined);
  }

  private release(media: HTMLMediaElement): void {
    media.pause();
    media.removeAttribute('src');
    media.load();
  }
}
