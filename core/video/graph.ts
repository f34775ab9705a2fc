/**
 * The export's filter graph (docs/architecture.md, "Video"), built by a pure function from a
 * render plan: what was drawn to which file, per scene, bottom to top. What does not move was
 * drawn once by the Node renderer (the same pixels as a still export); ffmpeg does the motion,
 * the Ken Burns moves, the clips, the transitions and the encode, in one graph.
 *
 * Each scene is a stream of exactly its frames, composed in yuv420p (docs/architecture.md,
 * "Video"): its base plate (background and the static elements under the first moving one)
 * decoded and converted to the file's colours once, then repeated with the `loop` filter; its
 * layers overlaid in z-order, each converted once to yuva420p before its own `loop` (nothing
 * is converted per frame but clips and pops); then normalised (`fps`, square pixels, `trim`) so
 * that `xfade` accepts two of them. Scenes are joined by `xfade` at the offsets of the timeline
 * (core/video/timeline.ts), or by `concat` for a cut. The motion expressions come from
 * core/video/motion.ts, the one definition of every easing and animation; a fade changes only
 * the alpha plane of the layer's own box, only in its fade's frames, with `fade` (its easing by
 * the frames' timestamps, see fadeAlpha).
 *
 * Ken Burns moves its window by a per-frame scale and crop (swscale, about a sixth of the CPU of
 * `perspective`) in whole steps that never step back; a pan is scaled once and only cut per
 * frame. A photo that fills the frame for the whole scene is the scene's base (the plate under
 * it is not used), moved in 4:2:0 by 2-pixel steps; a photo over other layers moves in 4:4:4 by
 * 1-pixel steps (it is then placed on its exact pixel as below). Overlays in 4:2:0 land
 * on even pixels only: a picture is padded by one transparent pixel where its position is odd,
 * one picture per parity for a moving layer, so every layer sits on its exact pixel.
 *
 * Inputs are files named by the caller (never written into the graph): a hostile design name or
 * path cannot break a filter string. Transition names are checked against the installed ffmpeg's
 * list before the graph is built (`unknownTransitions`).
 */
import type { Animation, Element, ImageElement, VideoElement } from '../schema/design';
import { CLIP_BLUR } from './clip';
import { clipSourceRect, isWholeSource, type SourceSize } from './clipCrop';
import { easeExpr, kenBurnsExprs, layerExprs } from './motion';
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
 *   `opaque` when every pixel of it is (it then needs no alpha plane, and one that fills the
 *   frame for the whole scene is the scene's base);
 * - `clip`: a video element's file, placed in `box`; `source` is the size of the pictures ffmpeg
 *   decodes from it (upright), which its crop is cut from (core/video/clipCrop.ts).
 */
export type PlanLayer =
  | { kind: 'plate'; file: string }
  | { kind: 'moving'; file: string; element: Element; box: PixelBox }
  | { kind: 'kenBurns'; file: string; element: ImageElement; box: PixelBox; zoom: number; opaque?: boolean }
  | { kind: 'clip'; file: string; element: VideoElement; box: PixelBox; source: SourceSize };

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
    // A picture converted to the file's colours (BT.709, limited range) and decoded once, then
    // repeated for every frame of the scene on the scene's clock (1/fps), one frame more than the
    // scene holds: `fps` drops a stream's last frame after an overlay ends. The scene is composed
    // in yuv420p (layers with transparency in yuva420p): a still is converted once, not per frame.
    const loop = `loop=loop=${frames}:size=1:start=0,settb=expr=1/${fps},setpts=N`;
    const first = layers[0];
    if (!first || first.kind !== 'plate') throw new Error(`scene ${s} has no base plate`);
    // A photo that fills the frame for the whole scene hides the base plate: it is the base.
    const covering = layers[1] && coversScene(layers[1], format) ? layers[1] : null;
    let base = `s${s}l0`;
    if (covering) {
      // Opaque and on the whole frame: moved in the file's 4:2:0 (even steps), nothing converted per frame.
      const move = kenBurnsChain(covering, fps, scene.durationMs, 2);
      filters.push(`[${addInput(covering.file)}:v]${TO_YUV},format=yuv420p,${move.still}${loop},${move.moving}[${base}]`);
    }
    else filters.push(`[${addInput(first.file)}:v]${TO_YUV},format=yuv420p,${loop}[${base}]`);
    layers.slice(covering ? 2 : 1).forEach((layer, n) => {
      const i = n + (covering ? 1 : 0);
      const label = `s${s}l${i + 1}`;
      const top = `s${s}t${i + 1}`;
      const put = (source: LayerSource) => {
        filters.push(...overlaid(source, base, `${top}`, label, format, scene.durationMs, fps));
      };
      switch (layer.kind) {
        case 'plate': {
          filters.push(`[${addInput(layer.file)}:v]${TO_YUV},format=yuva420p,${loop}[${top}]`);
          filters.push(`[${base}][${top}]overlay=x=0:y=0:eval=init:format=yuv420[${label}]`);
          break;
        }
        case 'moving': {
          put({ element: layer.element, box: layer.box, head: `[${addInput(layer.file)}:v]format=rgba`, rgb: true, still: true, loop });
          break;
        }
        case 'kenBurns': {
          const pixels = layer.opaque ? 'yuv444p' : 'yuva444p';
          const move = kenBurnsChain(layer, fps, scene.durationMs, 1);
          put({ element: layer.element, box: layer.box, head: `[${addInput(layer.file)}:v]${TO_YUV},format=${pixels},${move.still}${loop},${move.moving}`, rgb: false, still: false, loop });
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
          // The crop first (fewer pixels for everything after), then the fit of what is kept.
          const kept = clipSourceRect(el, layer.source);
          const cut = isWholeSource(kept, layer.source) ? '' : `crop=${kept.width}:${kept.height}:${kept.x}:${kept.y},`;
          const fitted = fitChain(el.fit ?? 'cover', w, h, `s${s}c${i + 1}`);
          const fade = el.opacity < 1 ? `,colorchannelmixer=aa=${num(el.opacity)}` : '';
          // Starts at the layer's in-time on the scene's clock; shown until its out-time.
          // Fitted and faded in RGBA, then to the scene's colours (per frame: a clip moves anyway).
          put({
            element: el,
            box: layer.box,
            head: `[${index}:v]${cut}setpts=(PTS-STARTPTS)/${num(speed)},fps=${fps},${fitted}${fade},trim=duration=${sec(window.outMs - window.inMs)},setpts=PTS-STARTPTS+${sec(window.inMs)}/TB`,
            rgb: true,
            still: false,
            loop,
          });
          break;
        }
      }
      base = label;
    });
    const out = `s${s}`;
    const size = width === format.width && height === format.height ? '' : `,crop=${width}:${height}:0:0`;
    filters.push(`[${base}]fps=${fps},trim=duration=${sec(scene.durationMs)},setpts=PTS-STARTPTS${size},format=yuv420p,setsar=1[${out}]`);
    return out;
  });

  // Scenes joined in order: xfade at the next scene's start on the video's clock, concat for a cut.
  let joined = sceneLabels[0];
  for (let s = 1; s < sceneLabels.length; s++) {
    const previous = timeline.scenes[s - 1];
    const next = `j${s}`;
    const transition = previous.transitionOut;
    if (transition && transition.kind !== 'cut' && transition.durationMs > 0) {
      // xfade only where the scenes overlap: before and after it, plain concat. xfade over whole
      // scenes costs about a CPU second per scene even where it only passes frames through.
      const at = sec(timeline.scenes[s].startMs);
      const d = sec(transition.durationMs);
      filters.push(`[${joined}]split[${next}a][${next}b]`);
      filters.push(`[${next}a]trim=end=${at},setpts=PTS-STARTPTS[${next}h]`);
      filters.push(`[${next}b]trim=start=${at},setpts=PTS-STARTPTS[${next}t]`);
      filters.push(`[${sceneLabels[s]}]split[${next}c][${next}d]`);
      filters.push(`[${next}c]trim=end=${d},setpts=PTS-STARTPTS[${next}i]`);
      filters.push(`[${next}d]trim=start=${d},setpts=PTS-STARTPTS[${next}r]`);
      filters.push(`[${next}t][${next}i]xfade=transition=${transition.kind}:duration=${d}:offset=0[${next}x]`);
      filters.push(`[${next}h][${next}x][${next}r]concat=n=3:v=1:a=0,settb=expr=1/${fps}[${next}]`);
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

/** RGB pictures to the file's colours: BT.709, limited range (what encoderArgs tags the file as). */
const TO_YUV = 'scale=out_color_matrix=bt709:out_range=tv';

/** An opaque Ken Burns photo over the whole frame for the whole scene, still (it then hides the base plate). */
function coversScene(layer: PlanLayer, format: { width: number; height: number }): layer is Extract<PlanLayer, { kind: 'kenBurns' }> {
  if (layer.kind !== 'kenBurns' || !layer.opaque || layer.element.timing) return false;
  const { x, y, width, height } = layer.box;
  return x === 0 && y === 0 && width === format.width && height === format.height;
}

/**
 * A Ken Burns picture's moving window, cut to its box: the picture (drawn at its fullest zoom) is
 * scaled so that the window at zoom z fills the box (B x z pixels), then cut at fx, fy of the room
 * left (core/video/motion.ts). swscale per frame costs a sixth of `perspective` (docs/architecture.md,
 * "Video"); a pan (one zoom throughout) is scaled once, before the picture is repeated, and only
 * cut per frame. Sizes and offsets are whole steps of `unit` pixels, chosen so that nothing ever
 * steps back: a zoom grows by 2 steps at a time (its centre stays on a whole step), a pan moves
 * by whole steps. In 4:4:4 a step is a pixel; in 4:2:0 it is 2 pixels, so that the cut never
 * splits a chroma sample (the picture is scaled and cut in the file's own 4:2:0, a quarter of
 * the samples of 4:4:4 for its colour, and needs no conversion after).
 * `still` goes before the picture's `loop`, `moving` after it.
 */
function kenBurnsChain(layer: Extract<PlanLayer, { kind: 'kenBurns' }>, fps: number, sceneMs: number, unit: 1 | 2): { still: string; moving: string } {
  const { inMs, outMs } = layerWindow(layer.element, sceneMs);
  // Progress over the layer's window, from the frame number (n counts frames on the scene's clock).
  const p = `clip((n/${fps}-${sec(inMs)})/${sec(Math.max(1, outMs - inMs))},0,1)`;
  const e = kenBurnsExprs(layer.element.kenBurns!, p);
  const { width: w, height: h } = layer.box;
  // The room around the box at zoom z, an even number of steps (0 at zoom 1). Both sides follow
  // one count of steps of the shorter side: they grow in the same frames, never one alone.
  const short = Math.min(w, h);
  const cut = (room: (side: number) => string) =>
    `crop=w=${w}:h=${h}:x='${unit}*round((${e.fx})*${room(w)}/${unit})':y='${unit}*round((${e.fy})*${room(h)}/${unit})':exact=1`;
  if (!e.zoom.includes(p)) {
    // One zoom for the whole move: its room is a number.
    const steps = Math.round((short * (Number(e.zoom) - 1)) / (2 * unit));
    const room = (side: number) => 2 * unit * (side === short ? steps : Math.round((steps * side) / short));
    return { still: `scale=w=${w + room(w)}:h=${h + room(h)}:flags=bicubic,`, moving: cut((side) => String(room(side))) };
  }
  const steps = `round(${short}*(${e.zoom}-1)/${2 * unit})`;
  const room = (side: number) => (side === short ? `${2 * unit}*${steps}` : `${2 * unit}*round(${steps}*${side}/${short})`);
  // Bilinear per frame: a zoom scales down by less than 1.5x, where swscale's bilinear (its kernel
  // widened by the factor) keeps the detail bicubic keeps, for a fifth less of the export's graph.
  return { still: '', moving: `scale=w='${w}+${room(w)}':h='${h}+${room(h)}':eval=frame:flags=bilinear,${cut(room)}` };
}

/**
 * One layer's picture, before it is placed: `head` is a filter chain (from its input) giving a
 * picture in RGBA or 4:4:4, where moving it by one pixel is exact; `still` when it is one picture
 * not yet repeated (it is then converted once and repeated with `loop`).
 */
interface LayerSource {
  element: Element;
  box: PixelBox;
  head: string;
  /** The head gives RGBA (else 4:4:4 already in the file's colours). */
  rgb: boolean;
  still: boolean;
  loop: string;
}

/**
 * A layer overlaid on `base` as `label`: shown in its window, moved by dx/dy, popped about the
 * box's centre, faded (core/video/motion.ts).
 *
 * In 4:2:0, overlay puts a picture on even pixels only. So the picture is padded by one
 * transparent pixel (in RGBA or 4:4:4, where that is exact) on the side where its position is
 * odd; a moving layer has a picture per parity of its position, each shown only in the frames
 * where the position has that parity: every layer lands on its exact pixel, as in the still.
 */
function overlaid(source: LayerSource, base: string, top: string, label: string, format: { width: number; height: number }, sceneMs: number, fps: number): string[] {
  const { element, box } = source;
  const e = layerExprs(element, format, sceneMs, 't');
  // overlay truncates its position: rounded here, a moving layer is never more than half a pixel off.
  const start = (at: number, move: string | null) => (move ? `round(${at}+(${move}))` : String(at));
  const odd = (n: number) => ((n % 2) + 2) % 2;
  if (e.scale) {
    // A pop: one scale per frame, straight to yuva420p (a second scale after a size that changes
    // stalls ffmpeg 5.1). Its margin on each side has the parity of its start, so the picture
    // lands on an even pixel, and its centre stays on the box's centre.
    const margin = (at: number, move: string | null, side: number) => {
      const parity = move ? `mod(${start(at, move)},2)` : String(odd(at));
      return `(2*round((${side}*(1-(${e.scale}))/2-${parity})/2)+${parity})`;
    };
    const mx = margin(box.x, e.dx, box.width);
    const my = margin(box.y, e.dy, box.height);
    const convert = source.rgb ? `:out_color_matrix=bt709:out_range=tv` : '';
    const pop = `scale=w='max(2,${box.width}-2*${mx})':h='max(2,${box.height}-2*${my})':eval=frame${convert},format=yuva420p`;
    // Faded before it is scaled (one size for the fade).
    const fade = fadeAlpha(element, sceneMs, fps);
    return [
      `${source.head}${source.still ? `,${source.loop}` : ''}${fade},${pop}[${top}]`,
      `[${base}][${top}]overlay=x='${start(box.x, e.dx)}+${mx}':y='${start(box.y, e.dy)}+${my}':enable='${e.enable}':eval=frame:format=yuv420[${label}]`,
    ];
  }
  const x = e.dx ? start(box.x, e.dx) : null;
  const y = e.dy ? start(box.y, e.dy) : null;
  const xs = x ? [0, 1] : [odd(box.x)];
  const ys = y ? [0, 1] : [odd(box.y)];
  const fade = fadeAlpha(element, sceneMs, fps);
  const variants = xs.flatMap((px) => ys.map((py) => ({ px, py })));
  const out: string[] = [];
  const heads = variants.length > 1 ? variants.map((_, k) => `[${top}h${k}]`) : null;
  out.push(heads ? `${source.head},split=${variants.length}${heads.join('')}` : `${source.head}[${top}h]`);
  let under = base;
  variants.forEach(({ px, py }, k) => {
    const from = heads ? heads[k] : `[${top}h]`;
    // Padding needs an alpha plane: an opaque 4:4:4 picture gets one first.
    const pad = px || py ? `${source.rgb ? '' : 'format=yuva444p,'}pad=w=iw+${px}:h=ih+${py}:x=${px}:y=${py}:color=black@0,` : '';
    const toYuv = `${source.rgb ? `${TO_YUV},` : ''}format=yuva420p`;
    // A still is padded and converted once, then repeated; anything else per frame.
    const chain = source.still ? `${from}${pad}${toYuv},${source.loop}${fade}` : `${from}${pad}${toYuv}${fade}`;
    const picture = variants.length > 1 ? `${top}v${k}` : top;
    out.push(`${chain}[${picture}]`);
    const parity = [x ? `eq(mod(${x},2),${px})` : null, y ? `eq(mod(${y},2),${py})` : null].filter(Boolean).join('*');
    const enable = parity ? `${e.enable}*${parity}` : e.enable;
    const moving = x || y;
    const next = k === variants.length - 1 ? label : `${label}p${k}`;
    out.push(`[${under}][${picture}]overlay=x='${x ? `${x}-${px}` : box.x - px}':y='${y ? `${y}-${py}` : box.y - py}':enable='${enable}':eval=${moving ? 'frame' : 'init'}:format=yuv420[${next}]`);
    under = next;
  });
  return out;
}

/**
 * The layer's fade: only the alpha plane changes, only in its fades' frames (`fade=alpha=1`, a
 * multiply of one plane, where `geq` evaluated an expression per pixel). Empty when it has none.
 *
 * `fade` ramps linearly with the frame's time. Another easing is applied by moving the frames'
 * timestamps for the fade alone: in the window a..a+d a frame at t is stamped at
 * a + d * ease((t - a) / d) (core/video/motion.ts's curve), on a clock of a thousandth of a frame,
 * so the linear ramp reads the eased opacity (16-bit factor, the alpha rounded: within one level
 * of motion.ts's); then every frame gets its own time back (the stream is one frame every 1/fps
 * from its first, which no fade moves: every easing starts at 0).
 */
function fadeAlpha(element: Element, sceneMs: number, fps: number): string {
  const { inMs, outMs } = layerWindow(element, sceneMs);
  const { animationIn, animationOut } = element.timing ?? {};
  const fadesOf = (a: Animation | undefined): a is Animation => !!a && (a.kind === 'fade' || a.fade === true);
  const chains: string[] = [];
  const fade = (type: 'in' | 'out', startMs: number, animation: Animation) => {
    const a = sec(startMs);
    const d = sec(animation.durationMs);
    // Only over the fade's frames: before a fade in and after a fade out the layer is not shown.
    const window = `between(t,${a},${sec(startMs + animation.durationMs)})`;
    const filter = `fade=t=${type}:st=${a}:d=${d}:alpha=1:enable='${window}'`;
    if (animation.easing === 'linear') return chains.push(filter);
    const fine = fps * FADE_CLOCK;
    const eased = easeExpr(animation.easing, `clip((T-${a})/${d},0,1)`);
    chains.push(
      `settb=expr=1/${fine},setpts='if(between(T,${a},${sec(startMs + animation.durationMs)}),round((${a}+${d}*${eased})*${fine}),PTS)',` +
        `${filter},setpts=STARTPTS+N*${FADE_CLOCK},settb=expr=1/${fps}`,
    );
  };
  if (fadesOf(animationIn)) fade('in', inMs, animationIn);
  if (fadesOf(animationOut)) fade('out', outMs - animationOut.durationMs, animationOut);
  return chains.map((chain) => `,${chain}`).join('');
}

/** Ticks of the fade's clock in one frame (fadeAlpha). */
const FADE_CLOCK = 1000;

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
  return [...videoEncoderArgs(options), ...audioEncoderArgs(options.quality), '-t', sec(options.durationMs), '-movflags', '+faststart', '-f', 'mp4'];
}

/** The picture's half of encoderArgs (the bench encodes its "encode alone" run with the same). */
export function videoEncoderArgs(options: { fps: number; quality: VideoQuality; maxBitrate?: number | null }): string[] {
  const { fps, quality } = options;
  const gop = String(fps * 2);
  // CRF 18 for the final file: at 20, small text over flat colour loses 1-2 dB against the still export.
  const args = ['-c:v', 'libx264', '-profile:v', 'high', '-pix_fmt', 'yuv420p', '-preset', quality === 'draft' ? 'superfast' : 'veryfast', '-crf', quality === 'draft' ? '26' : '18'];
  args.push('-colorspace', 'bt709', '-color_primaries', 'bt709', '-color_trc', 'bt709', '-color_range', 'tv');
  if (options.maxBitrate) args.push('-maxrate', String(Math.floor(options.maxBitrate)), '-bufsize', String(Math.floor(options.maxBitrate * 2)));
  args.push('-r', String(fps), '-fps_mode', 'cfr', '-g', gop, '-keyint_min', gop, '-sc_threshold', '0', '-flags', '+cgop');
  return args;
}

/** The sound's half of encoderArgs. */
export function audioEncoderArgs(quality: VideoQuality): string[] {
  return ['-c:a', 'aac', '-b:a', quality === 'draft' ? '128k' : '192k', '-ar', '48000', '-ac', '2'];
}

/** Frames the MP4 will hold. */
export function expectedFrames(graph: Pick<VideoGraph, 'durationMs' | 'fps'>): number {
  return frameCount(graph.durationMs, graph.fps);
}
