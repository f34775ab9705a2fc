/**
 * Plain values the schemas are built from, kept apart from zod: the editor's first frame needs
 * them (bounds, kinds) but none of the schemas, and building every zod schema at start costs the
 * UI tens of milliseconds. design.ts re-exports them; the renderer imports them from here (a build
 * check, vite.renderer.config.ts, keeps zod out of the first frame).
 */

export const DESIGN_SCHEMA_VERSION = 10;

/** How a text's letters are shown (design schema v6; v5's `uppercase: true` is 'upper'). */
export const TEXT_CASES = ['asTyped', 'upper', 'sentence', 'alternating'] as const;
export type TextCase = (typeof TEXT_CASES)[number];

/** Bounds that keep a hostile file from exhausting memory or the renderer. */
export const LIMITS = {
  maxPageSide: 8000,
  maxPages: 300,
  maxElementsPerPage: 2000,
  maxGroupDepth: 8,
  maxTextLength: 10_000,
  maxNameLength: 200,
  maxCoordinate: 100_000,
  maxStyleRuns: 500,
  /** A slide's alt text (the longest a network takes is well under this). */
  maxAltTextLength: 2000,
} as const;

/**
 * A seamless panorama (design schema v9): one wide page, `slides` slides wide. Its page may be
 * wider than LIMITS.maxPageSide (20 slides of 1440 px), never wider than this.
 */
export const PANORAMA_LIMITS = { minSlides: 2, maxSlides: 20, maxWidth: 28_800, maxSeamMargin: 400 } as const;

/**
 * On which slides an element marked "on every slide" is drawn (design schema v9): every one, all
 * but the first (a page number after the cover), all but the last ("swipe ->"), or neither end.
 */
export const REPEAT_RULES = ['all', 'notFirst', 'notLast', 'notFirstOrLast'] as const;
export type RepeatRule = (typeof REPEAT_RULES)[number];

/** Words a repeated text may hold, replaced on each slide by its number and the number of slides. */
export const PAGE_TOKENS = { page: '{page}', pages: '{pages}' } as const;

/** An icon element's drawing: how many paths, and how long one path's data may be. */
export const ICON_LIMITS = { maxPaths: 64, maxPathLength: 20_000, maxViewBox: 1000 } as const;

/** An icon's two styles: stroked lines, or filled shapes. */
export const ICON_STYLES = ['outline', 'filled'] as const;

/**
 * Short video (design schema v10, docs/architecture.md "Video"). How a layer comes in or goes
 * out; an easing is a cubic curve (or `back`, which overshoots a little); core/video/motion.ts
 * evaluates both for the player and writes them as ffmpeg expressions for the export.
 */
export const ANIMATION_KINDS = ['fade', 'slideUp', 'slideDown', 'slideLeft', 'slideRight', 'pop'] as const;
export type AnimationKind = (typeof ANIMATION_KINDS)[number];
export const EASINGS = ['linear', 'easeIn', 'easeOut', 'easeInOut', 'back'] as const;
export type Easing = (typeof EASINGS)[number];
/** A photo's slow move across its scene (Ken Burns): zoom in or out, or pan towards a side. */
export const KEN_BURNS_KINDS = ['zoomIn', 'zoomOut', 'panLeft', 'panRight', 'panUp', 'panDown'] as const;
export type KenBurnsKind = (typeof KEN_BURNS_KINDS)[number];
/** How a clip fills its box: cropped to cover it, whole inside it, or whole over a blurred copy of itself. */
export const CLIP_FITS = ['cover', 'contain', 'blurFill'] as const;
export type ClipFit = (typeof CLIP_FITS)[number];
/** What the soundtrack does when the video is longer than the music: stop, start again, or stop with a fade at the video's end. */
export const MUSIC_FITS = ['once', 'loop', 'fitToVideo'] as const;
export type MusicFit = (typeof MUSIC_FITS)[number];
/** Burned-in caption looks: an outline, a box behind the line, and three word-by-word highlights. */
export const CAPTION_PRESETS = ['outline', 'box', 'highlight', 'scale', 'pill'] as const;
export type CaptionPreset = (typeof CAPTION_PRESETS)[number];
export const CAPTION_POSITIONS = ['bottom', 'middle', 'top'] as const;
export const VIDEO_FPS = [24, 25, 30, 50, 60] as const;
export const VIDEO_LIMITS = {
  /** A scene lasts 0.1 s to 10 min. */
  minSceneMs: 100,
  maxSceneMs: 600_000,
  maxTransitionMs: 5000,
  maxAnimationMs: 10_000,
  minSpeed: 0.5,
  maxSpeed: 2,
  maxKenBurnsAmount: 0.5,
  maxCues: 5000,
  maxCueLength: 1000,
  /** Loudness target bounds (LUFS integrated, dBTP). */
  minLufs: -36,
  maxLufs: -6,
  minTruePeak: -9,
  maxTruePeak: 0,
} as const;

export const SHAPE_KINDS = ['rect', 'ellipse', 'triangle', 'star', 'polygon', 'line', 'arrow', 'bubble'] as const;

/**
 * What a design is. `still`: one still visual (a feed image, a story, a thumbnail), `post` until
 * schema v4 (design v3 -> v4 and library v3 -> v4 rename it: a Post is a scheduled publication).
 */
/** What a library asset is: the one list (library.json, the API, the CLI's --type, the UI's filters). */
export const ASSET_KINDS = ['image', 'video', 'audio', 'font'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

export const DESIGN_KINDS = ['still', 'carousel', 'video', 'meme'] as const;

/**
 * Which element types may carry each kind of template slot (design.ts `slotSchema`). An icon's
 * colour slot (since v9) sets its one colour.
 */
export const SLOT_TARGETS: { readonly text: readonly ['text']; readonly image: readonly ['image', 'shape']; readonly color: readonly ['text', 'shape', 'icon'] } = {
  text: ['text'],
  image: ['image', 'shape'],
  color: ['text', 'shape', 'icon'],
};

/**
 * Bounds of the user's own formats. Generous for a person, small enough that a hand-edited or
 * hostile library.json cannot make every start slow (the index is read whole at each start).
 */
export const USER_FORMAT_LIMITS = {
  maxFormats: 200,
  maxNameLength: 80,
  maxNoteLength: 500,
  /** 4 GB: above any network's cap (the largest in the catalog is a few GB of video). */
  maxBytes: 4_000_000_000,
} as const;
