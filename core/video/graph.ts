/**
 * The export's filter graph (docs/architecture.md, "Video"), built by a pure function from a
 * render plan: what was drawn to which file, per scene, bottom to top. What does not move was
 * drawn once by the Node renderer (the same pixels as a still export); ffmpeg does the motion,
 * the Ken Burns moves, the clips, the transitions and the encode, in one graph.
 *
 * Each scene is a stream of exactly its frames: its base plate (background and the static
 * elements under the first moving one) decoded once and repeated with the `loop` filter, then its
 * layers overlaid in z-order, then normalised (`fps`, yuv420p, square pixels, `trim`) so that
 * `xfade` accepts two of them; scenes are joined by `xfade` at the offsets of the timeline
 * (core/video/timeline.ts), or by `concat` for a cut. The motion expressions come from
 * core/video/motion.ts, the one definition of every easing and animation.
 *
 * Inputs are files named by the caller (never written into the graph): a hostile design name or
 * path cannot break a filter string. Transition names are checked against the installed ffmpeg's
 * list before the graph is built (`unknownTransitions`).
 */
import type { Element, ImageElement, VideoElement } from '../schema/design';
import { CLIP_BLUR } from './clip';
import { kenBurnsExprs, layerExprs } from './motion';
import { frameCount, layerWindow, type VideoTimeline } from './timeline';

/** A rectangle in pixels of the format, whole pixels. */
export interface PixelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * One layer of a scene:
 * - `plate`: static elements merged into one RGBA picture of the whole format (the first plate of
 *   a scene also holds its background, so it is opaque);
 * - `moving`: one element with timing, drawn alone; `box` is where that picture goes, at rest;
 * - `kenBurns`: an image drawn alone at `zoom` times its size (its fullest zoom), `box` its frame;
 *   `opaque` when every pixel of it is (its window then moves in yuv420p: perspective costs about
 *   half as much there as in RGBA);
 * - `clip`: a video element's file, placed in `box`.
 */
export type PlanLayer =
  | { kind: 'plate'; file: string }
  | { kind: 'moving'; file: string; element: Element; box: PixelBox }
  | { kind: 'kenBurns'; file: string; element: ImageElement; box: PixelBox; zoom: number; opaque?: boolean }
  | { kind: 'clip'; file: string; element: VideoElement; box: PixelBox };

export interface ScenePlan {
  layers: PlanLayer[];
}

export interface RenderPlan {
  format: { width: number; height: number };
  timeline: VideoTimeline;
  /** One per scene of the timeline, in order. Each starts with a plate. */
  scenes: ScenePlan[];
}

/** One ffmpeg input: its file and the input options that go before its `-i`. */
export interface GraphInput {
  file: string;
  options: string[];
}

export interface VideoGraph {
  inputs: GraphInput[];
  /** Filter chains, joined with `;` into the `filter_complex`. */
  filters: string[];
  /** The label of the finished picture (`[v]`-style, without brackets). */
  video: string;
  /** The clips' inputs, for the soundtrack's mix (the audio seam). */
  clips: { index: number; element: VideoElement; sceneStartMs: number; window: { inMs: number; outMs: number } }[];
  width: number;
  height: number;
  fps: number;
  durationMs: number;
}

const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(6).replace(/0+$/, '').replace(/\.$/, ''));
const sec = (ms: number) => num(ms / 1000);
/** The frame size an encoder takes: yuv420p needs even sides. */
export const evenSize = (n: number) => Math.max(2, n - (n % 2));

/** Transitions of the timeline that the installed ffmpeg does not list (empty when all are known). */
export function unknownTransitions(timeline: VideoTimeline, installed: readonly string[]): { scene: number; name: string }[] {
  return timeline.scenes
    .filter((scene) => scene.transitionOut && scene.transitionOut.kind !== 'cut' && !installed.includes(scene.transitionOut.kind))
    .map((scene) => ({ scene: scene.index, name: scene.transitionOut!.kind }));
}

/** Builds the graph. `captionFilter` goes at the very end of the picture's chain (the captions seam). */
export function buildVideoGraph(plan: RenderPlan, options: { captionFilter?: string | null } = {}): VideoGraph {
  const { timeline, format } = plan;
  const fps = timeline.fps;
  const inputs: GraphInput[] = [];
  const filters: string[] = [];
  const clips: VideoGraph['clips'] = [];
  const addInput = (file: string, opts: string[] = []) => inputs.push({ file, options: opts }) - 1;
  const width = evenSize(format.width);
  const height = evenSize(format.height);

  const sceneLabels = timeline.scenes.map((scene, s) => {
    const layers = plan.scenes[s]?.layers ?? [];
    const frames = Math.max(1, Math.ceil((scene.durationMs * fps) / 1000));
    // A picture decoded once and repeated for every frame of the scene, on the scene's clock (1/fps),
    // one frame more than the scene holds: `fps` drops a stream's last frame after an overlay ends.
    const still = (index: number) => `[${index}:v]loop=loop=${frames}:size=1:start=0,settb=expr=1/${fps},setpts=N`;
    let base = `s${s}l0`;
    const first = layers[0];
    if (!first || first.kind !== 'plate') throw new Error(`scene ${s} has no base plate`);
    filters.push(`${still(addInput(first.file))},format=rgba[${base}]`);
    layers.slice(1).forEach((layer, i) => {
      const label = `s${s}l${i + 1}`;
      const top = `s${s}t${i + 1}`;
      switch (layer.kind) {
        case 'plate': {
          filters.push(`${still(addInput(layer.file))},format=rgba[${top}]`);
          filters.push(`[${base}][${top}]overlay=x=0:y=0:format=auto[${label}]`);
          break;
        }
        case 'moving': {
          filters.push(`${still(addInput(layer.file))},format=rgba${animated(layer.element, format, scene.durationMs)}[${top}]`);
          filters.push(`[${base}][${top}]${placed(layer.element, layer.box, format, scene.durationMs)}[${label}]`);
          break;
        }
        case 'kenBurns': {
          const kb = layer.element.kenBurns!;
          const { inMs, outMs } = layerWindow(layer.element, scene.durationMs);
          // Progress over the layer's window, from the frame number: perspective knows no `t`.
          const p = `clip((in/${fps}-${sec(inMs)})/${sec(Math.max(1, outMs - inMs))},0,1)`;
          const e = kenBurnsExprs(kb, p);
          // The window of the picture shown, in pixels of the picture drawn at full zoom (W x H):
          // at zoom z it is W/z wide, placed at fx of the room left.
          const left = `(${e.fx})*(W-W/(${e.zoom}))`;
          const topY = `(${e.fy})*(H-H/(${e.zoom}))`;
          const right = `${left}+W/(${e.zoom})`;
          const bottom = `${topY}+H/(${e.zoom})`;
          const persp = `perspective=x0='${left}':y0='${topY}':x1='${right}':y1='${topY}':x2='${left}':y2='${bottom}':x3='${right}':y3='${bottom}':interpolation=linear:sense=source:eval=frame`;
          filters.push(
            `${still(addInput(layer.file))},format=${layer.opaque ? 'yuv420p' : 'rgba'},${persp},scale=${layer.box.width}:${layer.box.height}:flags=bicubic${animated(layer.element, format, scene.durationMs)}[${top}]`,
          );
          filters.push(`[${base}][${top}]${placed(layer.element, layer.box, format, scene.durationMs)}[${label}]`);
          break;
        }
        case 'clip': {
          const el = layer.element;
          const trimIn = el.trimInMs;
          const opts = ['-ss', sec(trimIn)];
          if (el.trimOutMs !== undefined && el.trimOutMs > trimIn) opts.push('-t', sec(el.trimOutMs - trimIn));
          const index = addInput(layer.file, opts);
          const window = layerWindow(el, scene.durationMs);
          clips.push({ index, element: el, sceneStartMs: scene.startMs, window });
          const speed = el.speed ?? 1;
          const { width: w, height: h } = layer.box;
          const fitted = fitChain(el.fit ?? 'cover', w, h, `s${s}c${i + 1}`);
          const fade = el.opacity < 1 ? `,colorchannelmixer=aa=${num(el.opacity)}` : '';
          // Starts at the layer's in-time on the scene's clock; shown until its out-time.
          filters.push(
            `[${index}:v]setpts=(PTS-STARTPTS)/${num(speed)},fps=${fps},${fitted}${fade},trim=duration=${sec(window.outMs - window.inMs)},setpts=PTS-STARTPTS+${sec(window.inMs)}/TB${animated(el, format, scene.durationMs)}[${top}]`,
          );
          filters.push(`[${base}][${top}]${placed(el, layer.box, format, scene.durationMs)}[${label}]`);
          break;
        }
      }
      base = label;
    });
    const out = `s${s}`;
    const size = width === format.width && height === format.height ? '' : `,crop=${width}:${height}:0:0`;
    // RGB to BT.709 limited range (what the file is tagged as, encoderArgs), once per scene.
    filters.push(`[${base}]fps=${fps},trim=duration=${sec(scene.durationMs)},setpts=PTS-STARTPTS${size},scale=out_color_matrix=bt709:out_range=tv,format=yuv420p,setsar=1[${out}]`);
    return out;
  });

  // Scenes joined in order: xfade at the next scene's start on the video's clock, concat for a cut.
  let joined = sceneLabels[0];
  for (let s = 1; s < sceneLabels.length; s++) {
    const previous = timeline.scenes[s - 1];
    const next = `j${s}`;
    const transition = previous.transitionOut;
    if (transition && transition.kind !== 'cut' && transition.durationMs > 0) {
      filters.push(`[${joined}][${sceneLabels[s]}]xfade=transition=${transition.kind}:duration=${sec(transition.durationMs)}:offset=${sec(timeline.scenes[s].startMs)}[${next}]`);
    } else {
      // concat answers on a microsecond clock; xfade takes only equal time bases: back to 1/fps.
      filters.push(`[${joined}][${sceneLabels[s]}]concat=n=2:v=1:a=0,settb=expr=1/${fps}[${next}]`);
    }
    joined = next;
  }
  const captions = options.captionFilter ? `,${options.captionFilter}` : '';
  filters.push(`[${joined}]settb=expr=1/${fps},setpts=N,trim=duration=${sec(timeline.durationMs)}${captions},format=yuv420p[v]`);
  return { inputs, filters, video: 'v', clips, width, height, fps, durationMs: timeline.durationMs };
}

/** The layer's opacity and pop, on its own picture (before it is placed). Empty when it has none. */
function animated(element: Element, format: { width: number; height: number }, sceneMs: number): string {
  if (!element.timing) return '';
  // geq's time variable is T; it runs only while the opacity changes (elsewhere it is 1).
  const e = layerExprs(element, format, sceneMs, 'T');
  const parts: string[] = [];
  if (e.opacity) {
    const windows = fadeWindows(element, sceneMs)
      .map(([a, b]) => `between(t,${sec(a)},${sec(b)})`)
      .join('+');
    parts.push(`format=rgba,geq=r='r(X,Y)':g='g(X,Y)':b='b(X,Y)':a='alpha(X,Y)*(${e.opacity})':enable='${windows}'`);
  }
  if (e.scale) {
    const s = layerExprs(element, format, sceneMs, 't').scale!;
    parts.push(`scale=w='max(2,iw*(${s}))':h='max(2,ih*(${s}))':eval=frame`);
  }
  return parts.length ? `,${parts.join(',')}` : '';
}

/** Where an element's opacity changes: the spans of its fading in and out animations. */
function fadeWindows(element: Element, sceneMs: number): [number, number][] {
  const { inMs, outMs } = layerWindow(element, sceneMs);
  const { animationIn, animationOut } = element.timing ?? {};
  const spans: [number, number][] = [];
  if (animationIn && (animationIn.kind === 'fade' || animationIn.fade)) spans.push([inMs, inMs + animationIn.durationMs]);
  if (animationOut && (animationOut.kind === 'fade' || animationOut.fade)) spans.push([outMs - animationOut.durationMs, outMs]);
  return spans;
}

/** The overlay that places a layer: its box, moved by dx/dy, centred when scaled, shown in its window. */
function placed(element: Element, box: PixelBox, format: { width: number; height: number }, sceneMs: number): string {
  const e = layerExprs(element, format, sceneMs, 't');
  // A popped picture is smaller or larger than the box: centred on the box's centre.
  const cx = e.scale ? `+(${box.width}-w)/2` : '';
  const cy = e.scale ? `+(${box.height}-h)/2` : '';
  // overlay truncates its position: rounded here, a moving layer is never more than half a pixel off.
  const x = e.dx || e.scale ? `round(${box.x}${e.dx ? `+(${e.dx})` : ''}${cx})` : String(box.x);
  const y = e.dy || e.scale ? `round(${box.y}${e.dy ? `+(${e.dy})` : ''}${cy})` : String(box.y);
  const moving = e.dx || e.dy || e.scale;
  return `overlay=x='${x}':y='${y}':enable='${e.enable}':eval=${moving ? 'frame' : 'init'}:format=auto`;
}

/** A clip fitted to its box: cover (cropped), contain (letterboxed, transparent around), or contain over a blurred cover of itself. */
function fitChain(fit: 'cover' | 'contain' | 'blurFill', w: number, h: number, id: string): string {
  const cover = `scale=${w}:${h}:force_original_aspect_ratio=increase,crop=${w}:${h}`;
  const contain = `scale=${w}:${h}:force_original_aspect_ratio=decrease`;
  switch (fit) {
    case 'cover':
      return `${cover},setsar=1,format=rgba`;
    case 'contain':
      return `${contain},setsar=1,format=rgba,pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2:color=black@0`;
    case 'blurFill':
      return `split[${id}a][${id}b];[${id}a]${cover},boxblur=${CLIP_BLUR.radius}:${CLIP_BLUR.power},setsar=1[${id}bg];[${id}b]${contain},setsar=1[${id}fg];[${id}bg][${id}fg]overlay=x=(W-w)/2:y=(H-h)/2,format=rgba`;
  }
}

/** The graph as one `filter_complex` string (a script file when long: see ffmpegGraphArgs). */
export function filterComplex(graph: Pick<VideoGraph, 'filters'>, extra: readonly string[] = []): string {
  return [...graph.filters, ...extra].join(';\n');
}

/** Over this length the graph goes to a script file (Windows stops a command line at 32,767 characters). */
export const INLINE_GRAPH_MAX = 8000;

export type VideoQuality = 'draft' | 'final';

/**
 * The encoder's options (issue 13, "Export"): H.264 High, yuv420p, constant frame rate, a closed
 * GOP with a keyframe every 2 s, AAC 48 kHz stereo, the index first. `maxBitrate` (bits/s) caps
 * the rate where a network caps the bytes.
 */
export function encoderArgs(options: { fps: number; durationMs: number; quality: VideoQuality; maxBitrate?: number | null }): string[] {
  const { fps, quality } = options;
  const gop = String(fps * 2);
  // CRF 18 for the final file: at 20, small text over flat colour loses 1-2 dB against the still export.
  const args = ['-c:v', 'libx264', '-profile:v', 'high', '-pix_fmt', 'yuv420p', '-preset', quality === 'draft' ? 'superfast' : 'veryfast', '-crf', quality === 'draft' ? '26' : '18'];
  args.push('-colorspace', 'bt709', '-color_primaries', 'bt709', '-color_trc', 'bt709', '-color_range', 'tv');
  if (options.maxBitrate) args.push('-maxrate', String(Math.floor(options.maxBitrate)), '-bufsize', String(Math.floor(options.maxBitrate * 2)));
  args.push('-r', String(fps), '-fps_mode', 'cfr', '-g', gop, '-keyint_min', gop, '-sc_threshold', '0', '-flags', '+cgop');
  args.push('-c:a', 'aac', '-b:a', quality === 'draft' ? '128k' : '192k', '-ar', '48000', '-ac', '2');
  args.push('-t', sec(options.durationMs), '-movflags', '+faststart', '-f', 'mp4');
  return args;
}

/** Frames the MP4 will hold. */
export function expectedFrames(graph: Pick<VideoGraph, 'durationMs' | 'fps'>): number {
  return frameCount(graph.durationMs, graph.fps);
}
